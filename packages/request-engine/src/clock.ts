import { AbortError } from "@offerkit/errors";

/** Time source and sleeper; tests inject their own to control waits. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now` and an abortable `setTimeout`. */
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
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** Throws an `AbortError` (or the signal's own offerkit error) when `signal` has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined, sdk: string | undefined): void {
  if (signal?.aborted) throw toAbortError(signal.reason, sdk);
}

/** The error to surface for an abort: the reason itself when it is already an offerkit error. */
export function toAbortError(reason: unknown, sdk: string | undefined): Error {
  if (reason instanceof AbortError || (reason instanceof Error && reason.name === "TimeoutError" && "sdk" in reason)) {
    return reason as Error;
  }
  return new AbortError("The request was aborted", { sdk, code: "aborted", cause: reason });
}
