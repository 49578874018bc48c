import type { Breakdown, ClicksPage, ConversionResult, ConversionsPage, Summary } from "./types.js";

// Cheap structural checks of 2xx bodies: enough to turn a proxy's or a broken server's answer into an
// InvalidResponseError instead of a TypeError deep in the caller's code. Full schema checks live in the tests.

/** A runtime check that a parsed body has the shape a call promises. */
export type Shape<T> = (body: unknown) => body is T;

/** Field name → its `typeof`, or the spec every element of an array field must match. */
interface Spec {
  [field: string]: string | Spec;
}

function matches(value: unknown, spec: Spec): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in spec) {
    const type = spec[key];
    const field = (value as Record<string, unknown>)[key];
    // A number must be finite: JSON's 1e400 parses to Infinity, which no count or amount can be.
    const ok =
      typeof type === "string"
        ? typeof field === type && (type !== "number" || Number.isFinite(field))
        : Array.isArray(field) && field.every((row) => matches(row, type as Spec));
    if (!ok) return false;
  }
  return true;
}

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

const page = (rowKey: string, type: string): Spec => ({
  page: "number",
  page_size: "number",
  total: "number",
  has_next: "boolean",
  rows: { [rowKey]: type, created_at: "string" },
});

export const isSummary = shape<Summary>({ ...TOTALS, from: "string", to: "string", currency: "string" });
export const isBreakdown = shape<Breakdown>({ rows: { key: "string", label: "string", ...TOTALS } });
export const isClicksPage = shape<ClicksPage>(page("transaction_id", "string"));
export const isConversionsPage = shape<ConversionsPage>(page("conversion_id", "number"));
export const isConversionResult = shape<ConversionResult>({
  conversion_id: "number",
  status: "string",
  duplicate: "boolean",
});
