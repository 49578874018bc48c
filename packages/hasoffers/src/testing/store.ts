import { MODELS, type ModelName } from "./models/index.js";
import type { ModelSpec, Row } from "./models/spec.js";

/** The rows of one model, in insertion order, with the next id to hand out. */
export class Table {
  readonly rows = new Map<string, Row>();
  #nextId = 1;

  constructor(readonly spec: ModelSpec) {}

  /** Stores `row` (a complete record); assigns the next id unless it has one. Returns the stored row. */
  insert(row: Row): Row {
    let id = row.id;
    if (id === null || id === undefined || id === "") id = String(this.#nextId);
    const stored: Row = { ...row, id: String(id) };
    this.rows.set(String(id), stored);
    const numeric = Number(id);
    if (Number.isInteger(numeric) && numeric >= this.#nextId) this.#nextId = numeric + 1;
    return stored;
  }

  get(id: unknown): Row | undefined {
    return id === null || id === undefined ? undefined : this.rows.get(String(id));
  }

  all(): Row[] {
    return [...this.rows.values()];
  }

  delete(id: string): boolean {
    return this.rows.delete(id);
  }

  /** Empties the table; ids start again at `nextId`. */
  clear(nextId = 1): void {
    this.rows.clear();
    this.#nextId = nextId;
  }
}

/** Everything the fake network holds: one table per model plus the relations that are not models of their own. */
export class Store {
  readonly tables: { readonly [K in ModelName]: Table };
  /** Offer id → target country codes, in the order they were added. */
  readonly offerCountries = new Map<string, string[]>();
  /** Offer id → category ids. */
  readonly offerCategories = new Map<string, string[]>();
  /** Offer id → ids of the affiliates blocked from it. */
  readonly offerBlocks = new Map<string, Set<string>>();

  constructor() {
    const tables: Partial<Record<ModelName, Table>> = {};
    for (const name of Object.keys(MODELS) as ModelName[]) tables[name] = new Table(MODELS[name]);
    this.tables = tables as { [K in ModelName]: Table };
  }

  table(name: ModelName): Table {
    return this.tables[name];
  }

  /** Empties every table and relation. */
  clear(): void {
    for (const table of Object.values(this.tables)) table.clear();
    this.offerCountries.clear();
    this.offerCategories.clear();
    this.offerBlocks.clear();
  }
}
