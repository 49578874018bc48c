import { type OfferkitError, RateLimitError } from "@offerkit/errors";

/** Whole seconds to wait, rounded up so a caller that waits `retryAfter` seconds is never early. */
const seconds = (ms: number) => Math.ceil(ms / 1000);

/**
 * `error` with `retryAfter` filled in from the server's wait when it is a `RateLimitError` that lacks it. The copy
 * keeps the class (including an SDK's own subclass), stack and every field.
 */
export function withRetryAfter(error: OfferkitError, retryAfterMs: number | undefined): OfferkitError {
  if (retryAfterMs === undefined || !(error instanceof RateLimitError) || error.retryAfter !== undefined)
    return error;
  return Object.defineProperties(Object.create(Object.getPrototypeOf(error)), {
    ...Object.getOwnPropertyDescriptors(error),
    retryAfter: { value: seconds(retryAfterMs), enumerable: true, writable: true, configurable: true },
  });
}

/**
 * The error for a `Retry-After` beyond the client's ceiling: a `RateLimitError` with `retryAfter` set (seconds),
 * so the caller can schedule the call itself instead of the SDK sleeping for minutes.
 */
export function beyondCeiling(error: OfferkitError, retryAfterMs: number, sdk: string): OfferkitError {
  if (error instanceof RateLimitError) return withRetryAfter(error, retryAfterMs);
  const { message, status, code, requestId } = error;
  return new RateLimitError(message, {
    sdk,
    status,
    code,
    requestId,
    retryAfter: seconds(retryAfterMs),
    cause: error,
  });
}
