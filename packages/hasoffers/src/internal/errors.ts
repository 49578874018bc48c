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
