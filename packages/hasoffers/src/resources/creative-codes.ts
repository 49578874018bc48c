import type { CallOptions } from "@offerkit/request-engine";
import { toModel } from "../internal/normalize.js";
import { readPage } from "../internal/page.js";
import type { Rpc } from "../internal/rpc.js";
import { checkId } from "./model-manager.js";
import type { OfferFile } from "./models.js";
import type { Id } from "./options.js";

/** A creative with the code an affiliate pastes to run it. */
export type OfferFileWithCode = OfferFile & { CreativeCode: string | null };

/**
 * `Offer::getOfferFilesWithCreativeCode`: the offer's creatives, each with its `CreativeCode` for the affiliate.
 * Shared by `offers` and `affiliates`, which both expose it.
 */
export function findFilesWithCreativeCode(
  rpc: Rpc,
  offerId: Id,
  affiliateId: Id,
  call?: CallOptions,
): Promise<OfferFileWithCode[]> {
  const params = { offer_id: checkId(offerId), affiliate_id: checkId(affiliateId) };
  return rpc.call("Offer", "getOfferFilesWithCreativeCode", params, {
    ...call,
    decode: (data) =>
      readPage(data, (record) => {
        const row = toModel(record, "OfferFile", { CreativeCode: "value" });
        return {
          ...row,
          CreativeCode: typeof row.CreativeCode === "string" ? row.CreativeCode : null,
        } as OfferFileWithCode;
      }).items,
  });
}
