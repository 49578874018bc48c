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
    throw invalidOption(name, `must be a number ${orZero ? ">=" : ">"} 0, got ${shown(value)}`, sdk);
  return value;
}

/**
 * A rejected value in a message, without running any of its code: `String()` of an object calls its `toString`,
 * which may throw (or not exist, as on `Object.create(null)`) and would replace the `ValidationError`.
 */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  return String(value);
}

/** Retries after the first attempt: a whole number >= 0. */
export const retries = (value: number | undefined, fallback: number, sdk?: string) =>
  Math.floor(setting("maxRetries", value, fallback, true, sdk));

/** The `ValidationError` of a client or call option that cannot be used. */
export const invalidOption = (name: string, problem: string, sdk: string | undefined) =>
  new ValidationError(`${name} ${problem}`, { sdk, code: "invalid_option", param: name });
