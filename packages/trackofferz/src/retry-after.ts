import { parseRetryAfter } from "@offerkit/request-engine";

/** A server-requested wait, in ms for the engine and in whole seconds for `RateLimitError.retryAfter`. */
export interface Wait {
  ms: number;
  seconds: number;
}

/**
 * Reads `Retry-After` (delta-seconds or HTTP-date). A delta too long for the engine's parser (over ten digits) is
 * still a request to wait, far longer than any ceiling, so it becomes an infinite wait, not a short backoff.
 */
export function readRetryAfter(value: string | null, nowMs: number): Wait | undefined {
  const ms = parseRetryAfter(value, nowMs);
  if (ms !== undefined) return { ms, seconds: Math.ceil(ms / 1000) };
  if (value !== null && /^\s*\d+\s*$/.test(value))
    return { ms: Number.POSITIVE_INFINITY, seconds: Number(value) };
  return undefined;
}
