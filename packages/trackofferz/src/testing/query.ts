import type { ConversionStatus } from "../types.js";
import { dateOf, dayNumber } from "./calendar.js";
import { CONVERSION_STATUSES } from "./catalog.js";
import { fail } from "./problem.js";

/** The query parameters each route defines (kept equal to the spec by a test). Anything else is a 400. */
export const QUERY_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  "/reports/summary": ["from", "to", "campaign_id", "publisher_id"],
  "/reports/breakdown": ["by", "from", "to", "limit"],
  "/reports/conversions": ["from", "to", "campaign_id", "publisher_id", "status", "page", "page_size"],
  "/reports/clicks": ["from", "to", "campaign_id", "publisher_id", "page", "page_size"],
  "/conversions": [],
};

export const BREAKDOWN_BY = ["campaign", "publisher", "country", "day"] as const;

/** A report query after validation, dates as day numbers. */
export interface ReportQuery {
  fromDay: number;
  toDay: number;
  from: string;
  to: string;
  campaign_id?: number | undefined;
  publisher_id?: number | undefined;
  status?: ConversionStatus | undefined;
  by?: (typeof BREAKDOWN_BY)[number] | undefined;
  limit: number;
  page: number;
  page_size: number;
}

/**
 * Validates a route's query as the contract says: unknown or repeated parameters, bad dates, half a range, a
 * reversed or over-366-day range, and out-of-range numbers are 400s naming the parameter.
 */
export function parseQuery(route: string, search: URLSearchParams, today: number): ReportQuery {
  const allowed = QUERY_PARAMETERS[route] ?? [];
  const seen = new Set<string>();
  for (const name of search.keys()) {
    if (!allowed.includes(name)) fail(400, "invalid_parameter", `Unknown query parameter: ${name}`, name);
    if (seen.has(name)) fail(400, "invalid_parameter", `${name} was given more than once`, name);
    seen.add(name);
  }
  const get = (name: string) => search.get(name) ?? undefined;
  const day = (name: string) => {
    const value = get(name);
    if (value === undefined) return undefined;
    return dayNumber(value) ?? fail(400, "invalid_date", `${name} must be a date in YYYY-MM-DD form`, name);
  };
  const from = day("from");
  const to = day("to");
  if (from === undefined && to !== undefined)
    fail(400, "invalid_parameter", "from is required when to is given", "from");
  if (to === undefined && from !== undefined)
    fail(400, "invalid_parameter", "to is required when from is given", "to");
  const fromDay = from ?? today - 29;
  const toDay = to ?? today;
  if (fromDay > toDay) fail(400, "invalid_range", "from must not be after to", "from");
  if (toDay - fromDay + 1 > 366) fail(400, "invalid_range", "The range must not span more than 366 days");
  const int = (name: string, min: number, max: number, fallback?: number) => {
    const value = get(name);
    if (value === undefined) return fallback;
    const n = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (!(n >= min && n <= max))
      fail(400, "invalid_parameter", `${name} must be an integer in ${min}..${max}`, name);
    return n;
  };
  const oneOf = <T extends string>(name: string, values: readonly T[]) => {
    const value = get(name);
    if (value !== undefined && !values.includes(value as T)) {
      fail(400, "invalid_parameter", `${name} must be one of ${values.join(", ")}`, name);
    }
    return value as T | undefined;
  };
  const by = oneOf("by", BREAKDOWN_BY);
  if (route === "/reports/breakdown" && by === undefined)
    fail(400, "invalid_parameter", "by is required", "by");
  return {
    fromDay,
    toDay,
    from: dateOf(fromDay),
    to: dateOf(toDay),
    campaign_id: int("campaign_id", 1, 2_147_483_647),
    publisher_id: int("publisher_id", 1, 2_147_483_647),
    status: oneOf("status", CONVERSION_STATUSES),
    by,
    limit: int("limit", 1, 1000, 100) as number,
    page: int("page", 1, 2_147_483_647, 1) as number,
    page_size: int("page_size", 1, 1000, 100) as number,
  };
}
