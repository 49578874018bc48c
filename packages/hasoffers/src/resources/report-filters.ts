import { type FilterValue, filterError, nonEmpty, WIRE_OPERATORS } from "../internal/filters.js";

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

const OPERATORS = ["EQUAL_TO", "BETWEEN", ...WIRE_OPERATORS];

/**
 * Turns report filters into the API's syntax:
 * `filters[Stat.date][conditional]=BETWEEN&filters[Stat.date][values][]=2024-01-01&filters[Stat.date][values][]=2024-01-31`.
 */
export function encodeReportFilters(filters: ReportFilters | undefined): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [name, filter] of Object.entries(filters ?? {})) {
    const field = name.includes(".") ? name : `Stat.${name}`;
    if (filter !== undefined && filter !== null) out[field] = encodeOne(`filters.${field}`, filter);
  }
  return nonEmpty(out);
}

function encodeOne(param: string, filter: ReportFilter): { conditional: string; values?: unknown } {
  if (typeof filter !== "object") return { conditional: "EQUAL_TO", values: filter };
  if (Array.isArray(filter)) {
    if (filter.length === 0) throw filterError(param, "an empty list matches nothing");
    return { conditional: "EQUAL_TO", values: [...filter] };
  }
  const { conditional, values } = filter as { conditional: string; values?: FilterValue | FilterValue[] };
  const list = [values ?? []].flat();
  const problem = !OPERATORS.includes(conditional)
    ? "is not a conditional"
    : conditional.endsWith("NULL")
      ? list.length > 0 && "takes no values"
      : conditional === "BETWEEN"
        ? list.length !== 2 && "takes two values"
        : list.length === 0 && "needs a value";
  if (problem) throw filterError(param, `${conditional} ${problem}`);
  if (conditional.endsWith("NULL")) return { conditional };
  return { conditional, values: Array.isArray(values) ? list : values };
}
