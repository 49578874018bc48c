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
  if (!isRow(record)) throw new TypeError(`expected a ${model} record`);
  const own = record[model];
  if (!isRow(own)) return { ...record };
  const out: Row = { ...own };
  for (const key of Object.keys(record)) if (key !== model) out[key] = toRelation(kinds[key], record[key]);
  return out;
}

/** Every row of a collection in the server's order: an array, an object keyed by id, or `[]`/`null` for none. */
export function collection(value: unknown): unknown[] {
  if (value === null || value === undefined || value === "" || value === false) return [];
  if (Array.isArray(value)) return value;
  if (isRow(value)) return orderedValues(value);
  throw new TypeError("expected a collection");
}

/**
 * A related object as its kind wants it: `many` always an array (also of one row or none), `one` an object or
 * `null`, `value` as sent. An unknown relation is guessed: keyed collections become arrays, the rest is kept.
 */
function toRelation(kind: RelationKind | undefined, value: unknown): unknown {
  if (kind === "value") return value;
  // Rows keyed by id or code (every value an object), as opposed to one row (which has scalar fields).
  const values = isRow(value) && orderedValues(value);
  const list = Array.isArray(value)
    ? value
    : values && values.length > 0 && values.every(isRow)
      ? values
      : undefined;
  if (kind === "many") return list ?? (isRow(value) ? [value] : []);
  if (kind !== "one") return list ?? value;
  const first = list ? list[0] : value;
  return isRow(first) ? first : null;
}

export function isRow(value: unknown): value is Row {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
