import { fail, unknownField } from "./api-failure.js";
import { compareValues, type FieldReader, matchFilters } from "./filters.js";
import { Keyed } from "./json-text.js";
import type { ModelSpec, Row, Wire } from "./models/spec.js";
import { asList, type PhpValue } from "./php-params.js";

/** Attaches one `contain[]` relation to a row: a flat object (to-one), a {@link Keyed} map (to-many), or `[]`. */
export type Container = (row: Row, name: string) => unknown;

/** What a model finder needs: the model, its candidate rows, and how to attach relations. */
export interface FindSource {
  spec: ModelSpec;
  rows: readonly Row[];
  contain?: Container | undefined;
  /** Fills computed fields (e.g. `OfferCategory.offer_count`) before projection. */
  present?: ((row: Row) => Row) | undefined;
}

/** One page of a finder's result. */
export interface FindResult {
  /** Rows matching the filters, before paging. */
  count: number;
  /** Set when the call sent a positive `limit`. */
  limit: number | undefined;
  page: number;
  pageCount: number;
  /** The page's entries: `[id, {Model: {...}, Relation: …}]`, in the requested order. */
  entries: [string, Record<string, unknown>][];
}

/** A reader of a row's fields that accepts the model-qualified form `Offer.id` too. */
export function fieldReader(spec: ModelSpec, row: Row): FieldReader {
  return (field) => {
    const dot = field.indexOf(".");
    if (dot !== -1) {
      if (field.slice(0, dot) !== spec.name) return undefined;
      field = field.slice(dot + 1);
    }
    return Object.hasOwn(row, field) ? (row[field] as Wire) : undefined;
  };
}

function bareField(spec: ModelSpec, field: string): string {
  const read = fieldReader(spec, spec.template as Row);
  if (read(field) === undefined) unknownField(field);
  return field.includes(".") ? field.slice(field.indexOf(".") + 1) : field;
}

/** `sort[Offer.id]=desc&sort[name]=asc` → ordered `[field, direction]` pairs; a bare list or string sorts ascending. */
function sortKeys(spec: ModelSpec, sort: PhpValue | undefined): [string, 1 | -1][] {
  if (sort === undefined || sort === "") return [];
  const pairs: [string, string][] =
    typeof sort === "string"
      ? [[sort, "asc"]]
      : Array.isArray(sort)
        ? asList(sort).map((f) => [f, "asc"])
        : Object.entries(sort).map(([f, d]) => [f, typeof d === "string" ? d : "asc"]);
  return pairs.map(([field, direction]) => {
    const dir = direction.toLowerCase();
    if (dir !== "asc" && dir !== "desc") fail(`Invalid sort direction: ${direction}`);
    return [bareField(spec, field), dir === "desc" ? -1 : 1];
  });
}

function positiveInt(value: PhpValue | undefined): number | undefined {
  if (typeof value !== "string" || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/**
 * Runs a model finder (`findAll` and friends): filters (equality, IN, the 11 operators, OR groups), sort
 * (default: id ascending), `limit`/`page`, `fields[]` projection and `contain[]` relations. Unknown fields,
 * operators and relation names are refused as the API refuses them, even when no row matches.
 */
export function find(source: FindSource, params: Record<string, PhpValue>): FindResult {
  const { spec } = source;
  const filters = params.filters;
  // Checked against the template first so a bad field is refused even on an empty table.
  matchFilters(filters, (field) => {
    const value = fieldReader(spec, spec.template as Row)(field);
    return value === undefined ? undefined : null;
  });
  const fields = asList(params.fields).map((f) => bareField(spec, f));
  const contains = asList(params.contain);
  for (const name of contains) {
    if (!spec.containable.includes(name)) fail(`Contain '${name}' is not valid for ${spec.name}.`);
  }
  const order = sortKeys(spec, params.sort);
  let rows = source.rows.filter((row) => matchFilters(filters, fieldReader(spec, row)));
  rows = [...rows].sort((a, b) => {
    for (const [field, dir] of order) {
      const c = compareValues(a[field], b[field]);
      if (c !== 0) return c * dir;
    }
    return compareValues(a.id, b.id);
  });
  const count = rows.length;
  const limit = positiveInt(params.limit);
  const page = positiveInt(params.page) ?? 1;
  const pageCount = limit === undefined ? (count > 0 ? 1 : 0) : Math.ceil(count / limit);
  if (limit !== undefined) rows = rows.slice((page - 1) * limit, page * limit);
  const entries = rows.map((stored): [string, Record<string, unknown>] => {
    const row = source.present ? source.present(stored) : stored;
    const entry: Record<string, unknown> = { [spec.name]: project(row, fields) };
    for (const name of contains) entry[name] = source.contain ? source.contain(row, name) : [];
    return [String(stored.id), entry];
  });
  return { count, limit, page, pageCount, entries };
}

/** A copy of `row` with only `fields` (in the order asked), or the whole row when none were asked. */
export function project(row: Row, fields: readonly string[]): Row {
  if (fields.length === 0) return { ...row };
  const out: Row = {};
  for (const field of fields) out[field] = row[field] as Wire;
  return out;
}

/** The id-keyed map `findAll` answers without `limit`; `[]` when nothing matched (as PHP encodes an empty array). */
export function keyed(result: FindResult): Keyed | [] {
  return result.entries.length === 0 ? [] : new Keyed(result.entries);
}

/** The paging wrapper `{page, current, count, pageCount, data}`; `data` is `[]` on an empty page. */
export function paged(result: FindResult): Record<string, unknown> {
  return {
    page: result.page,
    // Always 0 in every recording (its meaning is unknown, §8.6).
    current: 0,
    count: result.count,
    pageCount: result.pageCount,
    data: keyed(result),
  };
}

/** Reads `id` (or another key) as a row id, refusing a missing or non-integer one. */
export function requireId(params: Record<string, PhpValue>, key = "id"): string {
  const value = params[key];
  if (typeof value !== "string" || value.trim() === "") fail(`Missing required argument: ${key}`);
  if (!/^-?\d+$/.test(value.trim())) fail(`${key} must be an integer`);
  if (Number(value) < 0) fail("Row id is negative");
  return String(Number(value));
}
