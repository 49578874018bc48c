import { COUNTRIES } from "./models/countries.js";
import type { Row } from "./models/spec.js";
import { Random } from "./random.js";
import { LOG_TYPES, type LogType } from "./raw-log-rows.js";
import type { RawLogLayout, RawLogStore } from "./raw-log-store.js";
import type { StatFacts, StatSeed } from "./stat-facts.js";
import type { Store } from "./store.js";
import { formatDatetime } from "./write.js";

/** Raw-log files to generate: `days` × `filesPerDay` hourly files per type, ending on the base date. */
export interface RawLogSeed extends RawLogLayout {
  days?: number;
  filesPerDay?: number;
  rowsPerFile?: number;
  types?: readonly LogType[];
}

/**
 * How much deterministic data to generate. Every count is cheap: `{ offers: 5_000 }` seeds in well under a
 * second, enough for 50+ pages of 100.
 */
export interface SeedCounts {
  /** Default 5. */
  advertisers?: number;
  /** Default 5. */
  affiliates?: number;
  /** Users spread over the affiliates. Default: one per affiliate. */
  affiliateUsers?: number;
  /** Default 10. */
  offers?: number;
  /** Default 10. */
  goals?: number;
  /** Default 20. */
  conversions?: number;
  /** Default 5. */
  offerFiles?: number;
  /** Default 5. */
  tags?: number;
  /** Default 4. */
  offerCategories?: number;
  /** Affiliate approvals (AffiliateOffer rows). Default 5. */
  approvals?: number;
  /** Report traffic; `false` for none. Default 7 days × 24 rows. */
  stats?: StatSeed | false;
  /** Raw-log files; `false` for none. Default 2 days × 3 files × 2 rows for each type. */
  rawLogs?: RawLogSeed | false;
  /** The seed of every random choice. Default 1. */
  seed?: number;
  /** The day the data is anchored to (`YYYY-MM-DD`); nothing depends on the wall clock. Default 2024-01-15. */
  baseDate?: string;
}

const ADJECTIVES = [
  "Perfect",
  "Smart",
  "Rapid",
  "Golden",
  "Bright",
  "Prime",
  "Urban",
  "Lucky",
  "Fresh",
  "Bold",
];
const NOUNS = [
  "Loans",
  "Dating",
  "Casino",
  "Fitness",
  "Travel",
  "Insurance",
  "Games",
  "Energy",
  "Finance",
  "Shop",
];
const FIRST = ["Anna", "Petr", "Lucia", "John", "Maria", "Jan", "Eva", "Tomas", "Sofia", "Karel"];
const LAST = ["Novak", "Garcia", "Smith", "Svoboda", "Lopez", "Dvorak", "Brown", "Cerny", "Perez", "Kral"];
const CATEGORIES = ["Payday Loan", "Dating", "Gambling", "Health", "Travel", "Finance", "Mobile", "External"];
const FILE_TYPES = ["offer thumbnail", "image banner", "text ad"];
const DAY = 86_400_000;

function weighted<T>(random: Random, choices: readonly [T, number][]): T {
  let r = random.next() * choices.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of choices) {
    r -= weight;
    if (r < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

const money = (n: number, digits: number) => n.toFixed(digits);

/**
 * Fills the store with deterministic data: the same counts and seed always give the same network, record for
 * record, with the field sets and value types of the recordings.
 */
export function seedStore(
  store: Store,
  stats: StatFacts,
  rawLogs: RawLogStore,
  counts: SeedCounts = {},
): void {
  const random = new Random(counts.seed ?? 1);
  const base = Date.parse(`${counts.baseDate ?? "2024-01-15"}T12:00:00Z`);
  const at = (daysAgo: number) => base - daysAgo * DAY - random.int(0, 86_399) * 1000;
  store.clear();
  rawLogs.clear();
  rawLogs.reseed(counts.seed ?? 1);
  const t = store.tables;
  const insert = (name: keyof typeof t, values: Row) =>
    t[name].insert({ ...t[name].spec.template, ...values });

  for (let i = 1; i <= (counts.advertisers ?? 5); i++) {
    insert("Advertiser", {
      date_added: formatDatetime(at(400 - i)),
      status: weighted(random, [
        ["active", 8],
        ["pending", 1],
        ["blocked", 1],
      ]),
      company: `${random.pick(NOUNS)} Media ${i}`,
      country: random.pick(COUNTRIES).code,
      zipcode: String(random.int(10000, 99999)),
      modified: Math.floor(at(30) / 1000),
    });
  }
  const advertisers = t.Advertiser.all();
  for (let i = 1; i <= (counts.affiliates ?? 5); i++) {
    insert("Affiliate", {
      company: `${random.pick(ADJECTIVES)} Traffic ${i}`,
      country: random.pick(COUNTRIES).code3c,
      zipcode: String(random.int(10000, 99999)),
      date_added: formatDatetime(at(380 - i)),
      status: weighted(random, [
        ["active", 8],
        ["pending", 1],
        ["blocked", 1],
      ]),
      modified: formatDatetime(at(20)),
    });
  }
  const affiliates = t.Affiliate.all();
  const users = counts.affiliateUsers ?? affiliates.length;
  for (let i = 1; i <= users && affiliates.length > 0; i++) {
    const affiliate = affiliates[(i - 1) % affiliates.length]!;
    const joined = formatDatetime(at(300));
    insert("AffiliateUser", {
      join_date: joined,
      affiliate_id: affiliate.id,
      modified: joined,
      email: `user${i}@affiliate${affiliate.id}.example`,
      first_name: random.pick(FIRST),
      last_name: random.pick(LAST),
      phone: `+420${random.int(600000000, 799999999)}`,
      salt: random.chars(64, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
      is_creator: i <= affiliates.length,
    });
  }
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
  const offers = t.Offer.all();
  if (offers.length > 0) {
    for (let i = 1; i <= (counts.goals ?? 10); i++) {
      const offer = random.pick(offers);
      insert("Goal", {
        offer_id: offer.id,
        name: random.pick(["LEAD", "SALE", "Install", "Deposit", "Registration"]),
        status: random.next() < 0.9 ? "active" : "deleted",
        default_payout: money(random.int(0, 3000) / 100, 5),
        advertiser_id: offer.advertiser_id,
        modified: Math.floor(at(15) / 1000),
      });
    }
    const goals = t.Goal.all();
    for (let i = 1; i <= (counts.conversions ?? 20) && affiliates.length > 0; i++) {
      const offer = random.pick(offers);
      const offerGoals = goals.filter((g) => g.offer_id === offer.id);
      const payout = random.int(50, 5000) / 100;
      const when = at(random.int(0, 60));
      insert("Conversion", {
        ad_id: random.chars(30),
        internal_ad_id: `${random.chars(8)}-${random.chars(4)}-4${random.chars(3)}-a${random.chars(3)}-${random.chars(12)}`,
        affiliate_id: random.pick(affiliates).id,
        advertiser_id: offer.advertiser_id ?? "0",
        offer_id: offer.id,
        goal_id: offerGoals.length > 0 && random.next() < 0.5 ? random.pick(offerGoals).id : "0",
        source: random.next() < 0.5 ? null : random.pick(["NEX", "FP", "THM"]),
        affiliate_info1: random.next() < 0.5 ? null : `sub${random.int(1, 9)}`,
        datetime: formatDatetime(when),
        session_datetime: formatDatetime(when - random.int(10, 3600) * 1000),
        payout: money(payout, 5),
        revenue: money(payout * 1.3, 5),
        ip: `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
        session_ip: "127.0.0.1",
        status: weighted(random, [
          ["approved", 7],
          ["pending", 2],
          ["rejected", 1],
        ]),
        status_code: String(random.int(0, 50)),
        user_agent: "Mozilla/5.0 (X11; Linux x86_64)",
        country_code: random.pick(COUNTRIES).code,
        currency: offer.currency ?? "USD",
      });
    }
    for (let i = 1; i <= (counts.offerFiles ?? 5); i++) {
      const offer = random.pick(offers);
      const type = random.pick(FILE_TYPES);
      const filename = type === "text ad" ? "" : `creative-${i}.jpg`;
      const media = `https://media.go2speed.org/brand/files/seed/${offer.id}`;
      insert("OfferFile", {
        offer_id: offer.id,
        display: `Creative ${i}`,
        filename,
        size: type === "text ad" ? "0" : String(random.int(2000, 90000)),
        type,
        width: type === "text ad" ? null : "300",
        height: type === "text ad" ? null : "250",
        code: type === "text ad" ? `http://www.example.com/ad/${i}` : null,
        flash_vars: type === "text ad" ? "" : null,
        created: formatDatetime(at(100)),
        url: filename ? `${media}/${filename}` : null,
        preview_uri: filename ? `${media}/${filename}` : `http://www.example.com/ad/${i}`,
        thumbnail: filename ? `${media}/thumbnails_100/${filename}` : null,
      });
    }
    const pairs = new Set<string>();
    for (let i = 1; i <= (counts.approvals ?? 5) && affiliates.length > 0; i++) {
      const offer = random.pick(offers);
      const affiliate = random.pick(affiliates);
      const key = `${offer.id}/${affiliate.id}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      insert("AffiliateOffer", {
        affiliate_id: affiliate.id,
        offer_id: offer.id,
        approval_status: weighted(random, [
          ["approved", 3],
          ["pending", 1],
          ["rejected", 1],
        ]),
      });
    }
  }
  for (let i = 1; i <= (counts.tags ?? 5); i++) {
    insert("Tag", {
      name: `tag_${i}`,
      offer_applicable: "1",
      affiliate_applicable: random.next() < 0.5 ? "1" : "0",
      advertiser_applicable: random.next() < 0.5 ? "1" : "0",
    });
  }
  const tags = t.Tag.all();
  if (tags.length > 0 && offers.length > 0) {
    for (let i = 0; i < Math.min(5, offers.length); i++) {
      insert("OffersTags", { tag_id: random.pick(tags).id, offer_id: offers[i]!.id });
    }
  }
  if (tags.length > 0 && affiliates.length > 0)
    insert("AffiliatesTags", { tag_id: tags[0]!.id, affiliate_id: affiliates[0]!.id });

  if (counts.stats !== false) {
    stats.generate(
      store,
      { endDate: new Date(base).toISOString().slice(0, 10), ...counts.stats },
      base,
      random,
    );
  } else {
    stats.facts = [];
  }
  if (counts.rawLogs !== false) seedRawLogs(rawLogs, counts.rawLogs ?? {}, base);
}

/** Adds `days × filesPerDay` hourly files per log type, the newest day being the base date. */
function seedRawLogs(rawLogs: RawLogStore, seed: RawLogSeed, base: number): void {
  const { days = 2, filesPerDay = 3, rowsPerFile = 2, types = LOG_TYPES, ...layout } = seed;
  const firstDay = Math.floor(base / DAY) * DAY - (days - 1) * DAY;
  for (const logType of types) {
    for (let d = 0; d < days; d++) {
      for (let h = 0; h < filesPerDay; h++) {
        rawLogs.addFile({
          logType,
          startTimestamp: (firstDay + d * DAY) / 1000 + (9 + h) * 3600,
          rows: rowsPerFile,
          ...layout,
        });
      }
    }
  }
}
