import type { CallOptions } from "@offerkit/request-engine";
import type { Rpc } from "../internal/rpc.js";
import { done, idList, rowsOf } from "./decoders.js";
import { defineMethods } from "./method-table.js";
import type { OfferCategory, OfferCategoryData } from "./models.js";
import type { FindAllOptions, Id } from "./options.js";

/** Options of `findAllOfferCategories` (the API pages nothing here). */
export type OfferCategoryListOptions = Pick<
  FindAllOptions<OfferCategory, Record<string, never>, never>,
  "filters" | "fields" | "sort"
>;

/** `ho.application`: network-wide settings (Target `Application`), here the offer categories. */
export interface ApplicationManager {
  /** Offer categories matching `filters`, in the server's order. */
  findAllOfferCategories(options?: OfferCategoryListOptions, call?: CallOptions): Promise<OfferCategory[]>;

  /** Ids of the offers in a category. */
  findAllOfferCategoryOfferIds(id: Id, call?: CallOptions): Promise<string[]>;

  /** Creates an offer category; resolves to its id. */
  addOfferCategory(data: OfferCategoryData, call?: CallOptions): Promise<string>;

  /** Changes an offer category (pyoffers' `OfferCategory.update`; e.g. `{ status: "deleted" }`). */
  updateOfferCategory(id: Id, data: OfferCategoryData, call?: CallOptions): Promise<boolean>;
}

/** Builds `ho.application`. */
export const createApplicationManager = (rpc: Rpc): ApplicationManager =>
  defineMethods(rpc, "Application", "OfferCategory", {
    // Keyed by id; the paging wrapper is tolerated too.
    findAllOfferCategories: ["?filters,fields,sort", rowsOf("OfferCategory")],
    findAllOfferCategoryOfferIds: ["#id", idList],
    addOfferCategory: [
      "data",
      (id) => {
        if (typeof id !== "string" && typeof id !== "number") throw new TypeError("expected the new id");
        return String(id);
      },
    ],
    updateOfferCategory: ["#id data", done],
  }) as unknown as ApplicationManager;
