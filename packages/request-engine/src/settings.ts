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
    throw invalidOption(name, `must be a number ${orZero ? ">=" : ">"} 0, got ${String(value)}`, sdk);
  return value;
}

/** Retries after the first attempt: a whole number >= 0. */
export const retries = (value: number | undefined, fallback: number, sdk?: string) =>
  Math.floor(setting("maxRetries", value, fallback, true, sdk));

/** The `ValidationError` of a client or call option that cannot be used. */
export const invalidOption = (name: string, problem: string, sdk: string | undefined) =>
  new ValidationError(`${name} ${problem}`, { sdk, code: "invalid_option", param: name });
