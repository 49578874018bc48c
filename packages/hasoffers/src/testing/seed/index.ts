import type { Row } from "../models/spec.js";
import { Random } from "../random.js";
import type { RawLogStore } from "../raw-log-store.js";
import type { StatFacts } from "../stat-facts.js";
import type { Store } from "../store.js";
import { seedAccounts } from "./accounts.js";
import { seedActivity } from "./activity.js";
import { DAY, type SeedContext } from "./context.js";
import type { SeedCounts } from "./counts.js";
import { seedOffers } from "./offers.js";
import { seedRawLogs } from "./raw-logs.js";

export type { RawLogSeed, SeedCounts } from "./counts.js";

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
  store.clear();
  rawLogs.clear();
  rawLogs.reseed(counts.seed ?? 1);
  const ctx: SeedContext = {
    counts,
    random,
    store,
    base,
    at: (daysAgo) => base - daysAgo * DAY - random.int(0, 86_399) * 1000,
    insert: (model, values: Row) =>
      store.table(model).insert({ ...store.table(model).spec.template, ...values }),
  };
  seedAccounts(ctx);
  seedOffers(ctx);
  seedActivity(ctx);
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
