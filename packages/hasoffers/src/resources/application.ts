import type { CallOptions } from "@offerkit/request-engine";
import { collection, toModel } from "../internal/normalize.js";
import type { Rpc } from "../internal/rpc.js";
import { checkId, done, idList, listParams } from "./model-manager.js";
import type { OfferCategory, OfferCategoryData } from "./models.js";
import type { FindAllOptions, Id } from "./options.js";

/** Options of `findAllOfferCategories` (the API pages nothing here). */
export type OfferCategoryListOptions = Pick<
  FindAllOptions<OfferCategory, Record<string, never>, never>,
  "filters" | "fields" | "sort"
>;

/** `ho.application`: network-wide settings (Target `Application`), here the offer categories. */
export class ApplicationManager {
  readonly #rpc: Rpc;

  constructor(rpc: Rpc) {
    this.#rpc = rpc;
  }

  /** Offer categories matching `filters`, in the server's order. */
  async findAllOfferCategories(
    options: OfferCategoryListOptions = {},
    call?: CallOptions,
  ): Promise<OfferCategory[]> {
    const { filters, fields, sort } = listParams(options, "OfferCategory");
    return this.#rpc.call(
      "Application",
      "findAllOfferCategories",
      { filters, fields, sort },
      {
        ...call,
        decode: (data) => {
          // Keyed by id; the paging wrapper is tolerated too.
          const rows =
            data && typeof data === "object" && "data" in data ? (data as { data: unknown }).data : data;
          return collection(rows).map((record) => toModel(record, "OfferCategory") as OfferCategory);
        },
      },
    );
  }

  /** Ids of the offers in a category. */
  async findAllOfferCategoryOfferIds(id: Id, call?: CallOptions): Promise<string[]> {
    return this.#rpc.call(
      "Application",
      "findAllOfferCategoryOfferIds",
      { id: checkId(id) },
      { ...call, decode: idList },
    );
  }

  /** Creates an offer category; resolves to its id. */
  async addOfferCategory(data: OfferCategoryData, call?: CallOptions): Promise<string> {
    return this.#rpc.call(
      "Application",
      "addOfferCategory",
      { data },
      {
        ...call,
        decode: (answer) => {
          if (typeof answer !== "string" && typeof answer !== "number")
            throw new TypeError("expected the new id");
          return String(answer);
        },
      },
    );
  }

  /** Changes an offer category (pyoffers' `OfferCategory.update`; e.g. `{ status: "deleted" }`). */
  async updateOfferCategory(id: Id, data: OfferCategoryData, call?: CallOptions): Promise<boolean> {
    return this.#rpc.call(
      "Application",
      "updateOfferCategory",
      { id: checkId(id), data },
      { ...call, decode: done },
    );
  }
}
