import type { ModelName } from "./models/index.js";
import type { Row } from "./models/spec.js";
import type { LogType } from "./raw-log-rows.js";
import type { AddRawLogFile, RawLogFile, RawLogLayout, RawLogStore } from "./raw-log-store.js";
import type { StatFact, StatFacts } from "./stat-facts.js";
import type { Store } from "./store.js";

/** Direct access to the fake's records, bypassing the API (no validation, no rate limit, not logged). */
export interface FakeState {
  /** A copy of a record, or `undefined`. */
  get(model: ModelName, id: string | number): Row | undefined;
  /** Copies of a model's records in id order, optionally filtered. */
  list(model: ModelName, where?: (row: Row) => boolean): Row[];
  count(model: ModelName): number;
  /** Stores the model's template overlaid with `values` (the next id unless `values.id` is given). */
  insert(model: ModelName, values?: Row): Row;
  /** Overwrites fields of a stored record; returns the new record. Throws if the id is unknown. */
  update(model: ModelName, id: string | number, patch: Row): Row;
  remove(model: ModelName, id: string | number): boolean;
  /** Offer id → target country codes (live map). */
  readonly offerCountries: Map<string, string[]>;
  /** Offer id → category ids (live map). */
  readonly offerCategories: Map<string, string[]>;
  /** Offer id → blocked affiliate ids (live map). */
  readonly offerBlocks: Map<string, Set<string>>;
  /** The report traffic `Report.getStats` aggregates (live array). */
  readonly stats: StatFact[];
  /** Empties every model, relation and the report traffic (raw logs stay). */
  clear(): void;
}

/** The state helpers over a store. */
export function createState(store: Store, stats: StatFacts): FakeState {
  const byId = (a: Row, b: Row) => Number(a.id) - Number(b.id);
  return {
    get: (model, id) => {
      const row = store.table(model).get(String(id));
      return row && { ...row };
    },
    list: (model, where) =>
      store
        .table(model)
        .all()
        .filter((row) => !where || where(row))
        .sort(byId)
        .map((row) => ({ ...row })),
    count: (model) => store.table(model).rows.size,
    insert: (model, values = {}) => ({
      ...store.table(model).insert({ ...store.table(model).spec.template, ...values }),
    }),
    update: (model, id, patch) => {
      const row = store.table(model).get(String(id));
      if (!row) throw new Error(`No ${model} ${id}`);
      return { ...store.table(model).insert({ ...row, ...patch, id: row.id }) };
    },
    remove: (model, id) => store.table(model).delete(String(id)),
    offerCountries: store.offerCountries,
    offerCategories: store.offerCategories,
    offerBlocks: store.offerBlocks,
    get stats() {
      return stats.facts;
    },
    clear: () => {
      store.clear();
      stats.facts = [];
    },
  };
}

/** Raw-log helpers: add files with a chosen layout, list them, and read back the records they hold. */
export interface FakeRawLogs {
  /**
   * Adds an hourly file. Layout per file: `compression` (`"stored"` | `"deflated"`), `dataDescriptor`,
   * `members` (CSV members the rows are split across), `extraMember` (a README to skip), `rows`; or `bytes` to
   * serve a given archive verbatim (the recorded sample, a corrupt one).
   */
  addFile(options?: AddRawLogFile): RawLogFile;
  /** Files, newest first, of one type or all. */
  files(logType?: LogType): RawLogFile[];
  /** The records a generated file holds, in order: what a correct reader yields. */
  records(filename: string): Record<string, string>[];
  /** Layout and row count of files added without their own. */
  setDefaults(defaults: RawLogLayout & { rows?: number }): void;
  clear(): void;
}

export function rawLogHelpers(rawLogs: RawLogStore): FakeRawLogs {
  return {
    addFile: (options) => rawLogs.addFile(options),
    files: (logType) =>
      logType
        ? rawLogs.list(logType)
        : [...rawLogs.files.values()].sort((a, b) => b.startTimestamp - a.startTimestamp),
    records: (filename) => [...rawLogs.records(filename)],
    setDefaults: (defaults) => {
      const { extraMember: _ignored, ...rest } = defaults;
      rawLogs.defaults = { ...rawLogs.defaults, ...rest };
    },
    clear: () => rawLogs.clear(),
  };
}
