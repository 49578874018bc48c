import type { Breakdown, ClicksPage, ConversionResult, ConversionsPage, Summary } from "./types.js";

// Cheap structural checks of 2xx bodies: enough to turn a proxy's or a broken server's answer into an
// InvalidResponseError instead of a TypeError deep in the caller's code. Full schema checks live in the tests.

/** A runtime check that a parsed body has the shape a call promises. */
export type Shape<T> = (body: unknown) => body is T;

/** A check of one element of an array field. */
type RowCheck = (row: unknown) => boolean;

/** Field name → its `typeof`, or the check every element of an array field must pass. */
interface Spec {
  [field: string]: string | RowCheck;
}

type Fields = Record<string, unknown>;

/** A JSON object: not `null`, not an array. */
const isObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A number a count, id or amount can be: JSON's 1e400 parses to Infinity, which none can. */
const isCount = (value: unknown): boolean => typeof value === "number" && Number.isFinite(value);

function matches(value: unknown, spec: Spec): boolean {
  if (!isObject(value)) return false;
  for (const key in spec) {
    const type = spec[key];
    const field = value[key];
    const ok =
      typeof type === "string"
        ? type === "number"
          ? isCount(field)
          : typeof field === type
        : Array.isArray(field) && everyRow(field, type as RowCheck);
    if (!ok) return false;
  }
  return true;
}

function everyRow(rows: readonly unknown[], check: RowCheck): boolean {
  for (let i = 0; i < rows.length; i++) if (!check(rows[i])) return false;
  return true;
}

// The rows of a report page (up to 1,000 an answer) are checked by hand-written functions: reading each field by a
// key held in a variable, as `matches` does, cannot be made fast by V8, and cost ~35 µs a page against ~4 µs
// (bench/findings.md §2).
const isClickRow: RowCheck = (row) =>
  isObject(row) && typeof row.transaction_id === "string" && typeof row.created_at === "string";
const isConversionRow: RowCheck = (row) =>
  isObject(row) && isCount(row.conversion_id) && typeof row.created_at === "string";

const shape =
  <T>(spec: Spec): Shape<T> =>
  (body): body is T =>
    matches(body, spec);

const TOTALS: Spec = {
  clicks: "number",
  unique_clicks: "number",
  conversions: "number",
  revenue_cents: "number",
  payout_cents: "number",
};

const page = (rows: RowCheck): Spec => ({
  page: "number",
  page_size: "number",
  total: "number",
  has_next: "boolean",
  rows,
});

const BREAKDOWN_ROW: Spec = { key: "string", label: "string", ...TOTALS };

export const isSummary = shape<Summary>({ ...TOTALS, from: "string", to: "string", currency: "string" });
export const isBreakdown = shape<Breakdown>({ rows: (row) => matches(row, BREAKDOWN_ROW) });
export const isClicksPage = shape<ClicksPage>(page(isClickRow));
export const isConversionsPage = shape<ConversionsPage>(page(isConversionRow));
export const isConversionResult = shape<ConversionResult>({
  conversion_id: "number",
  status: "string",
  duplicate: "boolean",
});
