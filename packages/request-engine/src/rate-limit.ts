import { type OfferkitError, RateLimitError } from "@offerkit/errors";

/** Whole seconds to wait, rounded up so a caller that waits `retryAfter` seconds is never early. */
const seconds = (ms: number) => Math.ceil(ms / 1000);

/**
 * `error` with `retryAfter` filled in from the server's wait when it is a `RateLimitError` that lacks it, and
 * `note` (given the seconds) added to its message. The copy keeps the class (including an SDK's own subclass),
 * stack and every field.
 */
export function withRetryAfter(
  error: OfferkitError,
  retryAfterMs: number | undefined,
  note: (seconds: number) => string = () => "",
): OfferkitError {
  if (retryAfterMs === undefined || !(error instanceof RateLimitError) || error.retryAfter !== undefined)
    return error;
  const wait = seconds(retryAfterMs);
  return Object.defineProperties(Object.create(Object.getPrototypeOf(error)), {
    ...Object.getOwnPropertyDescriptors(error),
    // Read here, where the receiver is the real error: since V8 12 (Node 22+), `stack` is an own accessor that
    // reads the error's internal slot, and a copy of it would answer undefined on the clone.
    stack: { value: error.stack, writable: true, configurable: true },
    message: { value: error.message + note(wait), writable: true, configurable: true },
    retryAfter: { value: wait, enumerable: true, writable: true, configurable: true },
  });
}

/**
 * The error for a `Retry-After` beyond the client's ceiling (`maxRetryAfter`, seconds): a `RateLimitError` with
 * `retryAfter` set (seconds) and the reason in its message, so the caller can schedule the call itself instead of
 * the SDK sleeping for minutes. A `RateLimitError` that already says how long to wait is kept as it is.
 */
export function beyondCeiling(
  error: OfferkitError,
  retryAfterMs: number,
  sdk: string,
  maxRetryAfter: number,
): OfferkitError {
  const note = (wait: number) =>
    ` (the API asked to wait ${wait} s, more than maxRetryAfter: ${maxRetryAfter} s)`;
  if (error instanceof RateLimitError) return withRetryAfter(error, retryAfterMs, note);
  const { message, status, code, requestId } = error;
  const retryAfter = seconds(retryAfterMs);
  return new RateLimitError(message + note(retryAfter), {
    sdk,
    status,
    code,
    requestId,
    retryAfter,
    cause: error,
  });
}
