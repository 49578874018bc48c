/**
 * A setting, checked: `fallback` when not given, else a number > 0 (>= 0 with `orZero`; `Infinity` for none).
 * Anything else is a programming error worth failing loudly on.
 */
export function setting<F extends number | undefined>(
  name: string,
  value: number | undefined,
  fallback: F,
  orZero = false,
): number | F {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(orZero ? value >= 0 : value > 0))
    throw new RangeError(`${name} must be a number ${orZero ? ">=" : ">"} 0, got ${value}`);
  return value;
}

/** Retries after the first attempt: a whole number >= 0. */
export const retries = (value: number | undefined, fallback: number) =>
  Math.floor(setting("maxRetries", value, fallback, true));
