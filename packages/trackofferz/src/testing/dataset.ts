import type { ClickRow, ConversionRow, ConversionStatus, EventType } from "../types.js";
import { DAY, dateOf, dayNumber, timestamp } from "./calendar.js";
import { CAMPAIGN_NAMES, COUNTRIES, PUBLISHER_NAMES, USER_AGENTS, weighted } from "./catalog.js";
import { hash } from "./prng.js";

/** How much seeded data the fake serves. The same options always give the same rows. */
export interface SeedOptions {
  /** Seed of every derived value. Default 42. */
  seed?: number;
  /** Number of clicks (at most 99 999 999). Default 5 000. */
  clicks?: number;
  /** Number of seeded conversions, each on its own click (at most `clicks`). Default 400. */
  conversions?: number;
  /** Campaigns, ids 1..n. Default 8. */
  campaigns?: number;
  /** Publishers, ids 11..10+n. Default 12. */
  publishers?: number;
  /** First day with data. Default: 29 days before `to`. */
  from?: string;
  /** Last day with data; not after the fake's `today`. Default: `today`. */
  to?: string;
  /** The network's currency. Default `USD`. */
  currency?: string;
}

const EVENTS: readonly (readonly [EventType, number])[] = [
  ["purchase", 50],
  ["lead", 20],
  ["signup", 10],
  ["install", 8],
  ["deposit", 5],
  ["subscription", 5],
  ["custom", 2],
];
const STATUSES: readonly (readonly [ConversionStatus, number])[] = [
  ["approved", 70],
  ["pending", 20],
  ["rejected", 7],
  ["reversed", 3],
];

/** A seeded conversion with the network's revenue (not on the wire, but in the summary and breakdown totals). */
export type SeededConversion = ConversionRow & { revenue_cents: number };

/**
 * The fake's seeded, immutable data. Nothing is stored per row: click `i` and conversion `j` are computed from
 * (seed, index) on demand, and `created_at` grows with the index, so a date range is a binary search and a page
 * is O(page size) however large the data set. Conversion `j` belongs to click `floor(j * clicks / conversions)`.
 */
export class Dataset {
  readonly seed: number;
  readonly clicks: number;
  readonly conversions: number;
  readonly campaigns: number;
  readonly publishers: number;
  readonly currency: string;
  readonly firstDay: number;
  readonly lastDay: number;
  private readonly start: number;
  private readonly span: number;
  private readonly lists = new Map<string, Int32Array>();

  constructor(options: SeedOptions, today: string) {
    this.seed = options.seed ?? 42;
    this.clicks = options.clicks ?? 5_000;
    this.conversions = options.conversions ?? Math.min(400, this.clicks);
    this.campaigns = options.campaigns ?? 8;
    this.publishers = options.publishers ?? 12;
    this.currency = options.currency ?? "USD";
    const todayNumber = dayNumber(today) as number;
    this.lastDay = options.to === undefined ? todayNumber : check(dayNumber(options.to), "to");
    this.firstDay = options.from === undefined ? this.lastDay - 29 : check(dayNumber(options.from), "from");
    if (!(Number.isInteger(this.clicks) && this.clicks >= 0 && this.clicks < 100_000_000)) {
      throw new RangeError("seed: clicks must be an integer in 0..99 999 999");
    }
    if (!(Number.isInteger(this.conversions) && this.conversions >= 0 && this.conversions <= this.clicks)) {
      throw new RangeError("seed: conversions must be an integer in 0..clicks (one conversion per click)");
    }
    if (this.campaigns < 1 || this.publishers < 1)
      throw new RangeError("seed: campaigns and publishers must be >= 1");
    if (this.firstDay > this.lastDay || this.lastDay > todayNumber) {
      throw new RangeError("seed: need from <= to <= today");
    }
    this.start = this.firstDay * DAY;
    // Clicks stop two minutes before the period ends, so each seeded conversion (90 s after its click) lands
    // inside it and before anything recorded later through the API.
    this.span = (this.lastDay - this.firstDay + 1) * DAY - 120;
  }

  clickSeconds(i: number): number {
    return this.start + Math.floor((i * this.span) / Math.max(1, this.clicks));
  }

  clickId(i: number): string {
    return `click_${String(i).padStart(8, "0")}`;
  }

  /** The seeded click index of a transaction id, if it is one. */
  clickIndex(transactionId: string): number | undefined {
    const match = /^click_(\d{8})$/.exec(transactionId);
    const i = match ? Number(match[1]) : -1;
    return i >= 0 && i < this.clicks ? i : undefined;
  }

  campaignOf(i: number): number {
    return 1 + (hash(this.seed, i, 1) % this.campaigns);
  }

  publisherOf(i: number): number {
    return 11 + (hash(this.seed, i, 2) % this.publishers);
  }

  countryOf(i: number): string | null {
    const h = hash(this.seed, i, 3);
    return h % 100 < 4 ? null : (COUNTRIES[(h >>> 8) % COUNTRIES.length] as readonly [string, string])[0];
  }

  isUnique(i: number): boolean {
    return hash(this.seed, i, 4) % 100 < 82;
  }

  click(i: number): ClickRow {
    const h = hash(this.seed, i, 5);
    const g = hash(this.seed, i, 6);
    return {
      transaction_id: this.clickId(i),
      campaign_id: this.campaignOf(i),
      publisher_id: this.publisherOf(i),
      country_code: this.countryOf(i),
      is_unique: this.isUnique(i),
      ip:
        h % 100 < 3
          ? null
          : h % 9 === 0
            ? `2001:db8::${(h >>> 8).toString(16)}`
            : `198.51.100.${1 + ((h >>> 8) % 254)}`,
      user_agent: g % 100 < 5 ? null : (USER_AGENTS[(g >>> 8) % USER_AGENTS.length] as string),
      sub_id: (g >>> 16) % 100 < 60 ? null : `sub-${(h >>> 20) % 50}`,
      created_at: timestamp(this.clickSeconds(i)),
    };
  }

  /** The click of conversion `j`. */
  conversionClick(j: number): number {
    return Math.floor((j * this.clicks) / this.conversions);
  }

  /** The seeded conversion on click `i`, if it has one. */
  conversionOfClick(i: number): number | undefined {
    if (this.conversions === 0) return undefined;
    const j = Math.ceil((i * this.conversions) / this.clicks);
    return j < this.conversions && this.conversionClick(j) === i ? j : undefined;
  }

  conversionSeconds(j: number): number {
    return this.clickSeconds(this.conversionClick(j)) + 90;
  }

  conversionId(j: number): number {
    return 90_000 + j;
  }

  statusOf(j: number): ConversionStatus {
    return weighted(STATUSES, hash(this.seed, j, 12) % 100);
  }

  /** The campaign's default payout, in cents. */
  campaignPayout(campaign: number): number {
    return 500 + (hash(this.seed, campaign, 21) % 40) * 25;
  }

  conversion(j: number): SeededConversion {
    const i = this.conversionClick(j);
    const h = hash(this.seed, j, 11);
    const campaign = this.campaignOf(i);
    const payout = this.campaignPayout(campaign);
    const extra = (h >>> 12) % 4;
    return {
      conversion_id: this.conversionId(j),
      transaction_id: this.clickId(i),
      campaign_id: campaign,
      publisher_id: this.publisherOf(i),
      event_type: weighted(EVENTS, h % 100),
      status: this.statusOf(j),
      payout_cents: payout,
      sale_amount_cents: (h >>> 8) % 4 === 0 ? null : 1_000 + (hash(this.seed, j, 13) % 49_000),
      currency: this.currency,
      custom_data:
        extra === 0
          ? {}
          : extra === 1
            ? { order_id: `SO-${10_000 + j}` }
            : { order_id: `SO-${10_000 + j}`, coupon: "SUMMER", first_order: extra === 2 },
      created_at: timestamp(this.conversionSeconds(j)),
      revenue_cents: revenueOf(payout),
    };
  }

  campaignLabel(id: number): string {
    const name = CAMPAIGN_NAMES[(id - 1) % CAMPAIGN_NAMES.length] as string;
    return id > CAMPAIGN_NAMES.length ? `${name} ${Math.floor((id - 1) / CAMPAIGN_NAMES.length) + 1}` : name;
  }

  publisherLabel(id: number): string {
    const n = id - 10;
    const name = PUBLISHER_NAMES[(n - 1) % PUBLISHER_NAMES.length] as string;
    return n > PUBLISHER_NAMES.length ? `${name} ${Math.floor((n - 1) / PUBLISHER_NAMES.length) + 1}` : name;
  }

  /**
   * Indexes of the clicks (or conversions) matching a filter, ascending, built once per filter and kept: a page
   * of a filtered report is then a binary search plus a slice.
   */
  indexList(kind: "clicks" | "conversions", filter: IndexFilter): Int32Array {
    const key = `${kind}|${filter.campaign_id ?? ""}|${filter.publisher_id ?? ""}|${filter.status ?? ""}`;
    let list = this.lists.get(key);
    if (!list) {
      const n = kind === "clicks" ? this.clicks : this.conversions;
      const out: number[] = [];
      for (let k = 0; k < n; k++) {
        const i = kind === "clicks" ? k : this.conversionClick(k);
        if (filter.campaign_id !== undefined && this.campaignOf(i) !== filter.campaign_id) continue;
        if (filter.publisher_id !== undefined && this.publisherOf(i) !== filter.publisher_id) continue;
        if (filter.status !== undefined && this.statusOf(k) !== filter.status) continue;
        out.push(k);
      }
      list = Int32Array.from(out);
      this.lists.set(key, list);
    }
    return list;
  }

  /** The span `[lo, hi)` of positions in `list` (or of all indexes) whose time falls in days `[from, to]`. */
  window(
    kind: "clicks" | "conversions",
    list: Int32Array | undefined,
    from: number,
    to: number,
  ): [number, number] {
    const seconds =
      kind === "clicks" ? (i: number) => this.clickSeconds(i) : (j: number) => this.conversionSeconds(j);
    const n = list ? list.length : kind === "clicks" ? this.clicks : this.conversions;
    const at = list ? (k: number) => list[k] as number : (k: number) => k;
    const lowerBound = (limit: number) => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (seconds(at(mid)) < limit) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return [lowerBound(from * DAY), lowerBound((to + 1) * DAY)];
  }

  /** The date of a seeded click or conversion, for the per-day breakdown. */
  dayOf(seconds: number): string {
    return dateOf(Math.floor(seconds / DAY));
  }
}

/** Filters a report applies to its rows. */
export interface IndexFilter {
  campaign_id?: number | undefined;
  publisher_id?: number | undefined;
  status?: ConversionStatus | undefined;
}

/** The network's revenue on a conversion: its payout plus a 45 % margin, in whole cents. */
export function revenueOf(payoutCents: number): number {
  return Math.floor((payoutCents * 29) / 20);
}

function check(day: number | undefined, name: string): number {
  if (day === undefined) throw new RangeError(`seed: ${name} must be a date YYYY-MM-DD`);
  return day;
}
