/** Exponential backoff settings. */
export interface BackoffOptions {
  /** Delay scale for the first retry, in ms. Default 500. */
  baseMs?: number;
  /** No delay exceeds this, in ms. Default 8000. */
  capMs?: number;
}

/**
 * "Full jitter" backoff: a uniformly random delay in [0, min(cap, base * 2^retry)). Spreads a fleet's retries out so
 * they do not arrive together. `retry` counts from 0; `random` returns [0, 1).
 */
export function backoffDelay(retry: number, options: BackoffOptions, random: () => number): number {
  const base = Math.max(0, options.baseMs ?? 500);
  const cap = Math.max(0, options.capMs ?? 8000);
  const exp = Math.min(cap, base * 2 ** Math.min(Math.max(0, retry), 52));
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  return Math.floor(exp * unit);
}
