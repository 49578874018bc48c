import type { Random } from "./random.js";
import type { Store } from "./store.js";

/** One hour of traffic for one offer, affiliate and country: the fact rows `Report.getStats` aggregates. */
export interface StatFact {
  date: string;
  hour: number;
  offer_id: string;
  affiliate_id: string;
  advertiser_id: string;
  goal_id: string;
  country_code: string;
  source: string;
  affiliate_info1: string;
  payout_type: string;
  revenue_type: string;
  impressions: number;
  clicks: number;
  unique_clicks: number;
  conversions: number;
  payout: number;
  revenue: number;
  sale_amount: number;
}

/** How much report traffic to invent. */
export interface StatSeed {
  /** Days of traffic ending at `endDate`. Default 7. */
  days?: number;
  /** Fact rows per day. Default 24. */
  rowsPerDay?: number;
  /** The last day (`YYYY-MM-DD`). Default: the day of the fake clock. */
  endDate?: string;
}

const SOURCES = ["NEX", "FP", "THM", "AD", "MAIL"];
const COUNTRY_CODES = ["CZ", "ES", "US", "DE", "GB", "FR"];

/** The report traffic of the fake network, generated from the seeded offers and affiliates. */
export class StatFacts {
  facts: StatFact[] = [];

  /** Replaces the facts with `seed.days × seed.rowsPerDay` deterministic rows over the store's offers and affiliates. */
  generate(store: Store, seed: StatSeed, nowMs: number, random: Random): void {
    const offers = store.table("Offer").all();
    const affiliates = store.table("Affiliate").all();
    const goals = store.table("Goal").all();
    this.facts = [];
    if (offers.length === 0 || affiliates.length === 0) return;
    const days = seed.days ?? 7;
    const perDay = seed.rowsPerDay ?? 24;
    const end = seed.endDate
      ? Date.parse(`${seed.endDate}T00:00:00Z`)
      : Math.floor(nowMs / 86_400_000) * 86_400_000;
    for (let d = days - 1; d >= 0; d--) {
      const date = new Date(end - d * 86_400_000).toISOString().slice(0, 10);
      for (let i = 0; i < perDay; i++) {
        const offer = random.pick(offers);
        const offerGoals = goals.filter((g) => g.offer_id === offer.id);
        const clicks = random.int(0, 400);
        const conversions = Math.floor(clicks * random.next() * 0.08);
        const payout = (conversions * random.int(100, 2500)) / 100;
        this.facts.push({
          date,
          hour: random.int(0, 23),
          offer_id: String(offer.id),
          affiliate_id: String(random.pick(affiliates).id),
          advertiser_id: String(offer.advertiser_id ?? "0"),
          goal_id: offerGoals.length > 0 ? String(random.pick(offerGoals).id) : "0",
          country_code: random.pick(COUNTRY_CODES),
          source: random.pick(SOURCES),
          affiliate_info1: random.next() < 0.5 ? "" : `sub${random.int(1, 9)}`,
          payout_type: String(offer.payout_type ?? "cpa_flat"),
          revenue_type: String(offer.revenue_type ?? "cpa_flat"),
          impressions: clicks * random.int(2, 20),
          clicks,
          unique_clicks: Math.floor(clicks * 0.9),
          conversions,
          payout,
          revenue: Math.round(payout * (1.1 + random.next() * 0.5) * 100) / 100,
          sale_amount: (conversions * random.int(1000, 9000)) / 100,
        });
      }
    }
  }
}
