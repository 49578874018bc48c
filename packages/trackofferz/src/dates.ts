import { invalid } from "./invalid.js";

/** True for a real calendar date in `YYYY-MM-DD` form (`2026-02-29` is not one; `2028-02-29` is). */
export function isCalendarDate(value: unknown): value is string {
  // A day that does not exist either fails to parse or rolls over into another date: both differ from the input.
  return (
    typeof value === "string" &&
    /^\d{4}-\d\d-\d\d$/.test(value) &&
    new Date(value).toJSON()?.startsWith(value) === true
  );
}

/**
 * Checks a report's `from`/`to` before any request: each a real date, both or neither (neither lets the API use
 * the last 30 days), and `from` not after `to`. Throws a `ValidationError` naming the parameter. No parameters
 * at all (`null` or `undefined` from plain JavaScript) means neither date.
 */
export function checkDateRange(params: { from?: unknown; to?: unknown } | null | undefined): void {
  const { from, to } = params ?? {};
  for (const [name, value] of Object.entries({ from, to })) {
    if (value !== undefined && !isCalendarDate(value)) {
      const got =
        typeof value === "string" ? JSON.stringify(value) : value instanceof Date ? "a Date" : typeof value;
      throw invalid(name, "invalid_date", `${name} must be a YYYY-MM-DD calendar date, got ${got}`);
    }
  }
  if ((from === undefined) !== (to === undefined)) {
    const [name, other] = from === undefined ? ["from", "to"] : ["to", "from"];
    throw invalid(
      name,
      "invalid_parameter",
      `${name} is required with ${other} (omit both for the last 30 days)`,
    );
  }
  // Both are valid dates or both are missing here; YYYY-MM-DD strings compare in date order.
  if ((from as string) > (to as string)) {
    throw invalid("from", "invalid_range", `from (${from}) is after to (${to})`);
  }
}
