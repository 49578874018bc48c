import { ValidationError } from "@offerkit/errors";
import { SDK } from "../internal/errors.js";
import type { FilterValue } from "../internal/filters.js";

/** The comparison of a report filter. */
export type ReportOperator =
  | "EQUAL_TO"
  | "NOT_EQUAL_TO"
  | "LESS_THAN"
  | "LESS_THAN_OR_EQUAL_TO"
  | "GREATER_THAN"
  | "GREATER_THAN_OR_EQUAL_TO"
  | "BETWEEN"
  | "LIKE"
  | "NOT_LIKE"
  | "NULL"
  | "NOT_NULL";

/**
 * A report filter on one qualified field: the API's own `{ conditional, values }`, or the shorthands a value
 * (`EQUAL_TO` it) and a list (`EQUAL_TO` any of them). `BETWEEN` takes two values, inclusive; `NULL`/`NOT_NULL` none.
 */
export type ReportFilter =
  | FilterValue
  | readonly FilterValue[]
  | { conditional: ReportOperator; values?: FilterValue | readonly FilterValue[] | undefined };

/** Report filters by qualified field (`Stat.date`, `Stat.offer_id`); a bare field means `Stat.<field>`. */
export type ReportFilters = Record<string, ReportFilter | undefined>;

const OPERATORS = new Set<string>([
  "EQUAL_TO",
  "NOT_EQUAL_TO",
  "LESS_THAN",
  "LESS_THAN_OR_EQUAL_TO",
  "GREATER_THAN",
  "GREATER_THAN_OR_EQUAL_TO",
  "BETWEEN",
  "LIKE",
  "NOT_LIKE",
  "NULL",
  "NOT_NULL",
]);

/**
 * Turns report filters into the API's syntax:
 * `filters[Stat.date][conditional]=BETWEEN&filters[Stat.date][values][]=2024-01-01&filters[Stat.date][values][]=2024-01-31`.
 */
export function encodeReportFilters(filters: ReportFilters | undefined): Record<string, unknown> | undefined {
  if (!filters) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, filter] of Object.entries(filters)) {
    if (filter === undefined || filter === null) continue;
    const field = name.includes(".") ? name : `Stat.${name}`;
    out[field] = encodeOne(field, filter);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function encodeOne(field: string, filter: ReportFilter): { conditional: string; values?: unknown } {
  if (typeof filter !== "object") return { conditional: "EQUAL_TO", values: filter };
  if (Array.isArray(filter)) {
    if (filter.length === 0) throw invalid(field, "an empty list matches nothing");
    return { conditional: "EQUAL_TO", values: [...filter] };
  }
  const { conditional, values } = filter as {
    conditional: string;
    values?: FilterValue | readonly FilterValue[];
  };
  if (!OPERATORS.has(conditional)) throw invalid(field, `unknown conditional \`${conditional}\``);
  const list = values === undefined ? [] : Array.isArray(values) ? [...values] : [values];
  if (conditional === "NULL" || conditional === "NOT_NULL") {
    if (list.length > 0) throw invalid(field, `${conditional} takes no values`);
    return { conditional };
  }
  if (conditional === "BETWEEN" && list.length !== 2)
    throw invalid(field, "BETWEEN takes exactly two values");
  if (list.length === 0) throw invalid(field, `${conditional} needs a value`);
  return { conditional, values: list.length === 1 && !Array.isArray(values) ? list[0] : list };
}

function invalid(field: string, problem: string): ValidationError {
  return new ValidationError(`Invalid report filter ${field}: ${problem}`, {
    sdk: SDK,
    param: `filters.${field}`,
    code: "invalid_filter",
  });
}
