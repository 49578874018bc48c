import { type OfferkitError, RateLimitError } from "@offerkit/errors";

/** Whole seconds to wait, rounded up so a caller that waits `retryAfter` seconds is never early. */
function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}

/**
 * `error` with `retryAfter` filled in from the server's wait when it is a `RateLimitError` that lacks it. The copy
 * keeps the class (including an SDK's own subclass), stack and every field.
 */
export function withRetryAfter(error: OfferkitError, retryAfterMs: number | undefined): OfferkitError {
  if (retryAfterMs === undefined || !(error instanceof RateLimitError) || error.retryAfter !== undefined)
    return error;
  const copy = Object.create(Object.getPrototypeOf(error)) as RateLimitError;
  for (const key of Reflect.ownKeys(error)) {
    Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(error, key) as PropertyDescriptor);
  }
  Object.defineProperty(copy, "retryAfter", {
    value: seconds(retryAfterMs),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/**
 * The error for a `Retry-After` beyond the client's ceiling: a `RateLimitError` with `retryAfter` set (seconds),
 * so the caller can schedule the call itself instead of the SDK sleeping for minutes.
 */
export function beyondCeiling(error: OfferkitError, retryAfterMs: number, sdk: string): OfferkitError {
  if (error instanceof RateLimitError) return withRetryAfter(error, retryAfterMs);
  return new RateLimitError(error.message, {
    sdk,
    status: error.status,
    code: error.code,
    requestId: error.requestId,
    retryAfter: seconds(retryAfterMs),
    cause: error,
  });
}
