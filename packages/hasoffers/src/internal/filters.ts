import type { ValidationError } from "@offerkit/errors";
import { invalid } from "./errors.js";

/** A value the API compares with (sent as text; booleans as `1`/`0`). */
export type FilterValue = string | number | boolean;

/**
 * Conditions on one field by operator, AND-ed. `null`, `not_null`, `true` and `false` take `true` (`false` or
 * omitted leaves them out).
 */
export interface FilterOperators {
  ne?: FilterValue;
  lt?: FilterValue;
  lte?: FilterValue;
  gt?: FilterValue;
  gte?: FilterValue;
  /** SQL LIKE: `%` matches any run of characters. */
  like?: string;
  not_like?: string;
  null?: boolean;
  not_null?: boolean;
  true?: boolean;
  false?: boolean;
}

/** One field's condition: equality, one of a non-empty list, or operators. `undefined`/`null` adds nothing. */
export type FilterCondition = FilterValue | readonly FilterValue[] | FilterOperators | null | undefined;

/** Conditions on fields `F`, AND-ed. */
export type FilterGroup<F extends string = string> = { [K in F]?: FilterCondition };

/** Model filters: conditions AND-ed, and the conditions under `OR` (any form) OR-ed. */
export type Filters<F extends string = string> = FilterGroup<F> & { OR?: FilterGroup<F> };

// The flags (`null`, `not_null`, `true`, `false`) come last: report filters take the nine before `TRUE`.
const OPERATORS: Record<keyof FilterOperators, string> = {
  ne: "NOT_EQUAL_TO",
  lt: "LESS_THAN",
  lte: "LESS_THAN_OR_EQUAL_TO",
  gt: "GREATER_THAN",
  gte: "GREATER_THAN_OR_EQUAL_TO",
  like: "LIKE",
  not_like: "NOT_LIKE",
  null: "NULL",
  not_null: "NOT_NULL",
  true: "TRUE",
  false: "FALSE",
};

/** The wire operators that compare with a value or test for null (`NOT_EQUAL_TO`…`NOT_NULL`). */
export const WIRE_OPERATORS = Object.values(OPERATORS).slice(0, 9);

/**
 * Turns filters into the API's `filters` parameter (`filters[f]=v`, `filters[f][]=a`, `filters[f][GREATER_THAN]=5`,
 * `filters[OR][…]`). Every form works inside `OR` too. Throws `ValidationError` for an unknown operator, an empty
 * list (the API would ignore it and match everything) or an operator given a list.
 */
export function encodeFilters(filters: Filters | undefined): Record<string, unknown> | undefined {
  const { OR, ...and } = (filters ?? {}) as Filters & { OR?: FilterGroup };
  const out = encodeGroup(and, "filters");
  if (OR !== undefined && OR !== null) {
    if (typeof OR !== "object" || Array.isArray(OR)) throw filterError("filters.OR", "takes an object");
    const group = nonEmpty(encodeGroup(OR, "filters.OR"));
    if (group) out.OR = group;
  }
  return nonEmpty(out);
}

function encodeGroup(group: FilterGroup, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, condition] of Object.entries(group)) {
    const param = `${path}.${field}`;
    if (field === "OR") throw filterError(param, "cannot be nested");
    const encoded = encodeCondition(condition, param);
    if (encoded !== undefined) out[field] = encoded;
  }
  return out;
}

function encodeCondition(condition: FilterCondition, path: string): unknown {
  if (condition === undefined || condition === null) return undefined;
  if (Array.isArray(condition)) {
    if (condition.length === 0) throw filterError(path, "an empty list would match everything");
    return condition.map((item) => scalar(item, path));
  }
  if (typeof condition !== "object") return scalar(condition, path);
  const out: Record<string, unknown> = {};
  for (const [op, value] of Object.entries(condition)) {
    const wire = OPERATORS[op as keyof FilterOperators];
    if (!wire) throw filterError(path, `unknown operator ${op} (use ${Object.keys(OPERATORS).join(", ")})`);
    if (value === undefined || value === null) continue;
    const param = `${path}.${op}`;
    if (/null|true|false/.test(op)) {
      // A flag: `true` adds it, `false` leaves it out.
      if (typeof value !== "boolean") throw filterError(param, "takes true or false");
      if (value) out[wire] = 1;
    } else out[wire] = scalar(value, param);
  }
  return nonEmpty(out);
}

function scalar(value: unknown, path: string): FilterValue {
  if (typeof value === "string" || typeof value === "boolean" || Number.isFinite(value))
    return value as FilterValue;
  throw filterError(path, "expected a string, a finite number or a boolean");
}

/** `out`, or `undefined` when it is empty: nothing to send. */
export function nonEmpty<T extends object>(out: T): T | undefined {
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A filter refused before sending; `param` is its path (`filters.OR.status`). */
export function filterError(param: string, problem: string): ValidationError {
  return invalid(`Invalid filter ${param}: ${problem}`, param, "invalid_filter");
}
