import type { CallOptions } from "@offerkit/request-engine";
import { collection, isRow, toModel } from "../internal/normalize.js";
import type { Rpc } from "../internal/rpc.js";
import type { Country } from "./models.js";

/** `ho.countries`: the countries HasOffers knows (`Application::findAllCountries`, `findCountryByCode`). */
export class CountriesManager {
  readonly #rpc: Rpc;

  constructor(rpc: Rpc) {
    this.#rpc = rpc;
  }

  /** Every country. */
  async findAll(call?: CallOptions): Promise<Country[]> {
    return this.#rpc.call(
      "Application",
      "findAllCountries",
      {},
      {
        ...call,
        decode: (data) => collection(data).map((record) => toModel(record, "Country") as Country),
      },
    );
  }

  /** One country by its ISO 3166-1 alpha-2 code, or `null`. */
  async findByCode(code: string, call?: CallOptions): Promise<Country | null> {
    return this.#rpc.call(
      "Application",
      "findCountryByCode",
      { code },
      {
        ...call,
        decode: (data) =>
          isRow(data) && Object.keys(data).length > 0 ? (toModel(data, "Country") as Country) : null,
      },
    );
  }
}
