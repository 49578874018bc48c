import type { Container } from "./finder.js";
import { Keyed } from "./json-text.js";
import { countryByCode } from "./models/countries.js";
import type { ModelName } from "./models/index.js";
import type { Row } from "./models/spec.js";
import type { Store } from "./store.js";

/** A to-one relation: the flat record, or `[]` (PHP's empty array) when there is none. */
function one(row: Row | undefined): unknown {
  return row ? { ...row } : [];
}

/** A to-many relation keyed by id, or `[]` when empty (offer.json #16 shows `"Country": []`). */
function many(rows: readonly Row[], key: (row: Row) => string = (row) => String(row.id)): unknown {
  return rows.length === 0 ? [] : new Keyed(rows.map((row) => [key(row), { ...row }]));
}

/** A country as `contain[]=Country` shows it (offer.json #21). */
export function countryRow(code: string): Row | undefined {
  const country = countryByCode(code);
  return (
    country && { id: country.id, code: country.code, name: country.name, code3c: country.code3c, regions: [] }
  );
}

/** The categories of an offer, with their computed `offer_count`. */
export function offerCategoryRows(store: Store, offerId: string): Row[] {
  const table = store.table("OfferCategory");
  return (store.offerCategories.get(offerId) ?? [])
    .map((id) => table.get(id))
    .filter((row): row is Row => row !== undefined)
    .map((row) => withOfferCount(store, row));
}

/** `OfferCategory.offer_count`: how many offers carry the category (a string, as recorded). */
export function withOfferCount(store: Store, row: Row): Row {
  let count = 0;
  for (const ids of store.offerCategories.values()) if (ids.includes(String(row.id))) count++;
  return { ...row, offer_count: String(count) };
}

/**
 * The `contain[]` relations the fake models, per model; every other name the catalog allows answers `[]`.
 * Offer: Advertiser (to-one), Country (keyed by code), Goal, OfferCategory (keyed by id), Thumbnail (to-one).
 * Affiliate: AffiliateUser (keyed), CreatorUser (to-one). AffiliateUser: Affiliate. Goal: Offer, Advertiser.
 * Conversion: Offer, Affiliate, Advertiser, Goal, Country (to-one). OfferFile: Offer, CreativeCode (a string).
 * AffiliateOffer: Affiliate, Offer.
 */
export function containerFor(store: Store, model: ModelName): Container {
  const t = (name: ModelName) => store.table(name);
  const where = (name: ModelName, field: string, value: unknown) =>
    t(name)
      .all()
      .filter((row) => row[field] === value);
  return (row, name) => {
    const id = String(row.id);
    switch (`${model}.${name}`) {
      case "Offer.Advertiser":
      case "Goal.Advertiser":
      case "Conversion.Advertiser":
        return one(t("Advertiser").get(row.advertiser_id));
      case "Offer.Country":
        return many(
          (store.offerCountries.get(id) ?? []).map(countryRow).filter((r): r is Row => r !== undefined),
          (r) => String(r.code),
        );
      case "Offer.Goal":
        return many(where("Goal", "offer_id", id));
      case "Offer.OfferCategory":
        return many(offerCategoryRows(store, id));
      case "Offer.Thumbnail":
        return one(
          where("OfferFile", "offer_id", id).find(
            (f) => f.type === "offer thumbnail" && f.status !== "deleted",
          ),
        );
      case "Affiliate.AffiliateUser":
        return many(where("AffiliateUser", "affiliate_id", id));
      case "Affiliate.CreatorUser":
        return one(where("AffiliateUser", "affiliate_id", id)[0]);
      case "AffiliateUser.Affiliate":
      case "Conversion.Affiliate":
      case "AffiliateOffer.Affiliate":
        return one(t("Affiliate").get(row.affiliate_id));
      case "Goal.Offer":
      case "Conversion.Offer":
      case "OfferFile.Offer":
      case "AffiliateOffer.Offer":
        return one(t("Offer").get(row.offer_id));
      case "Conversion.Goal":
        return one(t("Goal").get(row.goal_id));
      case "Conversion.Country":
        return one(typeof row.country_code === "string" ? countryRow(row.country_code) : undefined);
      case "OfferFile.CreativeCode":
        return String(row.code ?? row.url ?? "");
      default:
        return [];
    }
  };
}
