import { ValidationError } from "@offerkit/errors";

/**
 * A setting, checked: `fallback` when not given, else a number > 0 (>= 0 with `orZero`; `Infinity` for none).
 * Anything else is a programming error worth failing loudly on: a `ValidationError` (code `invalid_option`) naming
 * the setting.
 */
export function setting<F extends number | undefined>(
  name: string,
  value: number | undefined,
  fallback: F,
  orZero = false,
  sdk?: string,
): number | F {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(orZero ? value >= 0 : value > 0))
    throw invalidOption(name, `must be a number ${orZero ? ">=" : ">"} 0, got ${describeValue(value)}`, sdk);
  return value;
}

/**
 * A caller's value in a message, without running any of its code: `String()` of an object calls its `toString`,
 * which may throw (or not exist, as on `Object.create(null)`); `JSON.stringify` throws on a BigInt or a throwing
 * `toJSON`, and spells `NaN` as `null`. Either would replace the `ValidationError` being built.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n`;
  }
  return value === null ? "null" : `(${Array.isArray(value) ? "array" : typeof value})`;
}

/** Retries after the first attempt: a whole number >= 0. */
export const retries = (value: number | undefined, fallback: number, sdk?: string) =>
  Math.floor(setting("maxRetries", value, fallback, true, sdk));

/** The `ValidationError` of a client or call option that cannot be used. */
export const invalidOption = (name: string, problem: string, sdk: string | undefined) =>
  new ValidationError(`${name} ${problem}`, { sdk, code: "invalid_option", param: name });
