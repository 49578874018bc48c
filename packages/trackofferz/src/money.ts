import { invalid } from "./invalid.js";

/**
 * Converts a decimal amount to exact integer cents without float drift: 19.99 → 1999, 0.29 → 29, 12.5 → 1250.
 * Works on the number's shortest decimal spelling (what `String(n)` prints), never on `n * 100`, which gives
 * 1998.9999999999998 for 19.99. More than two decimal places is an error rather than a silent rounding of money.
 */
export function toCents(value: unknown, param: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalid(param, "invalid_amount", `${param} must be a finite number`);
  }
  const [mantissa = "0", exponent = "0"] = String(Math.abs(value)).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const padded = point < 0 ? "0".repeat(-point) + digits : digits.padEnd(point, "0");
  const at = Math.max(point, 0);
  const intPart = padded.slice(0, at) || "0";
  const fracPart = padded.slice(at).replace(/0+$/, "");
  if (fracPart.length > 2) {
    throw invalid(
      param,
      "invalid_amount",
      `${param} has more than two decimal places (${value}); round it, or pass ${param}_cents as an integer`,
    );
  }
  const cents = Number(intPart) * 100 + Number(fracPart.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) throw invalid(param, "invalid_amount", `${param} is too large`);
  return value < 0 && cents !== 0 ? -cents : cents;
}

/**
 * Resolves one amount given as a decimal (`payout`) and/or as cents (`payout_cents`) to cents, or `undefined` when
 * neither is given. Both forms are accepted only when they agree.
 */
export function resolveCents(decimal: unknown, cents: unknown, name: string): number | undefined {
  const centsName = `${name}_cents`;
  if (cents !== undefined && !Number.isSafeInteger(cents)) {
    throw invalid(
      centsName,
      "invalid_amount",
      `${centsName} must be an integer number of cents (got ${cents})`,
    );
  }
  if (decimal === undefined) return cents as number | undefined;
  const converted = toCents(decimal, name);
  if (cents !== undefined && cents !== converted) {
    throw invalid(
      name,
      "conflicting_amounts",
      `${name} (${decimal}) and ${centsName} (${cents}) disagree; pass only one of them`,
    );
  }
  return converted;
}
