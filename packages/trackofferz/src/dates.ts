import { invalid } from "./invalid.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (`2026-02-29` is not one; `2028-02-29` is). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks a report's `from`/`to` before any request: each a real date, both or neither (neither lets the API use
 * the last 30 days), and `from` not after `to`. Throws a `ValidationError` naming the parameter.
 */
export function checkDateRange(params: { from?: unknown; to?: unknown }): void {
  const { from, to } = params;
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value)) {
      throw invalid(
        name,
        "invalid_date",
        `${name} must be a calendar date in YYYY-MM-DD form (got ${show(value)})`,
      );
    }
  }
  if (from === undefined && to !== undefined) {
    throw invalid(
      "from",
      "invalid_parameter",
      "from is required when to is given (or omit both for the last 30 days)",
    );
  }
  if (to === undefined && from !== undefined) {
    throw invalid(
      "to",
      "invalid_parameter",
      "to is required when from is given (or omit both for the last 30 days)",
    );
  }
  if (typeof from === "string" && typeof to === "string" && from > to) {
    throw invalid("from", "invalid_range", `from (${from}) must not be after to (${to})`);
  }
}

function show(value: unknown): string {
  return typeof value === "string"
    ? JSON.stringify(value)
    : value instanceof Date
      ? "a Date object"
      : typeof value;
}
