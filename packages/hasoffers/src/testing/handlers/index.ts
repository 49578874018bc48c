import { advertiserHandlers, affiliateHandlers, affiliateUserHandlers } from "./accounts.js";
import { applicationHandlers } from "./application.js";
import type { TargetHandlers } from "./context.js";
import { conversionHandlers } from "./conversion.js";
import { modelMethods } from "./model-methods.js";
import { offerHandlers } from "./offer.js";
import { offerFileHandlers } from "./offer-file.js";
import { rawLogHandlers } from "./raw-log.js";
import { reportHandlers } from "./report.js";
import { tagHandlers } from "./tag.js";

/** Every Target the fake answers, by name. */
export function allTargets(): Record<string, TargetHandlers> {
  return {
    Advertiser: advertiserHandlers(),
    Affiliate: affiliateHandlers(),
    AffiliateUser: affiliateUserHandlers(),
    Offer: offerHandlers(),
    Goal: modelMethods("Goal"),
    Conversion: conversionHandlers(),
    OfferFile: offerFileHandlers(),
    Tag: tagHandlers(),
    Application: applicationHandlers(),
    Report: reportHandlers(),
    RawLog: rawLogHandlers(),
  };
}

export type { CallContext, Handler, TargetHandlers, Upload } from "./context.js";
