import { AbortError, OfferkitError, TimeoutError } from "@offerkit/errors";

/**
 * The longest wait a timer can take: `setTimeout` treats anything above 2^31 - 1 ms (about 24.8 days) as 1 ms in
 * Node and browsers alike, so every delay is clamped to this before it reaches a timer.
 */
export const MAX_DELAY_MS = 2_147_483_647;

/** Time source and sleeper; tests inject their own to control waits. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now` and an abortable `setTimeout` (delays clamped to [0, `MAX_DELAY_MS`]). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.min(Math.max(0, ms) || 0, MAX_DELAY_MS),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

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
  if (reason instanceof Error && reason.name === "TimeoutError") {
    return new TimeoutError("The caller's signal timed out", { sdk, code: "timeout", cause: reason, redact });
  }
  return new AbortError("The request was aborted", { sdk, code: "aborted", cause: reason, redact });
}

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as `signal` aborts, whichever comes first: a
 * wait on a page or a hook that ignores its signal still ends on time. The loser is never left unhandled.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
