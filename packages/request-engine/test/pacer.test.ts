import { ValidationError } from "@offerkit/errors";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { Pacer, systemClock } from "../src/index.js";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Starts `n` acquisitions and records when each was granted. */
function startMany(pacer: Pacer, n: number, signal?: AbortSignal) {
  const granted: number[] = [];
  const results = Array.from({ length: n }, (_, i) =>
    pacer.acquire(signal).then(
      () => {
        granted[i] = Date.now();
      },
      (error: unknown) => error,
    ),
  );
  return { granted, results };
}

describe("Pacer", () => {
  test("lets `limit` calls start at once, then one more each time the oldest leaves the window", async () => {
    const pacer = new Pacer({ limit: 3, intervalMs: 1000 }, systemClock);
    const { granted } = startMany(pacer, 7);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted.filter((t) => t !== undefined)).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(granted).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  test("never lets more than `limit` start in any window", async () => {
    const pacer = new Pacer({ limit: 5, intervalMs: 100 }, systemClock);
    const { granted } = startMany(pacer, 40);
    await vi.advanceTimersByTimeAsync(2000);
    expect(granted).toHaveLength(40);
    for (const t of granted)
      expect(granted.filter((u) => u >= t && u < t + 100).length).toBeLessThanOrEqual(5);
  });

  test("serves waiters in arrival order", async () => {
    const pacer = new Pacer({ limit: 1, intervalMs: 10 }, systemClock);
    const order: number[] = [];
    const all = [0, 1, 2, 3].map((i) => pacer.acquire().then(() => order.push(i)));
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all(all);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  test("a waiter whose signal aborts leaves at once with the reason; those behind it move up", async () => {
    const pacer = new Pacer({ limit: 1, intervalMs: 1000 }, systemClock);
    await pacer.acquire();
    const controller = new AbortController();
    const aborted = pacer.acquire(controller.signal).catch((e: unknown) => e);
    const next = pacer.acquire().then(() => Date.now());
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error("stop"));
    expect(await aborted).toEqual(new Error("stop"));
    await vi.advanceTimersByTimeAsync(900);
    expect(await next).toBe(1000);
  });

  test("an abort is honoured at once even when queued behind another waiter", async () => {
    const pacer = new Pacer({ limit: 1, intervalMs: 1000 }, systemClock);
    await pacer.acquire();
    const ahead = pacer.acquire();
    const controller = new AbortController();
    let rejectedAt: number | undefined;
    const behind = pacer.acquire(controller.signal).catch(() => {
      rejectedAt = Date.now();
    });
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(rejectedAt).toBe(100);
    await vi.advanceTimersByTimeAsync(900);
    await Promise.all([ahead, behind]);
  });

  test("rejects at once for an already aborted signal, without taking a slot", async () => {
    const pacer = new Pacer({ limit: 1, intervalMs: 1000 }, systemClock);
    const controller = new AbortController();
    controller.abort("why");
    await expect(pacer.acquire(controller.signal)).rejects.toBe("why");
    await expect(pacer.acquire()).resolves.toBeUndefined();
  });

  test("leaves no timer running once the last waiter has gone", async () => {
    const pacer = new Pacer({ limit: 1, intervalMs: 60_000 }, systemClock);
    await pacer.acquire();
    const controller = new AbortController();
    const waiting = pacer.acquire(controller.signal).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await waiting;
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("a call arriving while the queue empties is still served", async () => {
    const pacer = new Pacer({ limit: 1, intervalMs: 100 }, systemClock);
    await pacer.acquire();
    const controller = new AbortController();
    const first = pacer.acquire(controller.signal).catch(() => "aborted");
    controller.abort();
    const second = pacer.acquire().then(() => Date.now());
    await vi.advanceTimersByTimeAsync(100);
    expect(await first).toBe("aborted");
    expect(await second).toBe(100);
  });

  test("rejects nonsense settings", () => {
    for (const options of [
      { limit: 0, intervalMs: 1 },
      { limit: 1, intervalMs: 0 },
      { limit: Number.NaN, intervalMs: 1 },
      { limit: 1, intervalMs: Number.POSITIVE_INFINITY },
    ]) {
      expect(() => new Pacer(options, systemClock)).toThrow(ValidationError);
    }
  });
});
