const DELTA_SECONDS = /^\s*(\d{1,10})(?:\.\d+)?\s*$/;

/**
 * Parses a `Retry-After` header value: delta-seconds (`"120"`) or an HTTP-date. Returns the wait in milliseconds,
 * or `undefined` for a missing, malformed, negative or already-past value (the caller then uses its own backoff).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const delta = DELTA_SECONDS.exec(value);
  if (delta) return Number(delta[1]) * 1000;
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (!Number.isFinite(at)) return undefined;
  const wait = at - nowMs;
  return wait > 0 ? wait : undefined;
}
