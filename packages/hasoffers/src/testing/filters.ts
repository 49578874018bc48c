import { fail, unknownField } from "./api-failure.js";
import type { Wire } from "./models/spec.js";
import type { PhpValue } from "./php-params.js";

/** The 11 operators of model finders (§8.4). */
export const OPERATORS = [
  "NOT_EQUAL_TO",
  "LESS_THAN",
  "LESS_THAN_OR_EQUAL_TO",
  "GREATER_THAN",
  "GREATER_THAN_OR_EQUAL_TO",
  "LIKE",
  "NOT_LIKE",
  "NULL",
  "NOT_NULL",
  "TRUE",
  "FALSE",
] as const;

/** Reads a field of a row; `undefined` means the field does not exist (the finder rejects it). */
export type FieldReader = (field: string) => Wire | undefined;

const NUMERIC = /^-?\d+(\.\d+)?$/;

function scalar(value: Wire | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "object") return null;
  return String(value);
}

/**
 * Compares two wire values as MySQL would for these columns: numerically when both look numeric, otherwise as
 * case-insensitive text (the default collation); `null` sorts first.
 */
export function compareValues(a: Wire | undefined, b: Wire | undefined): number {
  const x = scalar(a);
  const y = scalar(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  if (NUMERIC.test(x) && NUMERIC.test(y)) return Number(x) - Number(y);
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  return lx < ly ? -1 : lx > ly ? 1 : 0;
}

function equals(a: Wire | undefined, b: string): boolean {
  return scalar(a) !== null && compareValues(a, b) === 0;
}

/** SQL `LIKE` with `%` and `_`, case-insensitive. */
function like(value: Wire | undefined, pattern: string): boolean {
  const text = scalar(value);
  if (text === null) return false;
  let source = "";
  for (const ch of pattern)
    source += ch === "%" ? ".*" : ch === "_" ? "." : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${source}$`, "is").test(text);
}

function single(op: string, value: PhpValue): string {
  if (typeof value !== "string") fail(`Filter operator ${op} takes a single value`);
  return value;
}

function applyOperator(op: string, value: PhpValue, actual: Wire | undefined): boolean {
  switch (op) {
    case "NOT_EQUAL_TO":
      // A list is accepted as "none of these", the mirror image of the IN form.
      if (typeof value !== "string")
        return !Object.values(value).some((v) => typeof v === "string" && equals(actual, v));
      return scalar(actual) === null || !equals(actual, value);
    case "LESS_THAN":
      return scalar(actual) !== null && compareValues(actual, single(op, value)) < 0;
    case "LESS_THAN_OR_EQUAL_TO":
      return scalar(actual) !== null && compareValues(actual, single(op, value)) <= 0;
    case "GREATER_THAN":
      return scalar(actual) !== null && compareValues(actual, single(op, value)) > 0;
    case "GREATER_THAN_OR_EQUAL_TO":
      return scalar(actual) !== null && compareValues(actual, single(op, value)) >= 0;
    case "LIKE":
      return like(actual, single(op, value));
    case "NOT_LIKE":
      return scalar(actual) !== null && !like(actual, single(op, value));
    case "NULL":
      return actual === null;
    case "NOT_NULL":
      return actual !== null;
    case "TRUE":
      return scalar(actual) === "1" || scalar(actual) === "true";
    case "FALSE":
      return scalar(actual) === "0" || scalar(actual) === "false";
    default:
      return fail(`Invalid filter operator: ${op}`);
  }
}

/** One field's condition: `=v`, `[]=a&[]=b` (IN), or `[OPERATOR]=v` (several operators are AND-ed). */
function matchCondition(field: string, condition: PhpValue, read: FieldReader): boolean {
  const actual = read(field);
  if (actual === undefined) unknownField(field);
  if (typeof condition === "string") return equals(actual, condition);
  if (Array.isArray(condition)) return condition.some((v) => typeof v === "string" && equals(actual, v));
  const keys = Object.keys(condition);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return Object.values(condition).some((v) => typeof v === "string" && equals(actual, v));
  }
  return keys.every((op) => applyOperator(op, condition[op]!, actual));
}

function matchGroup(group: PhpValue, read: FieldReader, mode: "AND" | "OR"): boolean {
  // `filters[OR][0][a]=…&filters[OR][1][b]=…`: a list of AND-ed sub-groups.
  if (Array.isArray(group)) {
    const parts = group.map((sub) => matchGroup(sub, read, "AND"));
    return mode === "OR" ? parts.some(Boolean) : parts.every(Boolean);
  }
  if (typeof group === "string") fail(`Invalid filter group: ${mode}`);
  const parts = Object.entries(group).map(([key, condition]) =>
    key === "OR" || key === "AND" ? matchGroup(condition, read, key) : matchCondition(key, condition, read),
  );
  if (parts.length === 0) return true;
  return mode === "OR" ? parts.some(Boolean) : parts.every(Boolean);
}

/**
 * Tells whether a row passes a model finder's `filters`: top-level conditions are AND-ed, `filters[OR][…]`
 * groups are OR-ed (operators and IN lists included; a list of sub-groups is accepted too). Unknown fields and
 * operators throw the API's refusal.
 */
export function matchFilters(filters: PhpValue | undefined, read: FieldReader): boolean {
  if (filters === undefined || filters === "") return true;
  return matchGroup(filters, read, "AND");
}
