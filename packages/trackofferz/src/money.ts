import { invalid } from "./invalid.js";

/**
 * Converts a decimal amount to exact integer cents without float drift: 19.99 → 1999, 0.29 → 29, 12.5 → 1250.
 * Reads the digits of `toFixed(2)` (the exact decimal value rounded to cents), never `n * 100`, which gives
 * 1998.9999999999998 for 19.99; an amount those cents do not spell exactly has more than two decimal places, which
 * is an error rather than a silent rounding of money.
 */
export function toCents(value: unknown, param: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalid(param, "invalid_amount", `${param} must be a finite number`);
  }
  const fixed = value.toFixed(2);
  if (Number(fixed) !== value) {
    throw invalid(
      param,
      "invalid_amount",
      `${param} has more than two decimal places (${value}); round it, or pass ${param}_cents`,
    );
  }
  // From 1e21 up, toFixed gives the exponent form, whose "cents" are no safe integer either.
  const cents = Number(fixed.replace(".", ""));
  if (!Number.isSafeInteger(cents)) throw invalid(param, "invalid_amount", `${param} is too large`);
  return cents;
}

/**
 * Resolves one amount given as a decimal (`payout`) and/or as cents (`payout_cents`) to cents, or `undefined` when
 * neither is given. Both forms are accepted only when they agree.
 */
export function resolveCents(decimal: unknown, cents: unknown, name: string): number | undefined {
  const centsName = `${name}_cents`;
  if (cents !== undefined && !Number.isSafeInteger(cents)) {
    throw invalid(centsName, "invalid_amount", `${centsName} must be a whole number of cents, got ${cents}`);
  }
  if (decimal === undefined) return cents as number | undefined;
  const converted = toCents(decimal, name);
  if (cents !== undefined && cents !== converted) {
    throw invalid(name, "conflicting_amounts", `${name} (${decimal}) and ${centsName} (${cents}) disagree`);
  }
  return converted;
}
