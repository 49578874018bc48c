import { AbortError, TimeoutError } from "@offerkit/errors";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { RequestEngine } from "../src/index.js";
import { get, hang, hangForever, json, readJson, runUntilSettled, scriptedFetch } from "./helpers.js";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const SECRET = "tofz_sk_abort_canary_123";

describe("the caller's AbortSignal", () => {
  test("an already aborted signal sends nothing", async () => {
    const fetch = scriptedFetch(json({ ok: 1 }));
    const engine = new RequestEngine({ sdk: "t", fetch });
    const controller = new AbortController();
    controller.abort();
    await expect(engine.send(get(), readJson, { signal: controller.signal })).rejects.toBeInstanceOf(
      AbortError,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test("aborting during the fetch cancels it and throws AbortError with the reason as cause", async () => {
    const fetch = scriptedFetch(hang);
    const engine = new RequestEngine({ sdk: "t", fetch });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    const reason = new Error("user left");
    controller.abort(reason);
    const error = (await pending) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ code: "aborted", sdk: "t" });
    expect(error.cause).toBe(reason);
    expect(fetch.calls[0]?.init.signal?.aborted).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("aborting ends the call even when the fetch ignores its signal", async () => {
    const fetch = scriptedFetch(hangForever);
    const engine = new RequestEngine({ sdk: "t", fetch });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
  });

  test("aborting while reading the body cancels the read", async () => {
    const stalled = () => new Response(new ReadableStream({ start: () => undefined }), { status: 200 });
    const engine = new RequestEngine({ sdk: "t", fetch: scriptedFetch(stalled) });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
  });

  test("aborting during the backoff wait stops at once, with no further attempt", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }), json({ ok: 1 }));
    const engine = new RequestEngine({
      sdk: "t",
      fetch,
      backoff: { baseMs: 10_000, capMs: 10_000 },
      random: () => 0.9,
    });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(1);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(await pending).toBeInstanceOf(AbortError);
    expect(Date.now()).toBe(1000);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("aborting during a Retry-After wait stops at once", async () => {
    const fetch = scriptedFetch(json({}, 429, { "retry-after": "30" }), json({ ok: 1 }));
    const engine = new RequestEngine({ sdk: "t", fetch });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5000);
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("aborting during a pacing wait stops at once, without sending", async () => {
    const fetch = scriptedFetch(json({ ok: 1 }));
    const engine = new RequestEngine({ sdk: "t", fetch, pacing: { limit: 1, intervalMs: 60_000 } });
    await engine.send(get(), readJson);
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(await pending).toBeInstanceOf(AbortError);
    expect(Date.now()).toBe(1000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("an offerkit error given as the reason is thrown as it is", async () => {
    const engine = new RequestEngine({ sdk: "t", fetch: scriptedFetch(hang) });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    const own = new TimeoutError("my own deadline", { code: "deadline" });
    controller.abort(own);
    expect(await pending).toBe(own);
  });

  test("AbortSignal.timeout() ends the call with a TimeoutError", async () => {
    const engine = new RequestEngine({ sdk: "t", fetch: scriptedFetch(hang) });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(new DOMException("signal timed out", "TimeoutError"));
    const error = await pending;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: "timeout", sdk: "t" });
  });

  test("an abort reason holding a secret is redacted", async () => {
    const engine = new RequestEngine({ sdk: "t", fetch: scriptedFetch(hang), secrets: [SECRET] });
    const controller = new AbortController();
    const pending = engine.send(get(), readJson, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(new Error(`stopped ${SECRET}`));
    expect(JSON.stringify(await pending)).not.toContain(SECRET);
  });

  test("leaves no listener on the caller's signal after the call", async () => {
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, "addEventListener");
    const removed = vi.spyOn(controller.signal, "removeEventListener");
    const fetch = scriptedFetch(new Response("", { status: 503 }), json({ ok: 1 }));
    const engine = new RequestEngine({ sdk: "t", fetch, random: () => 0 });
    const outcome = await runUntilSettled(
      engine.send(get(), readJson, { signal: controller.signal, deadline: 10_000 }),
    );
    expect(outcome.value).toEqual({ ok: 1 });
    expect(added.mock.calls.length).toBeGreaterThan(0);
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
    expect(vi.getTimerCount()).toBe(0);
  });
});
