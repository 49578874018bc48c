import { expect } from "vitest";

/** What a scenario left behind in the process. */
export interface Leftovers {
  /** Rejections nobody handled and exceptions nobody caught while the guard was on. */
  unhandled: unknown[];
  /** Process warnings (a listener leak shows as `MaxListenersExceededWarning`). */
  warnings: string[];
  /** Active handles (sockets, servers…) beyond the baseline, by type, plus timers still pending as `Timeout`. */
  resources: Record<string, number>;
}

/** Handles by type. Timers are counted apart: the test runner's own come and go and would blur the count. */
function countHandles(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of process.getActiveResourcesInfo()) {
    if (type !== "Timeout" && type !== "Immediate") counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

type Timer = ReturnType<typeof setTimeout> & { _destroyed?: boolean };

/**
 * Records every timer created through the global `setTimeout`/`setInterval` until `stop()`: the SDKs (and the
 * fakes) schedule theirs that way, so a timer still pending at the end is one a scenario left behind.
 */
function trackTimers(): { pending(): number; stop(): void } {
  const timers = new Set<Timer>();
  const { setTimeout: realTimeout, setInterval: realInterval } = globalThis;
  const track = <F extends (...args: never[]) => Timer>(real: F): F =>
    Object.assign((...args: Parameters<F>) => {
      const timer = real(...args);
      timers.add(timer);
      return timer;
    }, real) as unknown as F;
  globalThis.setTimeout = track(realTimeout as never) as typeof setTimeout;
  globalThis.setInterval = track(realInterval as never) as typeof setInterval;
  return {
    // Node marks a timer destroyed once it has fired (and not been re-armed) or been cleared.
    pending: () => [...timers].filter((timer) => !timer._destroyed).length,
    stop() {
      globalThis.setTimeout = realTimeout;
      globalThis.setInterval = realInterval;
    },
  };
}

function beyond(baseline: Map<string, number>, pendingTimers: number): Record<string, number> {
  const extra: Record<string, number> = {};
  for (const [type, n] of countHandles()) {
    const over = n - (baseline.get(type) ?? 0);
    if (over > 0) extra[type] = over;
  }
  if (pendingTimers > 0) extra.Timeout = pendingTimers;
  return extra;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches one scenario: process listeners collect unhandled rejections, uncaught exceptions and warnings; the
 * active handles (`process.getActiveResourcesInfo()`) are counted at the start, and every timer created from then
 * on is tracked. `finish()` — called after the fakes are closed — waits (bounded) for sockets to finish closing
 * and short timers to fire, then reports whatever is left.
 */
export function guardProcess(): { finish(settleMs?: number): Promise<Leftovers> } {
  const unhandled: unknown[] = [];
  const onRejection = (reason: unknown) => unhandled.push(reason);
  const onException = (error: unknown) => unhandled.push(error);
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  process.on("warning", onWarning);
  const baseline = countHandles();
  const timers = trackTimers();
  return {
    async finish(settleMs = 5_000) {
      timers.stop();
      // Closing a socket completes over a few event-loop turns; give it a bounded while.
      let resources = beyond(baseline, timers.pending());
      for (let waited = 0; waited < settleMs && Object.keys(resources).length > 0; waited += 20) {
        await pause(20);
        resources = beyond(baseline, timers.pending());
      }
      // One more turn, so a rejection left unhandled by the very last step is reported too.
      await pause(0);
      process.off("unhandledRejection", onRejection);
      process.off("uncaughtException", onException);
      process.off("warning", onWarning);
      return { unhandled, warnings, resources };
    },
  };
}

/** Asserts that nothing was left behind. */
export function expectClean(leftovers: Leftovers): void {
  expect(leftovers.unhandled, "unhandled rejections or uncaught exceptions").toEqual([]);
  expect(leftovers.warnings, "process warnings").toEqual([]);
  expect(leftovers.resources, "active resources beyond the baseline").toEqual({});
}
