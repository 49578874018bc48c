import { AbortError, OfferkitError, TimeoutError } from "@offerkit/errors";
import { invalidOption } from "./settings.js";

/**
 * The longest wait a timer can take: `setTimeout` treats anything above 2^31 - 1 ms (about 24.8 days) as 1 ms in
 * Node and browsers alike, so every delay is clamped to this before it reaches a timer.
 */
export const MAX_DELAY_MS = 2_147_483_647;

/** Does nothing; the handler of rejections nobody needs. */
export const noop = (): undefined => undefined;

/** `setTimeout` with the delay clamped to [0, `MAX_DELAY_MS`] (`NaN` counts as 0). */
export function startTimer(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
  return setTimeout(fn, Math.min(Math.max(0, ms) || 0, MAX_DELAY_MS));
}

/** Calls `fn` once when `signal` aborts; returns the function that unsubscribes it. */
export function listen(signal: AbortSignal | undefined, fn: () => void): () => void {
  signal?.addEventListener("abort", fn, { once: true });
  return () => signal?.removeEventListener("abort", fn);
}

/** Time source and sleeper; tests inject their own to control waits. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now` and an abortable `setTimeout` (delays clamped to [0, `MAX_DELAY_MS`]). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slept = new Promise<void>((resolve) => {
      // No timer at all for a signal that has already aborted.
      if (!signal?.aborted) timer = startTimer(resolve, ms);
    });
    return abortable(slept, signal).finally(() => clearTimeout(timer));
  },
};

/** Throws a `ValidationError` (param `signal`) when `signal` is given but is no `AbortSignal`. */
export function checkSignal(signal: unknown, sdk: string | undefined): void {
  if (
    signal != null &&
    (typeof (signal as AbortSignal).aborted !== "boolean" ||
      typeof (signal as AbortSignal).addEventListener !== "function")
  )
    throw invalidOption("signal", "is not an AbortSignal", sdk);
}

/** Throws an `AbortError` (or the signal's own offerkit error) when `signal` has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined, sdk: string | undefined): void {
  if (signal?.aborted) throw toAbortError(signal.reason, sdk);
}

/**
 * The error to surface for an abort. A reason that already is an offerkit error (the `TimeoutError` of a deadline)
 * is kept; the `TimeoutError` DOMException of `AbortSignal.timeout()` becomes an offerkit `TimeoutError`, since the
 * caller asked for a time limit; anything else becomes an `AbortError` carrying the reason as its cause.
 */
export function toAbortError(
  reason: unknown,
  sdk: string | undefined,
  redact?: ((text: string) => string) | undefined,
): Error {
  if (reason instanceof OfferkitError) return reason;
  const options = { sdk, cause: reason, redact };
  return reason instanceof Error && reason.name === "TimeoutError"
    ? new TimeoutError("The caller's signal timed out", { ...options, code: "timeout" })
    : new AbortError("The request was aborted", { ...options, code: "aborted" });
}

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as `signal` aborts, whichever comes first: a
 * wait on a page or a hook that ignores its signal still ends on time. The loser is never left unhandled.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    promise.finally(listen(signal, stop)).then(resolve, reject);
  });
}
