import type { CallOptions } from "@offerkit/request-engine";
import type { Rpc } from "../internal/rpc.js";
import { recordOf } from "./decoders.js";
import { checkId, checkOptions } from "./method-table.js";
import type { TrackingLink } from "./models.js";
import type { Id } from "./options.js";

/** Options of `generateTrackingLink`. */
export interface TrackingLinkOptions {
  /** Shorten the click URL (`options[tiny_url]=1`). */
  tinyUrl?: boolean | undefined;
  /** Extra link parameters (`params[file_id]=727`, `params[aff_sub]=…`). */
  params?: Record<string, string | number | boolean> | undefined;
}

const decode = recordOf("TrackingLink");

/** `Offer::generateTrackingLink`: the click URL and impression pixel of an offer for an affiliate. */
export const generateTrackingLink =
  (rpc: Rpc) =>
  async (
    offerId: Id,
    affiliateId: Id,
    options?: TrackingLinkOptions,
    call?: CallOptions,
  ): Promise<TrackingLink> => {
    const { params: extra, tinyUrl } = checkOptions(options);
    const params = {
      offer_id: checkId(offerId, "offer_id"),
      affiliate_id: checkId(affiliateId, "affiliate_id"),
      params: extra,
      options: { tiny_url: tinyUrl },
    };
    return rpc.call("Offer", "generateTrackingLink", params, { ...call, decode: decode as never });
  };
