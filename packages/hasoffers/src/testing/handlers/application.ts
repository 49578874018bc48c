import { fail } from "../api-failure.js";
import { find, keyed, requireId } from "../finder.js";
import { COUNTRIES, countryByCode } from "../models/countries.js";
import { asMap } from "../php-params.js";
import { withOfferCount } from "../relations.js";
import { applyData } from "../write.js";
import { requireParam, type TargetHandlers } from "./context.js";

/** The Application Target's offer categories and countries. */
export function applicationHandlers(): TargetHandlers {
  return {
    findAllOfferCategories(ctx) {
      const table = ctx.store.table("OfferCategory");
      const { filters, sort, fields } = ctx.params;
      const result = find(
        { spec: table.spec, rows: table.all(), present: (row) => withOfferCount(ctx.store, row) },
        { filters: filters ?? "", sort: sort ?? "", fields: fields ?? [] },
      );
      // Keyed by id without a paging wrapper (application.json #0).
      return keyed(result);
    },
    findAllOfferCategoryOfferIds(ctx) {
      const id = requireId(ctx.params);
      const out: string[] = [];
      for (const [offerId, ids] of ctx.store.offerCategories) if (ids.includes(id)) out.push(offerId);
      return out.sort((a, b) => Number(a) - Number(b));
    },
    addOfferCategory(ctx) {
      const table = ctx.store.table("OfferCategory");
      const row = table.insert(applyData(table.spec, undefined, asMap(ctx.params.data), ctx.now()));
      ctx.markApplied();
      return Number(row.id);
    },
    updateOfferCategory(ctx) {
      const table = ctx.store.table("OfferCategory");
      const id = requireId(ctx.params);
      const current = table.get(id);
      if (!current) fail(`Failed to hydrate rows: ${id}`);
      table.insert(applyData(table.spec, current, asMap(ctx.params.data), ctx.now()));
      ctx.markApplied();
      return true;
    },
    findAllCountries() {
      return COUNTRIES.map((c) => ({ Country: { id: c.id, code: c.code, name: c.name, regions: [] } }));
    },
    findCountryByCode(ctx) {
      const c = countryByCode(requireParam(ctx.params, "code"));
      return c ? { Country: { id: c.id, code: c.code, name: c.name, regions: [] } } : null;
    },
  };
}
