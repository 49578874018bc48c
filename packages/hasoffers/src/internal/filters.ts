import { ValidationError } from "@offerkit/errors";
import { SDK } from "./errors.js";

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
const FLAGS = new Set(["null", "not_null", "true", "false"]);

/**
 * Turns filters into the API's `filters` parameter (`filters[f]=v`, `filters[f][]=a`, `filters[f][GREATER_THAN]=5`,
 * `filters[OR][…]`). Every form works inside `OR` too. Throws `ValidationError` for an unknown operator, an empty
 * list (the API would ignore it and match everything) or an operator given a list.
 */
export function encodeFilters(filters: Filters | undefined): Record<string, unknown> | undefined {
  if (!filters) return undefined;
  const { OR, ...and } = filters as Filters & { OR?: FilterGroup };
  const out = encodeGroup(and, "filters");
  if (OR !== undefined && OR !== null) {
    if (typeof OR !== "object" || Array.isArray(OR))
      throw invalid("filters.OR", "`OR` takes an object of conditions");
    const group = encodeGroup(OR, "filters.OR");
    if (Object.keys(group).length > 0) out.OR = group;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function encodeGroup(group: FilterGroup, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, condition] of Object.entries(group)) {
    if (field === "OR") throw invalid(`${path}.OR`, "`OR` groups cannot be nested");
    const encoded = encodeCondition(condition, `${path}.${field}`);
    if (encoded !== undefined) out[field] = encoded;
  }
  return out;
}

function encodeCondition(condition: FilterCondition, path: string): unknown {
  if (condition === undefined || condition === null) return undefined;
  if (Array.isArray(condition)) {
    if (condition.length === 0)
      throw invalid(
        path,
        "an empty list matches nothing, but HasOffers would ignore it and match everything",
      );
    for (const item of condition) scalar(item, path);
    return [...condition];
  }
  if (typeof condition === "object") {
    const out: Record<string, unknown> = {};
    for (const [op, value] of Object.entries(condition)) {
      const wire = OPERATORS[op as keyof FilterOperators];
      if (!wire)
        throw invalid(path, `unknown filter operator \`${op}\` (use ${Object.keys(OPERATORS).join(", ")})`);
      if (value === undefined || value === null) continue;
      if (FLAGS.has(op)) {
        if (typeof value !== "boolean") throw invalid(`${path}.${op}`, `\`${op}\` takes true or false`);
        if (value) out[wire] = 1;
        continue;
      }
      out[wire] = scalar(value, `${path}.${op}`);
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return scalar(condition, path);
}

function scalar(value: unknown, path: string): FilterValue {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw invalid(path, "expected a string, a finite number or a boolean");
}

function invalid(param: string, problem: string): ValidationError {
  return new ValidationError(`Invalid filter ${param}: ${problem}`, {
    sdk: SDK,
    param,
    code: "invalid_filter",
  });
}
