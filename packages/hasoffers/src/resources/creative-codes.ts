import { toModel } from "../internal/normalize.js";
import { readPage } from "../internal/page.js";
import type { MethodSpec } from "./method-table.js";
import type { OfferFile } from "./models.js";

/** A creative with the code an affiliate pastes to run it. */
export type OfferFileWithCode = OfferFile & { CreativeCode: string | null };

/**
 * `Offer::getOfferFilesWithCreativeCode(offerId, affiliateId)`: the offer's creatives, each with its `CreativeCode`
 * for the affiliate (`null` when it has none). `offers` and `affiliates` both expose it.
 */
export const findFilesWithCreativeCode: MethodSpec = [
  "#offer_id #affiliate_id",
  (data) =>
    readPage(data, (record) => {
      const row = toModel(record, "OfferFile", { CreativeCode: "value" });
      return { ...row, CreativeCode: typeof row.CreativeCode === "string" ? row.CreativeCode : null };
    }).items,
  "getOfferFilesWithCreativeCode",
];
