import { expect } from "vitest";

/** What a scenario left behind in the process. */
export interface Leftovers {
  /** Rejections nobody handled and exceptions nobody caught while the guard was on. */
  unhandled: unknown[];
  /** Process warnings (a listener leak shows as `MaxListenersExceededWarning`). */
  warnings: string[];
  /** Active resources (sockets, timers…) beyond the baseline, by type. */
  resources: Record<string, number>;
}

function countResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

function beyond(baseline: Map<string, number>): Record<string, number> {
  const extra: Record<string, number> = {};
  for (const [type, n] of countResources()) {
    const over = n - (baseline.get(type) ?? 0);
    if (over > 0) extra[type] = over;
  }
  return extra;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches one scenario: process listeners collect unhandled rejections, uncaught exceptions and warnings, and the active
 * resources (`process.getActiveResourcesInfo()`) are counted at the start. `finish()` — called after the fakes
 * are closed — waits (bounded) for sockets to finish closing, then reports whatever is left beyond the start.
 */
export function guardProcess(): { finish(): Promise<Leftovers> } {
  const unhandled: unknown[] = [];
  const onRejection = (reason: unknown) => unhandled.push(reason);
  const onException = (error: unknown) => unhandled.push(error);
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  process.on("warning", onWarning);
  const baseline = countResources();
  return {
    async finish() {
      // Closing a socket completes over a few event-loop turns; give it a bounded while.
      let resources = beyond(baseline);
      for (let i = 0; i < 250 && Object.keys(resources).length > 0; i++) {
        await pause(20);
        resources = beyond(baseline);
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
