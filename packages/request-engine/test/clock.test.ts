import { AbortError, TimeoutError } from "@offerkit/errors";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { abortable, MAX_DELAY_MS, systemClock, throwIfAborted, toAbortError } from "../src/index.js";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("systemClock", () => {
  test("sleeps the given time", async () => {
    let woke = false;
    const sleeping = systemClock.sleep(1000).then(() => {
      woke = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(woke).toBe(true);
  });

  test("an abort ends the sleep with the reason and clears its timer", async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal).catch((e: unknown) => e);
    controller.abort("stop");
    expect(await sleeping).toBe("stop");
    expect(vi.getTimerCount()).toBe(0);
  });

  test("an already aborted signal rejects without a timer", async () => {
    const controller = new AbortController();
    controller.abort("early");
    await expect(systemClock.sleep(10, controller.signal)).rejects.toBe("early");
    expect(vi.getTimerCount()).toBe(0);
  });

  test("clamps delays a timer cannot take, and NaN or negative to 0", async () => {
    const timeout = vi.spyOn(globalThis, "setTimeout");
    void systemClock.sleep(Number.POSITIVE_INFINITY);
    void systemClock.sleep(Number.NaN);
    void systemClock.sleep(-5);
    expect(timeout.mock.calls.map((c) => c[1])).toEqual([MAX_DELAY_MS, 0, 0]);
    vi.clearAllTimers();
  });
});

describe("abort helpers", () => {
  test("throwIfAborted throws an AbortError only once aborted", () => {
    const controller = new AbortController();
    expect(() => throwIfAborted(controller.signal, "t")).not.toThrow();
    expect(() => throwIfAborted(undefined, "t")).not.toThrow();
    controller.abort();
    expect(() => throwIfAborted(controller.signal, "t")).toThrow(AbortError);
  });

  test("toAbortError keeps offerkit reasons, turns timeouts into TimeoutError and the rest into AbortError", () => {
    const own = new TimeoutError("deadline", { code: "deadline" });
    expect(toAbortError(own, "t")).toBe(own);
    expect(toAbortError(new DOMException("t", "TimeoutError"), "t")).toBeInstanceOf(TimeoutError);
    const plain = toAbortError("why", "t");
    expect(plain).toBeInstanceOf(AbortError);
    expect(plain).toMatchObject({ sdk: "t", code: "aborted", cause: "why" });
  });

  test("abortable settles like the promise, or rejects when the signal aborts first", async () => {
    await expect(abortable(Promise.resolve(1), undefined)).resolves.toBe(1);
    const controller = new AbortController();
    await expect(abortable(Promise.resolve(2), controller.signal)).resolves.toBe(2);
    await expect(abortable(Promise.reject(new Error("x")), controller.signal)).rejects.toThrow("x");
    const never = abortable(new Promise(() => undefined), controller.signal);
    controller.abort("gone");
    await expect(never).rejects.toBe("gone");
    await expect(abortable(Promise.reject(new Error("ignored")), controller.signal)).rejects.toBe("gone");
  });
});
