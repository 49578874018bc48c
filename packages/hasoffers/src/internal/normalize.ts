import { orderedValues } from "./ordered-json.js";
import type { RelationKind } from "./relations.js";

type Row = Record<string, unknown>;

/** Kinds of the relations a model knows; any other related key is shaped by guessing from its value. */
export type RelationKinds = Readonly<Record<string, RelationKind>>;

/**
 * Flattens one API record into the model: `{ "Offer": {...}, "Country": {...}, "Advertiser": {...} }` becomes the
 * offer's own fields with `Country` (an array) and `Advertiser` (an object or null) attached under their names.
 * A flat record (some methods return the model's fields directly) is taken as the model itself.
 */
export function toModel(record: unknown, model: string, kinds: RelationKinds = {}): Row {
  if (!isRow(record)) throw new TypeError(`expected a ${model} record, got ${describe(record)}`);
  const own = record[model];
  if (!isRow(own)) return { ...record };
  const out: Row = { ...own };
  for (const key of Object.keys(record)) {
    if (key === model) continue;
    out[key] = toRelation(kinds[key], record[key]);
  }
  return out;
}

/** Every row of a collection in the server's order: an array, an object keyed by id, or `[]`/`null` for none. */
export function collection(value: unknown): unknown[] {
  if (value === null || value === undefined || value === "" || value === false) return [];
  if (Array.isArray(value)) return value;
  if (isRow(value)) return orderedValues(value);
  throw new TypeError(`expected a collection, got ${describe(value)}`);
}

function toRelation(kind: RelationKind | undefined, value: unknown): unknown {
  switch (kind) {
    case "many":
      return toMany(value);
    case "one":
      return toOne(value);
    case "value":
      return value;
    default:
      // An unknown relation: keyed collections become arrays, anything else is kept as sent.
      return isKeyed(value) ? orderedValues(value) : value;
  }
}

function toMany(value: unknown): unknown[] {
  if (value === null || value === undefined || value === "" || value === false) return [];
  if (Array.isArray(value)) return value;
  if (isKeyed(value)) return orderedValues(value);
  return isRow(value) ? [value] : [];
}

function toOne(value: unknown): unknown {
  if (value === null || value === undefined || value === "" || value === false) return null;
  if (Array.isArray(value)) return isRow(value[0]) ? value[0] : null;
  if (isKeyed(value)) return orderedValues(value)[0] ?? null;
  return isRow(value) ? value : null;
}

/** An object of rows keyed by id or code (every value an object), as opposed to one row (which has scalar fields). */
function isKeyed(value: unknown): value is Row {
  if (!isRow(value)) return false;
  const values = orderedValues(value);
  return values.length > 0 && values.every(isRow);
}

export function isRow(value: unknown): value is Row {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "a string" : typeof value;
}
