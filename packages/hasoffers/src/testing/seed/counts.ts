import type { LogType } from "../raw-log-rows.js";
import type { RawLogLayout } from "../raw-log-store.js";
import type { StatSeed } from "../stat-facts.js";

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
