import { defineSdkError, ValidationError } from "@offerkit/errors";

/** The SDK name every HasOffers error carries (`error.sdk`). */
export const SDK = "hasoffers";

/**
 * The catch-all class of this SDK: `error instanceof HasOffersError` is true for every error the HasOffers client
 * throws, whichever shared class it is (`ValidationError`, `RateLimitError`, `TimeoutError`…).
 */
// Pure: an entry that only needs `invalid` (./raw-logs) does not carry the class.
export const HasOffersError = /* @__PURE__ */ defineSdkError("HasOffersError", SDK);

/** A `ValidationError` of this SDK: an argument refused before anything is sent. */
export function invalid(message: string, param?: string, code?: string, cause?: unknown): ValidationError {
  return new ValidationError(message, { sdk: SDK, param, code, cause });
}

/**
 * A caller's value in a message, without running its code: `JSON.stringify` throws on a BigInt or a throwing
 * `toJSON`, and spells `NaN` as `null`.
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
