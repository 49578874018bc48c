import { invalid } from "./invalid.js";

/**
 * ISO 4217 currencies whose minor unit is not a hundredth, by number of decimals. The API counts money in minor
 * units ("cents"), so 500 JPY is `payout_cents: 500` and 1.234 KWD is 1234. Every other code has two decimals.
 */
const DECIMALS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(" ").map((c) => [c, 0]),
  ),
  ...Object.fromEntries("BHD IQD JOD KWD LYD OMR TND".split(" ").map((c) => [c, 3])),
  CLF: 4,
  UYW: 4,
};

/** Decimals of `currency`'s minor unit: 2 unless ISO 4217 says otherwise (and when no currency is given). */
export const minorDigits = (currency: unknown): number =>
  typeof currency === "string" && Object.hasOwn(DECIMALS, currency) ? (DECIMALS[currency] as number) : 2;

/**
 * Converts a decimal amount to exact integer minor units ("cents") without float drift: 19.99 → 1999, 0.29 → 29,
 * 12.5 → 1250; with `currency` "JPY" 500 → 500, with "KWD" 1.234 → 1234. Reads the digits of `toFixed` (the exact
 * decimal value rounded to the minor unit), never `n * 100`, which gives 1998.9999999999998 for 19.99; an amount
 * those digits do not spell exactly has more decimal places than the currency, which is an error rather than a
 * silent rounding of money. Without `currency`, two decimals (the network's currency is not known to the SDK).
 */
export function toCents(value: unknown, param: string, currency?: string): number {
  const digits = minorDigits(currency);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalid(param, "invalid_amount", `${param} must be a finite number`);
  }
  const fixed = value.toFixed(digits);
  if (Number(fixed) !== value) {
    const problem = digits
      ? `has more than ${digits} decimal places (${value})`
      : `must be a whole number of ${currency} (${value})`;
    throw invalid(param, "invalid_amount", `${param} ${problem}; round it, or pass ${param}_cents`);
  }
  // From 1e21 up, toFixed gives the exponent form, whose "cents" are no safe integer either.
  const cents = Number(fixed.replace(".", ""));
  if (!Number.isSafeInteger(cents)) throw invalid(param, "invalid_amount", `${param} is too large`);
  return cents;
}

/**
 * Resolves one amount given as a decimal (`payout`) and/or as minor units (`payout_cents`) to minor units, or
 * `undefined` when neither is given. Both forms are accepted only when they agree.
 */
export function resolveCents(
  decimal: unknown,
  cents: unknown,
  name: string,
  currency?: string,
): number | undefined {
  const centsName = `${name}_cents`;
  if (cents !== undefined && !Number.isSafeInteger(cents)) {
    throw invalid(centsName, "invalid_amount", `${centsName} must be a whole number of cents, got ${cents}`);
  }
  if (decimal === undefined) return cents as number | undefined;
  const converted = toCents(decimal, name, currency);
  if (cents !== undefined && cents !== converted) {
    throw invalid(name, "conflicting_amounts", `${name} (${decimal}) and ${centsName} (${cents}) disagree`);
  }
  return converted;
}
