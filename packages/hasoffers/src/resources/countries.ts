import type { CallOptions } from "@offerkit/request-engine";
import { isRow, toModel } from "../internal/normalize.js";
import type { Rpc } from "../internal/rpc.js";
import { rowsOf } from "./decoders.js";
import { defineMethods } from "./method-table.js";
import type { Country } from "./models.js";

/** `ho.countries`: the countries HasOffers knows (`Application::findAllCountries`, `findCountryByCode`). */
export interface CountriesManager {
  /** Every country. */
  findAll(call?: CallOptions): Promise<Country[]>;

  /** One country by its ISO 3166-1 alpha-2 code, or `null`. */
  findByCode(code: string, call?: CallOptions): Promise<Country | null>;
}

/** Builds `ho.countries`. */
export const createCountriesManager = (rpc: Rpc): CountriesManager =>
  defineMethods(rpc, "Application", "Country", {
    findAll: ["", rowsOf("Country"), "findAllCountries"],
    findByCode: [
      "code",
      (data) => (isRow(data) && Object.keys(data).length > 0 ? toModel(data, "Country") : null),
      "findCountryByCode",
    ],
  }) as unknown as CountriesManager;
