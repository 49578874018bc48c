import { APIError, TimeoutError, ValidationError } from "@offerkit/errors";
import { afterEach, describe, expect, test, vi } from "vitest";
import { RequestEngine } from "../src/index.js";
import { engineWith, get, hang, json, readJson, runUntilSettled, scriptedFetch } from "./helpers.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("retry budget", () => {
  test("once spent, failures are reported at once instead of retried", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    const { engine, sleeps } = engineWith(fetch, { maxRetries: 3, retryBudget: { capacity: 10 } });
    await expect(engine.send(get(), readJson)).rejects.toBeInstanceOf(APIError);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(engine.retryBudget).toBe(0);
    await expect(engine.send(get(), readJson)).rejects.toBeInstanceOf(APIError);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(sleeps).toHaveLength(2);
  });

  test("is shared by every call of one client", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    const { engine } = engineWith(fetch, { maxRetries: 1, retryBudget: { capacity: 15 } });
    await Promise.allSettled([1, 2, 3, 4].map(() => engine.send(get(), readJson)));
    // Three retries fit in 15 tokens; the fourth call fails on its first answer.
    expect(fetch).toHaveBeenCalledTimes(7);
  });

  test("a retry after a timeout costs 10 tokens, after another failure 5", async () => {
    vi.useFakeTimers({ now: 0 });
    const fetch = scriptedFetch(hang);
    const engine = new RequestEngine({
      sdk: "t",
      fetch,
      timeout: 10,
      maxRetries: 1,
      random: () => 0,
      retryBudget: { capacity: 100 },
    });
    const outcome = await runUntilSettled(engine.send(get(), readJson));
    expect(outcome.error).toBeInstanceOf(TimeoutError);
    expect(engine.retryBudget).toBe(90);
    const other = engineWith(scriptedFetch(new Response("", { status: 503 })), {
      maxRetries: 1,
      retryBudget: { capacity: 100 },
    });
    await other.engine.send(get(), readJson).catch(() => undefined);
    expect(other.engine.retryBudget).toBe(95);
  });

  test("successes refill it: a retried success refunds its retries, a clean one adds one token", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }), json({ ok: 1 }));
    const { engine } = engineWith(fetch, { retryBudget: { capacity: 20 } });
    await engine.send(get(), readJson);
    expect(engine.retryBudget).toBe(20);
    const failing = engineWith(scriptedFetch(new Response("", { status: 503 })), {
      maxRetries: 2,
      retryBudget: { capacity: 20 },
    });
    await failing.engine.send(get(), readJson).catch(() => undefined);
    expect(failing.engine.retryBudget).toBe(10);
    const healthy = engineWith(scriptedFetch(json({ ok: 1 })), { retryBudget: { capacity: 20 } }).engine;
    await healthy.send(get(), readJson);
    expect(healthy.retryBudget).toBe(20);
  });

  test("an emptied budget recovers as calls succeed again", async () => {
    let down = true;
    const fetch = scriptedFetch(() => (down ? new Response("", { status: 503 }) : json({ ok: 1 })));
    const { engine } = engineWith(fetch, {
      maxRetries: 1,
      retryBudget: { capacity: 5, retryCost: 5, successRefill: 1 },
    });
    await engine.send(get(), readJson).catch(() => undefined);
    expect(engine.retryBudget).toBe(0);
    down = false;
    for (let i = 0; i < 5; i++) await engine.send(get(), readJson);
    expect(engine.retryBudget).toBe(5);
    down = true;
    await engine.send(get(), readJson).catch(() => undefined);
    expect(fetch).toHaveBeenCalledTimes(2 + 5 + 2);
  });

  test("can be turned off", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    const { engine } = engineWith(fetch, { maxRetries: 4, retryBudget: false });
    await engine.send(get(), readJson).catch(() => undefined);
    expect(engine.retryBudget).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(5);
  });
});

describe("deadline", () => {
  test("bounds the whole call: an attempt running into it ends with TimeoutError code deadline, not retried", async () => {
    vi.useFakeTimers({ now: 0 });
    const fetch = scriptedFetch(hang);
    const engine = new RequestEngine({ sdk: "t", fetch, timeout: 10_000, deadline: 2500, random: () => 0 });
    const { error } = await runUntilSettled(engine.send(get(), readJson), 100);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: "deadline", sdk: "t" });
    expect(Date.now()).toBe(2500);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("covers every attempt and wait: per-attempt timeouts are retried until the deadline", async () => {
    vi.useFakeTimers({ now: 0 });
    const fetch = scriptedFetch(hang);
    const engine = new RequestEngine({ sdk: "t", fetch, timeout: 1000, deadline: 3500, random: () => 0 });
    const { error } = await runUntilSettled(engine.send(get(), readJson, { maxRetries: 10 }), 50);
    expect(error).toMatchObject({ name: "TimeoutError", code: "deadline" });
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(Date.now()).toBe(3500);
  });

  test("does not start a wait it would not survive: reports the failure at once", async () => {
    const fetch = scriptedFetch(
      new Response("", { status: 503, headers: { "retry-after": "30" } }),
      json({ ok: 1 }),
    );
    const { engine, sleeps } = engineWith(fetch, { deadline: 10_000 });
    await expect(engine.send(get(), readJson)).rejects.toMatchObject({ name: "APIError", status: 503 });
    expect(sleeps).toEqual([]);
  });

  test("ends a pacing wait", async () => {
    vi.useFakeTimers({ now: 0 });
    const fetch = scriptedFetch(json({ ok: 1 }));
    const engine = new RequestEngine({ sdk: "t", fetch, pacing: { limit: 1, intervalMs: 60_000 } });
    await engine.send(get(), readJson);
    const { error } = await runUntilSettled(engine.send(get(), readJson, { deadline: 500 }), 100);
    expect(error).toMatchObject({ name: "TimeoutError", code: "deadline" });
    expect(Date.now()).toBe(500);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("a per-call deadline overrides the client's and leaves no timer behind", async () => {
    vi.useFakeTimers({ now: 0 });
    const fetch = scriptedFetch(json({ ok: 1 }));
    const engine = new RequestEngine({ sdk: "t", fetch, deadline: 1 });
    await expect(engine.send(get(), readJson, { deadline: 5000 })).resolves.toEqual({ ok: 1 });
    expect(vi.getTimerCount()).toBe(0);
  });

  test("an attempt cut short by what is left of the deadline ends with code deadline", async () => {
    vi.useFakeTimers({ now: 0 });
    // The injected clock runs ahead of the timers: after the first wait only 1 s of the deadline is left.
    let now = 0;
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
    };
    const fetch = scriptedFetch(json({}, 429, { "retry-after": "9" }), hang);
    const engine = new RequestEngine({ sdk: "t", fetch, clock, deadline: 10_000, timeout: 60_000 });
    const { error } = await runUntilSettled(engine.send(get(), readJson), 100);
    expect(error).toMatchObject({ name: "TimeoutError", code: "deadline" });
    expect(Date.now()).toBe(1000);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("an already aborted signal with a deadline sends nothing", async () => {
    const fetch = scriptedFetch(json({}));
    const { engine } = engineWith(fetch);
    const controller = new AbortController();
    controller.abort();
    await expect(
      engine.send(get(), readJson, { signal: controller.signal, deadline: 1000 }),
    ).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  test("with an injected clock, a deadline already passed fails before sending again", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    let now = 0;
    const clock = {
      now: () => now,
      sleep: async () => {
        now += 10_000;
      },
    };
    const engine = new RequestEngine({
      sdk: "t",
      fetch,
      clock,
      deadline: 5000,
      random: () => 0,
      maxRetries: 3,
    });
    await expect(engine.send(get(), readJson)).rejects.toMatchObject({
      name: "TimeoutError",
      code: "deadline",
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("settings", () => {
  test.each([
    { timeout: 0 },
    { timeout: -1 },
    { timeout: Number.NaN },
    { deadline: 0 },
    { maxRetries: -1 },
    { maxRetries: Number.NaN },
    { maxRetryAfter: -1 },
    { maxRetryAfter: Number.NaN },
  ])("rejects %o with a ValidationError naming the option", (options) => {
    const make = () => new RequestEngine({ sdk: "t", fetch: scriptedFetch(json({})), ...options });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(expect.objectContaining({ code: "invalid_option", param: Object.keys(options)[0] }));
  });

  test.each([
    ["an object without a prototype", Object.create(null), "(object)"],
    [
      "an object whose toString throws",
      {
        toString() {
          throw new Error("boom");
        },
      },
      "(object)",
    ],
    ["an array", [5], "(array)"],
    ["a string", "30s", '"30s"'],
  ])(
    "rejects %s as a setting with a ValidationError that describes it without converting it",
    (_, value, shown) => {
      const make = () =>
        new RequestEngine({ sdk: "t", fetch: scriptedFetch(json({})), timeout: value as unknown as number });
      expect(make).toThrow(ValidationError);
      expect(make).toThrow(`timeout must be a number > 0, got ${shown}`);
    },
  );

  test("rejects nonsense per-call settings", async () => {
    const { engine } = engineWith(scriptedFetch(json({})));
    await expect(engine.send(get(), readJson, { timeout: -5 })).rejects.toThrow(ValidationError);
    await expect(engine.send(get(), readJson, { deadline: Number.NaN })).rejects.toThrow(ValidationError);
    await expect(engine.send(get(), readJson, { maxRetries: -1 })).rejects.toThrow(ValidationError);
  });

  test("rejects a fetch that is no function and a signal that is no AbortSignal", async () => {
    const fetch = 123 as unknown as typeof globalThis.fetch;
    expect(() => new RequestEngine({ sdk: "t", fetch })).toThrow(
      expect.objectContaining({ name: "ValidationError", param: "fetch" }),
    );
    const { engine } = engineWith(scriptedFetch(json({})));
    const signal = {} as AbortSignal;
    await expect(engine.send(get(), readJson, { signal })).rejects.toThrow(
      expect.objectContaining({ name: "ValidationError", param: "signal" }),
    );
  });

  test("Infinity means no per-attempt timeout and no deadline", async () => {
    vi.useFakeTimers({ now: 0 });
    const fetch = scriptedFetch(hang);
    const engine = new RequestEngine({
      sdk: "t",
      fetch,
      timeout: Number.POSITIVE_INFINITY,
      deadline: Number.POSITIVE_INFINITY,
    });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10 * 24 * 3600 * 1000);
    expect(vi.getTimerCount()).toBe(0);
    controller.abort();
    expect(await pending).toMatchObject({ name: "AbortError" });
  });

  test("a fractional maxRetries is rounded down", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    const { engine } = engineWith(fetch, { maxRetries: 1.9 });
    await engine.send(get(), readJson).catch(() => undefined);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("needs a fetch", () => {
    const saved = globalThis.fetch;
    try {
      (globalThis as { fetch?: unknown }).fetch = undefined;
      expect(() => new RequestEngine({ sdk: "t" })).toThrow(ValidationError);
    } finally {
      globalThis.fetch = saved;
    }
  });

  test("calls the fetch it is given without a receiver, as window.fetch requires", async () => {
    let receiver: unknown = "unset";
    const fetch = function (this: unknown) {
      receiver = this;
      return Promise.resolve(json({ ok: 1 }));
    } as unknown as typeof globalThis.fetch;
    await engineWith(fetch).engine.send(get(), readJson);
    expect(receiver).toBeUndefined();
  });
});
