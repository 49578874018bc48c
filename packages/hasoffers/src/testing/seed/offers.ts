import { COUNTRIES } from "../models/countries.js";
import { formatDatetime } from "../write.js";
import { ADJECTIVES, CATEGORIES, money, NOUNS, type SeedContext, weighted } from "./context.js";

/** Offer categories, offers, and the offers' target countries and categories. */
export function seedOffers(ctx: SeedContext): void {
  const { counts, random, at, insert, store } = ctx;
  const t = store.tables;
  const advertisers = t.Advertiser.all();
  for (let i = 1; i <= (counts.offerCategories ?? 4); i++) {
    const created = formatDatetime(at(500));
    insert("OfferCategory", {
      name: CATEGORIES[(i - 1) % CATEGORIES.length]!,
      date_created: created,
      date_updated: created,
    });
  }
  const categories = t.OfferCategory.all();
  for (let i = 1; i <= (counts.offers ?? 10); i++) {
    const payout = random.int(0, 5000) / 100;
    const advertiser = advertisers.length > 0 && random.next() < 0.85 ? random.pick(advertisers) : undefined;
    const offer = insert("Offer", {
      advertiser_id: advertiser ? advertiser.id : null,
      name: `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} ${i}`,
      description: random.next() < 0.3 ? null : "",
      require_approval: random.next() < 0.2 ? "1" : "0",
      preview_url: `http://preview.example.com/${i}`,
      offer_url: `http://track.example.com/?offer=${i}&transaction_id={transaction_id}`,
      currency: weighted(random, [
        [null, 5],
        ["USD", 3],
        ["EUR", 1],
        ["CZK", 1],
      ]),
      default_payout: money(payout, 5),
      max_payout: money(payout * 1.5, 5),
      protocol: weighted(random, [
        ["http", 5],
        ["https_img", 2],
        ["server", 2],
        ["https", 1],
      ]),
      status: weighted(random, [
        ["active", 12],
        ["paused", 4],
        ["pending", 2],
        ["expired", 1],
        ["deleted", 1],
      ]),
      expiration_date: `${2025 + (i % 5)}-12-31 23:59:59`,
      is_private: random.next() < 0.1 ? "1" : "0",
      payout_type: weighted(random, [
        ["cpa_flat", 8],
        ["cpa_percentage", 1],
        ["cpc", 1],
      ]),
      rating: random.next() < 0.5 ? null : String(random.int(1, 5)),
      create_date_utc: formatDatetime(at(365 - (i % 365))),
      modified: Math.floor(at(10) / 1000),
    });
    const countries = random.int(0, 3);
    if (countries > 0) {
      const codes = new Set<string>();
      for (let c = 0; c < countries; c++) codes.add(random.pick(COUNTRIES).code);
      store.offerCountries.set(String(offer.id), [...codes]);
    }
    if (categories.length > 0 && random.next() < 0.6)
      store.offerCategories.set(String(offer.id), [String(random.pick(categories).id)]);
  }
}
