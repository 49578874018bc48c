/** The fake's time source: `now` drives the rate-limit window and link expiry, `sleep` latency and slow bodies. */
export interface FakeClock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A clock option: a full clock, or just `now` (sleeping then uses `setTimeout`, which fake timers control). */
export type ClockOption = { now(): number; sleep?: FakeClock["sleep"] };

/** `setTimeout`-based sleep that honours an `AbortSignal`. */
export function timerSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
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
  });
}

/** Completes a clock option with the defaults (`Date.now`, `setTimeout`). */
export function resolveClock(option: ClockOption | undefined): FakeClock {
  return {
    now: option ? () => option.now() : () => Date.now(),
    sleep: option?.sleep ? (ms, signal) => option.sleep!(ms, signal) : timerSleep,
  };
}
