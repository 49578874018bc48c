import { inspect } from "node:util";
import { APIError, ConnectionError, InvalidResponseError, RateLimitError } from "@offerkit/errors";
import { describe, expect, test, vi } from "vitest";
import { createLogger, type RequestEvent, type ResponseEvent, type RetryEvent } from "../src/index.js";
import { engineWith, get, json, networkError, readJson, scriptedFetch } from "./helpers.js";

const KEY = "tofz_sk_live_hook_canary_987";
const TOKEN = "NEThookCanaryToken555";
const URL_WITH_TOKEN = `https://demo.api.hasoffers.com/Apiv3/json?NetworkToken=${TOKEN}&Target=Offer&Method=findAll`;
const PRESIGNED =
  "https://b.s3.amazonaws.com/log.zip?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=cafebabe1234";

function recorder() {
  const events: { requests: RequestEvent[]; responses: ResponseEvent[]; retries: RetryEvent[] } = {
    requests: [],
    responses: [],
    retries: [],
  };
  const hooks = {
    onRequest: (e: RequestEvent) => events.requests.push(e),
    onResponse: (e: ResponseEvent) => events.responses.push(e),
    onRetry: (e: RetryEvent) => events.retries.push(e),
  };
  return { events, hooks };
}

describe("hooks", () => {
  test("see every attempt, answer and retry, with attempt numbers, status, duration and request id", async () => {
    let advance = (_ms: number) => {};
    const fetch = scriptedFetch(
      () => {
        advance(42);
        return new Response("", { status: 503, headers: { "x-request-id": "req_1" } });
      },
      json({ ok: 1 }, 200, { "x-request-id": "req_2" }),
    );
    const { events, hooks } = recorder();
    const made = engineWith(fetch, { hooks, backoff: { baseMs: 100 } });
    const { engine } = made;
    advance = made.advance;
    await engine.send(get(), readJson);
    expect(events.requests.map((e) => e.attempt)).toEqual([0, 1]);
    expect(events.responses.map((e) => [e.attempt, e.status, e.requestId])).toEqual([
      [0, 503, "req_1"],
      [1, 200, "req_2"],
    ]);
    expect(events.responses[0]?.durationMs).toBe(42);
    expect(events.retries).toEqual([
      expect.objectContaining({
        attempt: 1,
        delayMs: 50,
        reason: "status 503",
        method: "GET",
        url: get().url,
      }),
    ]);
  });

  test("name the reason of each retry", async () => {
    const fetch = scriptedFetch(
      json({}, 429),
      networkError("ECONNRESET"),
      new Response("{", { status: 200 }),
      json({ ok: 1 }),
    );
    const { events, hooks } = recorder();
    const { engine } = engineWith(fetch, { hooks, maxRetries: 3 });
    await engine.send(get(), readJson);
    expect(events.retries.map((e) => e.reason)).toEqual([
      "rate limited",
      "connection failed (ECONNRESET)",
      "unreadable answer (malformed)",
    ]);
    expect(events.retries[1]?.error).toBeInstanceOf(ConnectionError);
    expect(events.retries[2]?.error).toBeInstanceOf(InvalidResponseError);
  });

  test("see a rate limit's error with the wait the server asked for, as it would be thrown", async () => {
    const { events, hooks } = recorder();
    const fetch = scriptedFetch(json({}, 429, { "retry-after": "2" }), json({ ok: 1 }));
    const { engine } = engineWith(fetch, { hooks });
    await engine.send(get(), readJson);
    expect(events.retries[0]?.error).toBeInstanceOf(RateLimitError);
    expect(events.retries[0]?.error).toMatchObject({ retryAfter: 2 });
  });

  test("name a reason even for errors without status or code", async () => {
    const { events, hooks } = recorder();
    const { engine } = engineWith(scriptedFetch(json({})), { hooks, maxRetries: 4 });
    const errors = [
      new APIError("coded", { code: "busy" }),
      new APIError("bare"),
      new InvalidResponseError("shape"),
      new ConnectionError("no code"),
      new APIError("final"),
    ];
    let i = 0;
    await engine
      .send(get(), () => ({ ok: false, error: errors[i++] as APIError, retry: true }))
      .catch(() => undefined);
    expect(events.retries.map((e) => e.reason)).toEqual([
      "busy",
      "APIError",
      "unreadable answer (invalid)",
      "connection failed",
    ]);
  });

  test("never receive a secret: key header, NetworkToken query, presigned link, error causes", async () => {
    const fetch = scriptedFetch(
      networkError("ECONNRESET", `connect to ${URL_WITH_TOKEN} failed`),
      json({ ok: 1 }),
    );
    const { events, hooks } = recorder();
    const { engine } = engineWith(fetch, { hooks, secrets: [KEY, TOKEN] });
    await engine.send(get(URL_WITH_TOKEN, { Authorization: `Bearer ${KEY}`, "X-Link": PRESIGNED }), readJson);
    await engine.send(get(PRESIGNED), readJson);
    const everything = [
      JSON.stringify(events),
      inspect(events, { depth: 20 }),
      ...events.retries.map((e) => inspect(e.error, { depth: 20 })),
    ].join("\n");
    for (const secret of [KEY, TOKEN, "AKIAEXAMPLE", "cafebabe1234"])
      expect(everything).not.toContain(secret);
    expect(events.requests[0]?.headers.authorization).toBe("[REDACTED]");
    expect(events.requests[0]?.url).toContain("NetworkToken=[REDACTED]");
    expect(events.retries[0]?.url).toContain("NetworkToken=[REDACTED]");
    // The request that went out still carried the real credentials.
    expect(fetch.calls[0]?.url).toBe(URL_WITH_TOKEN);
    expect(new Headers(fetch.calls[0]?.init.headers).get("authorization")).toBe(`Bearer ${KEY}`);
  });

  test("a hook that throws, or rejects, never breaks the call", async () => {
    const fetch = scriptedFetch(new Response("", { status: 503 }), json({ ok: 1 }));
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      const hooks = {
        onRequest: () => {
          throw new Error("observer bug");
        },
        onResponse: async () => {
          throw new Error("async observer bug");
        },
        onRetry: () => Promise.reject(new Error("rejected")),
      };
      const { engine } = engineWith(fetch, { hooks });
      await expect(engine.send(get(), readJson)).resolves.toEqual({ ok: 1 });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });

  test("are not built when nobody listens", async () => {
    const fetch = scriptedFetch(json({ ok: 1 }));
    const { engine } = engineWith(fetch, { secrets: [KEY] });
    const redact = vi.spyOn(engine, "redact");
    await engine.send(get(URL_WITH_TOKEN), readJson);
    expect(redact).not.toHaveBeenCalled();
  });
});

describe("logging", () => {
  test("logs each attempt at debug and each retry at info, redacted", async () => {
    const target = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const fetch = scriptedFetch(networkError("ECONNRESET", `reset ${KEY}`), json({ ok: 1 }));
    const { engine } = engineWith(fetch, { secrets: [KEY, TOKEN] });
    const logger = createLogger("trackofferz", target, "debug", engine.redact);
    const logged = engineWith(fetch, { secrets: [KEY, TOKEN], logger }).engine;
    await logged.send(get(URL_WITH_TOKEN, { Authorization: `Bearer ${KEY}` }), readJson);
    const lines = JSON.stringify([target.debug.mock.calls, target.info.mock.calls]);
    expect(lines).not.toContain(KEY);
    expect(lines).not.toContain(TOKEN);
    expect(target.debug.mock.calls.map((c) => c[0])).toEqual([
      `[offerkit:trackofferz] → GET ${URL_WITH_TOKEN.replace(TOKEN, "[REDACTED]")}`,
      `[offerkit:trackofferz] → GET ${URL_WITH_TOKEN.replace(TOKEN, "[REDACTED]")} (retry 1)`,
      expect.stringMatching(/^\[offerkit:trackofferz\] ← 200 GET .*NetworkToken=\[REDACTED\].* in \d+ ms$/),
    ]);
    expect(target.info.mock.calls.map((c) => c[0])).toEqual([
      "[offerkit:trackofferz] retrying in 250 ms (attempt 2/3): connection failed (ECONNRESET)",
    ]);
  });
});

describe("a request's displayUrl", () => {
  test("is what hooks and logs show in place of a URL whose secret the client does not know", async () => {
    const link = "https://dl.example.test/f.zip?token=SIGcanaryPresigned987";
    const { events, hooks } = recorder();
    const lines: string[] = [];
    const logger = createLogger("t", { ...console, debug: (m: string) => lines.push(m) }, "debug", (t) => t);
    const { engine } = engineWith(scriptedFetch(json({ ok: 1 })), { hooks, logger });
    await engine.send({ ...get(link), displayUrl: "https://dl.example.test/f.zip?[link]" }, readJson);
    const seen = JSON.stringify([events, lines]);
    expect(seen).not.toContain("SIGcanary");
    expect(events.requests[0]?.url).toBe("https://dl.example.test/f.zip?[link]");
  });
});
