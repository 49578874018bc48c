import {
  APIError,
  ConflictError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from "@offerkit/errors";
import { afterEach, describe, expect, test, vi } from "vitest";
import { RequestEngine } from "../src/index.js";
import {
  engineWith,
  get,
  hang,
  hangForever,
  json,
  networkError,
  readEnvelope,
  readJson,
  runUntilSettled,
  scriptedFetch,
  truncated,
} from "./helpers.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("what is retried", () => {
  test.each([
    ["503", () => new Response("unavailable", { status: 503 })],
    ["500 with an HTML page", () => new Response("<html>oops</html>", { status: 500 })],
    ["502 with an empty body", () => new Response(null, { status: 502 })],
    ["504", () => new Response("", { status: 504 })],
    ["408", () => new Response("", { status: 408 })],
    ["409", () => json({ error: { code: "conflict" } }, 409)],
    ["429 without Retry-After", () => json({ error: { code: "rate_limited" } }, 429)],
    ["a connection reset", () => networkError("ECONNRESET")],
    ["a refused connection", () => networkError("ECONNREFUSED")],
    ["a DNS failure", () => networkError("ENOTFOUND")],
    ["a socket closed before the answer", () => networkError("UND_ERR_SOCKET", "other side closed")],
    ["a browser's code-less network TypeError", () => new TypeError("Failed to fetch")],
    ["a body cut off mid-way", () => truncated()],
    ["a 200 whose body is not JSON", () => new Response("<html>proxy</html>", { status: 200 })],
  ])("retries %s, then succeeds", async (_name, failure) => {
    const fetch = scriptedFetch(failure(), json({ ok: 1 }));
    const { engine, sleeps } = engineWith(fetch);
    await expect(engine.send(get(), readJson)).resolves.toEqual({ ok: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(sleeps).toHaveLength(1);
  });

  test.each([400, 401, 403, 404, 410, 413, 422, 501])("never retries a %i", async (status) => {
    const fetch = scriptedFetch(new Response("no", { status }), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    await expect(engine.send(get(), readJson)).rejects.toMatchObject({ status });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("never retries a 4xx even when the interpreter asks to", async () => {
    const fetch = scriptedFetch(new Response("no", { status: 404 }), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    const eager = () => ({
      ok: false as const,
      error: new NotFoundError("gone", { status: 404 }),
      retry: true,
    });
    await expect(engine.send(get(), eager)).rejects.toBeInstanceOf(NotFoundError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("does not retry a truncated body of a 4xx answer", async () => {
    const fetch = scriptedFetch(truncated(400), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    await expect(engine.send(get(), readJson)).rejects.toMatchObject({ status: 400, code: "truncated_body" });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("retries a rate limit announced inside an HTTP 200 (HasOffers)", async () => {
    const limited = json({
      response: { status: -1, errorMessage: "API usage exceeded rate limit. Configured: 50/10s" },
    });
    const fetch = scriptedFetch(limited, json({ response: { status: 1, data: { id: 7 } } }));
    const { engine } = engineWith(fetch);
    await expect(engine.send(get(), readEnvelope)).resolves.toEqual({ id: 7 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("does not retry a programming error such as an invalid URL", async () => {
    const invalid = new TypeError("Failed to parse URL", {
      cause: Object.assign(new TypeError("Invalid URL"), { code: "ERR_INVALID_URL" }),
    });
    const fetch = scriptedFetch(invalid, json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    await expect(engine.send(get(), readJson)).rejects.toMatchObject({
      name: "ConnectionError",
      code: "ERR_INVALID_URL",
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("gives up after maxRetries and throws the last error", async () => {
    const fetch = scriptedFetch(
      new Response("a", { status: 503 }),
      new Response("b", { status: 502 }),
      new Response("c", { status: 500 }),
    );
    const { engine } = engineWith(fetch, { maxRetries: 2 });
    await expect(engine.send(get(), readJson)).rejects.toMatchObject({
      name: "APIError",
      status: 500,
      message: "c",
    });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test("maxRetries per call overrides the client's, and 0 means one attempt", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    const { engine } = engineWith(fetch, { maxRetries: 5 });
    await expect(engine.send(get(), readJson, { maxRetries: 0 })).rejects.toBeInstanceOf(APIError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("errors carry their classes: connection, truncated body, conflict", async () => {
    const reset = engineWith(scriptedFetch(networkError("ECONNRESET")), { maxRetries: 0 }).engine;
    await expect(reset.send(get(), readJson)).rejects.toMatchObject({
      name: "ConnectionError",
      code: "ECONNRESET",
      sdk: "test",
    });
    const cut = engineWith(scriptedFetch(truncated(200, { "x-request-id": "req_7" })), {
      maxRetries: 0,
    }).engine;
    const error = await cut.send(get(), readJson).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: "truncated_body", status: 200, requestId: "req_7" });
    const conflict = engineWith(scriptedFetch(json({}, 409)), { maxRetries: 0 }).engine;
    await expect(conflict.send(get(), readJson)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("non-idempotent requests", () => {
  const post = { ...get(), method: "POST", body: "{}", idempotent: false };

  test.each([
    ["a 503", () => new Response("", { status: 503 })],
    ["a connection reset", () => networkError("ECONNRESET")],
    ["a truncated body", () => truncated()],
  ])("are not retried after %s: the server may have acted", async (_name, failure) => {
    const fetch = scriptedFetch(failure(), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    await expect(engine.send(post, readJson)).rejects.toBeDefined();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test.each([
    ["a refused connection", () => networkError("ECONNREFUSED")],
    ["a DNS failure", () => networkError("ENOTFOUND")],
    ["a connect timeout", () => networkError("UND_ERR_CONNECT_TIMEOUT")],
    ["a rate limit", () => json({}, 429)],
  ])("are retried after %s: the server surely did nothing", async (_name, failure) => {
    const fetch = scriptedFetch(failure(), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    await expect(engine.send(post, readJson)).resolves.toEqual({ ok: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("are retried when the interpreter marks the failure safe, and not when it marks a rate limit unsafe", async () => {
    const safe = () => ({
      ok: false as const,
      error: new APIError("refused", { status: 503 }),
      retry: true,
      safe: true,
    });
    const once = engineWith(scriptedFetch(json({})), { maxRetries: 1 });
    await expect(once.engine.send(post, safe)).rejects.toBeInstanceOf(APIError);
    expect(once.sleeps).toHaveLength(1);
    const unsafe = () => ({
      ok: false as const,
      error: new RateLimitError("limited"),
      retry: true,
      safe: false,
    });
    const never = engineWith(scriptedFetch(json({})), { maxRetries: 1 });
    await expect(never.engine.send(post, unsafe)).rejects.toBeInstanceOf(RateLimitError);
    expect(never.sleeps).toHaveLength(0);
  });

  test("sends the same body on every attempt", async () => {
    const body = new TextEncoder().encode('{"transaction_id":"t1"}').buffer;
    const fetch = scriptedFetch(json({}, 409), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    await engine.send({ ...get(), method: "POST", body }, readJson);
    expect(fetch.calls.map((c) => c.init.body)).toEqual([body, body]);
    expect(fetch.calls.every((c) => c.init.method === "POST")).toBe(true);
  });
});

describe("Retry-After", () => {
  const now = 1_700_000_000_000;

  test.each([
    ["delta-seconds", "3", 3000],
    ["fractional seconds", "1.5", 1500],
    ["an IMF-fixdate", new Date(now + 7000).toUTCString(), 7000],
  ])("waits what a 429's Retry-After says as %s", async (_form, value, waited) => {
    const fetch = scriptedFetch(json({}, 429, { "retry-after": value }), json({ ok: 1 }));
    const { engine, sleeps } = engineWith(fetch);
    await expect(engine.send(get(), readJson)).resolves.toEqual({ ok: 1 });
    expect(sleeps).toEqual([waited]);
  });

  test.each([
    ["a past date", new Date(now - 60_000).toUTCString()],
    ["garbage", "soon, please"],
    ["a negative number", "-5"],
    ["an empty value", ""],
  ])("falls back to backoff for %s", async (_form, value) => {
    const fetch = scriptedFetch(json({}, 429, { "retry-after": value }), json({ ok: 1 }));
    const { engine, sleeps } = engineWith(fetch, { backoff: { baseMs: 100, capMs: 1000 } });
    await engine.send(get(), readJson);
    // random() is 0.5 and this is the first retry: half of min(cap, base * 2^0).
    expect(sleeps).toEqual([50]);
  });

  test("honours Retry-After on a 503 too", async () => {
    const fetch = scriptedFetch(
      new Response("", { status: 503, headers: { "retry-after": "2" } }),
      json({ ok: 1 }),
    );
    const { engine, sleeps } = engineWith(fetch);
    await engine.send(get(), readJson);
    expect(sleeps).toEqual([2000]);
  });

  test("prefers the interpreter's retryAfterMs over the header, and ignores an unusable one", async () => {
    const fetch = scriptedFetch(json({}, 429, { "retry-after": "9" }));
    const own = engineWith(fetch, { maxRetries: 1 });
    const told = () => ({
      ok: false as const,
      error: new RateLimitError("x"),
      retry: true,
      retryAfterMs: 1234,
    });
    await own.engine.send(get(), told).catch(() => undefined);
    expect(own.sleeps).toEqual([1234]);
    const nan = engineWith(scriptedFetch(json({})), { maxRetries: 1, backoff: { baseMs: 100 } });
    const broken = () => ({
      ok: false as const,
      error: new RateLimitError("x"),
      retry: true,
      retryAfterMs: Number.NaN,
    });
    await nan.engine.send(get(), broken).catch(() => undefined);
    expect(nan.sleeps).toEqual([50]);
  });

  test("beyond maxRetryAfter the call fails at once with a RateLimitError whose retryAfter is set in seconds", async () => {
    const fetch = scriptedFetch(
      json({ error: { code: "rate_limited" } }, 429, { "retry-after": "120" }),
      json({ ok: 1 }),
    );
    const { engine, sleeps } = engineWith(fetch, { maxRetryAfter: 60 });
    const error = await engine.send(get(), readJson).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120);
    expect((error as RateLimitError).status).toBe(429);
    expect(sleeps).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("beyond maxRetryAfter the message says how long the server asked to wait and what the ceiling is", async () => {
    const limited = engineWith(scriptedFetch(json({}, 429, { "retry-after": "120" })), { maxRetryAfter: 60 });
    const error = (await limited.engine.send(get(), readJson).catch((e: unknown) => e)) as RateLimitError;
    expect(error.message).toMatch(/asked to wait 120 s, more than maxRetryAfter: 60 s/);
    const unavailable = engineWith(
      scriptedFetch(new Response("down", { status: 503, headers: { "retry-after": "600" } })),
    );
    const wrapped = (await unavailable.engine.send(get(), readJson).catch((e: unknown) => e)) as Error;
    expect(wrapped.message).toBe("down (the API asked to wait 600 s, more than maxRetryAfter: 60 s)");
  });

  test("beyond the ceiling with an HTTP-date, retryAfter is the seconds until that date, rounded up", async () => {
    const fetch = scriptedFetch(json({}, 429, { "retry-after": new Date(now + 3_600_500).toUTCString() }));
    const { engine } = engineWith(fetch);
    const error = (await engine.send(get(), readJson).catch((e: unknown) => e)) as RateLimitError;
    // toUTCString drops the 500 ms, so the date is exactly 3600 s ahead.
    expect(error.retryAfter).toBe(3600);
  });

  test("beyond the ceiling a 503 becomes a RateLimitError carrying the original", async () => {
    const fetch = scriptedFetch(
      new Response("down for maintenance", { status: 503, headers: { "retry-after": "600" } }),
    );
    const { engine } = engineWith(fetch);
    const error = (await engine.send(get(), readJson).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfter: 600, status: 503, sdk: "test" });
    expect(error.cause).toBeInstanceOf(APIError);
  });

  test("an interpreter's RateLimitError keeps its own retryAfter and class beyond the ceiling", async () => {
    class HasOffersRateLimit extends RateLimitError {}
    const own = new HasOffersRateLimit("limited", { retryAfter: 99 });
    const fetch = scriptedFetch(json({}));
    const { engine } = engineWith(fetch);
    const told = () => ({ ok: false as const, error: own, retry: true, retryAfterMs: 99_000 });
    await expect(engine.send(get(), told)).rejects.toBe(own);
  });

  test("maxRetryAfter 0 never sleeps through any Retry-After", async () => {
    const fetch = scriptedFetch(json({}, 429, { "retry-after": "1" }));
    const { engine } = engineWith(fetch, { maxRetryAfter: 0 });
    await expect(engine.send(get(), readJson)).rejects.toMatchObject({
      name: "RateLimitError",
      retryAfter: 1,
    });
  });

  test("when retries run out on a 429, the RateLimitError still says how long to wait", async () => {
    const fetch = scriptedFetch(json({}, 429, { "retry-after": "4" }));
    const { engine } = engineWith(fetch, { maxRetries: 1 });
    const error = (await engine.send(get(), readJson).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(4);
    expect(error.stack).toContain("RateLimitError");
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe("backoff", () => {
  test("grows exponentially with full jitter up to the cap", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    const { engine, sleeps } = engineWith(fetch, {
      maxRetries: 5,
      backoff: { baseMs: 100, capMs: 1000 },
      random: () => 0.999,
    });
    await engine.send(get(), readJson).catch(() => undefined);
    expect(sleeps).toEqual([99, 199, 399, 799, 999]);
  });

  test("random 0 retries at once", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    const { engine, sleeps } = engineWith(fetch, { maxRetries: 2, random: () => 0 });
    await engine.send(get(), readJson).catch(() => undefined);
    expect(sleeps).toEqual([0, 0]);
  });

  test("the default is base 500 ms and cap 8 s", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }));
    const { engine, sleeps } = engineWith(fetch, { maxRetries: 6, random: () => 0.999 });
    await engine.send(get(), readJson).catch(() => undefined);
    expect(sleeps).toEqual([499, 999, 1998, 3996, 7992, 7992]);
  });
});

describe("per-attempt timeout", () => {
  test("a hung attempt times out and the call is retried", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(hang, json({ ok: 1 }));
    const engine = new RequestEngine({ sdk: "test", fetch, timeout: 1000, random: () => 0 });
    const outcome = await runUntilSettled(engine.send(get(), readJson), 100);
    expect(outcome.value).toEqual({ ok: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.calls[0]?.init.signal?.aborted).toBe(true);
  });

  test("a fetch that ignores its signal is abandoned at the limit all the same", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(hangForever);
    const engine = new RequestEngine({ sdk: "test", fetch, timeout: 500, maxRetries: 1, random: () => 0 });
    const { error } = await runUntilSettled(engine.send(get(), readJson), 100);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: "timeout", sdk: "test" });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("covers reading the body: a body that stalls times out with the answer's status", async () => {
    vi.useFakeTimers();
    const stalled = () => new Response(new ReadableStream({ start: () => undefined }), { status: 200 });
    const fetch = scriptedFetch(stalled);
    const engine = new RequestEngine({ sdk: "test", fetch, timeout: 500, maxRetries: 0 });
    const result = engine.send(get(), readJson).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    expect(await result).toMatchObject({ name: "TimeoutError", status: 200, code: "timeout" });
  });

  test("the per-call timeout overrides the client's", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(hang);
    const engine = new RequestEngine({ sdk: "test", fetch, timeout: 60_000, maxRetries: 0 });
    const result = engine.send(get(), readJson, { timeout: 10 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(await result).toBeInstanceOf(TimeoutError);
  });

  test("a non-idempotent request is not retried after a timeout", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(hang);
    const engine = new RequestEngine({ sdk: "test", fetch, timeout: 10 });
    const result = engine
      .send({ ...get(), method: "POST", idempotent: false }, readJson)
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(await result).toBeInstanceOf(TimeoutError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("leaves no timer behind after a call", async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(json({ ok: 1 }));
    const engine = new RequestEngine({ sdk: "test", fetch });
    await engine.send(get(), readJson);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("interpreter failures", () => {
  test("an offerkit error thrown by the interpreter is final", async () => {
    const fetch = scriptedFetch(json({}));
    const { engine } = engineWith(fetch);
    const thrown = new ValidationError("bad shape");
    await expect(
      engine.send(get(), () => {
        throw thrown;
      }),
    ).rejects.toBe(thrown);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("anything else thrown on a 2xx is an unreadable answer, retried", async () => {
    const fetch = scriptedFetch(new Response("{", { status: 200, headers: { "x-request-id": "r1" } }));
    const { engine } = engineWith(fetch, { maxRetries: 1 });
    const error = await engine.send(get(), (_r, text) => JSON.parse(text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: "invalid_body", status: 200, requestId: "r1" });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("a ConnectionError never hides an answer: every failure with a response is not a ConnectionError", async () => {
    const fetch = scriptedFetch(new Response("x", { status: 200 }));
    const { engine } = engineWith(fetch, { maxRetries: 0 });
    const error = await engine
      .send(get(), () => {
        throw new Error("bug");
      })
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ConnectionError);
  });
});
