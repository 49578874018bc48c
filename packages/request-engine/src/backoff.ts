import { MAX_DELAY_MS } from "./clock.js";

/** Exponential backoff settings. */
export interface BackoffOptions {
  /** Delay scale for the first retry, in ms. Default 500. */
  baseMs?: number | undefined;
  /** No delay exceeds this, in ms. Default 8000; at most 2^31 - 1 (the longest timer delay). */
  capMs?: number | undefined;
}

/** Defaults of {@link BackoffOptions}. */
export const DEFAULT_BACKOFF = { baseMs: 500, capMs: 8000 } as const;

/** A usable non-negative number of ms: `NaN` and missing fall back, negatives become 0, huge ones the timer limit. */
function toDelay(value: number | undefined, fallback: number): number {
  return value === undefined || Number.isNaN(value) ? fallback : Math.min(Math.max(0, value), MAX_DELAY_MS);
}

/**
 * "Full jitter" backoff: a uniformly random whole number of ms in [0, min(cap, base * 2^retry)), or 0 when that
 * range is empty. Spreads a fleet's retries out so they do not arrive together. `retry` counts from 0; `random`
 * returns [0, 1) (anything else is clamped into it). Any input, even `NaN` or negative, gives a delay in range.
 */
export function backoffDelay(
  retry: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(
    toDelay(options.capMs, DEFAULT_BACKOFF.capMs),
    toDelay(options.baseMs, DEFAULT_BACKOFF.baseMs) * 2 ** (Math.min(Math.max(0, retry), 64) || 0),
  );
  const r = random();
  // floor(x * r) < x for r < 1, except when rounding reaches x: that edge takes the last whole ms below x.
  const delay = Math.floor(ceiling * (r >= 0 && r < 1 ? r : 0));
  return delay < ceiling ? delay : Math.max(0, Math.ceil(ceiling) - 1);
}
