import {
  APIError,
  AuthenticationError,
  ConnectionError,
  RateLimitError,
  type RetryEvent,
  TrackOfferzError,
} from "@offerkit/trackofferz";
import type { Fault } from "@offerkit/trackofferz/testing";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { useRig } from "./support/harness.js";
import { track } from "./support/track.js";

const rig = useRig();

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-06-15T12:00:00.000Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("429 honours Retry-After", () => {
  test("in delta-seconds: the retry comes exactly when the API said", async () => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "rate-limit", retryAfter: 2 }]);
    const call = track(client.reports.summary());
    await vi.advanceTimersByTimeAsync(1_999);
    expect([call.done, fake.requests.length]).toEqual([false, 1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(call).toMatchObject({ done: true, value: { currency: "USD" } });
    expect(fake.requests).toHaveLength(2);
  });

  test("as an HTTP-date", async () => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "rate-limit", retryAfter: { date: 3 } }]);
    const call = track(client.reports.summary());
    await vi.advanceTimersByTimeAsync(2_999);
    expect(call.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(call).toMatchObject({ done: true, value: { currency: "USD" } });
  });

  test("a malformed Retry-After falls back to backoff", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "rate-limit", retryAfter: "soon" }]);
    const call = track(clientWith({ backoff: { baseMs: 100, capMs: 100 } }).reports.summary());
    await vi.advanceTimersByTimeAsync(100);
    expect(call.done).toBe(true);
    expect(fake.requests).toHaveLength(2);
  });

  test("longer than maxRetryAfter (default 60 s) is not slept through: RateLimitError with retryAfter", async () => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "rate-limit", retryAfter: 3_600 }]);
    const call = track(client.reports.summary());
    await vi.advanceTimersByTimeAsync(0);
    expect(call.done).toBe(true);
    expect(call.error).toBeInstanceOf(RateLimitError);
    expect(call.error).toMatchObject({ status: 429, code: "rate_limited", retryAfter: 3_600 });
    expect((call.error as Error).message).toContain("maxRetryAfter");
    expect(fake.requests).toHaveLength(1);
  });

  test.each<[string, Fault, number]>([
    ["an absurd delta", { type: "rate-limit", retryAfter: "99999999999" }, 99_999_999_999],
    ["an HTTP-date a day away", { type: "rate-limit", retryAfter: { date: 86_400 } }, 86_400],
  ])("%s fails at once with retryAfter in seconds", async (_, fault, seconds) => {
    const { fake, client } = rig();
    fake.faults.script([fault]);
    const call = track(client.reports.summary());
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toBeInstanceOf(RateLimitError);
    expect((call.error as RateLimitError).retryAfter).toBe(seconds);
  });

  test("the ceiling is configurable", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "rate-limit", retryAfter: 120 }]);
    const call = track(clientWith({ maxRetryAfter: 300 }).reports.summary());
    await vi.advanceTimersByTimeAsync(119_999);
    expect(call.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(call.value).toBeDefined();
  });

  test("still rate limited after maxRetries: RateLimitError carrying retryAfter", async () => {
    const { fake, client } = rig();
    fake.faults.script(Array(3).fill({ type: "rate-limit", retryAfter: 1 }));
    const call = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(call.error).toBeInstanceOf(RateLimitError);
    expect(call.error).toMatchObject({ retryAfter: 1, requestId: fake.requests[2]?.id });
    expect(fake.requests).toHaveLength(3);
  });

  test("the fake's own rate limit is honoured the same way", async () => {
    const { fake, client } = rig({ rateLimit: { limit: 2, windowSeconds: 10 } });
    const calls = [
      track(client.reports.summary()),
      track(client.reports.summary()),
      track(client.reports.summary()),
    ];
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.done)).toEqual([true, true, false]);
    expect(fake.requests[2]).toMatchObject({ status: 429 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls[2]?.value).toBeDefined();
  });
});

describe("what is retried", () => {
  test.each([408, 409, 500, 502, 503, 504])("%i is retried", async (status) => {
    const { fake, client } = rig();
    fake.faults.script([
      { type: "status", status },
      { type: "status", status },
    ]);
    const call = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(call.value).toMatchObject({ currency: "USD" });
    expect(fake.requests).toHaveLength(3);
  });

  test.each([400, 401, 403, 404, 422])("%i is never retried", async (status) => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "status", status }]);
    const call = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(call.error).toBeInstanceOf(TrackOfferzError);
    expect((call.error as TrackOfferzError).status).toBe(status);
    expect(fake.requests).toHaveLength(1);
  });

  test("a wrong key is an AuthenticationError, not retried", async () => {
    const { fake, clientWith } = rig();
    const call = track(clientWith({ apiKey: "tofz_sk_wrong_key" }).reports.summary());
    await vi.runAllTimersAsync();
    expect(call.error).toBeInstanceOf(AuthenticationError);
    expect(call.error).toMatchObject({ status: 401, code: "invalid_api_key" });
    expect(fake.requests).toHaveLength(1);
  });

  test("connection failures are retried", async () => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "reset" }, { type: "reset" }]);
    const call = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(call.value).toBeDefined();
    expect(fake.requests.map((r) => r.outcome)).toEqual(["reset", "reset", "answered"]);
  });

  test("up to maxRetries (default 2), then the last error", async () => {
    const { fake, client } = rig();
    fake.faults.script(Array(5).fill({ type: "status", status: 503 }));
    const call = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(call.error).toBeInstanceOf(APIError);
    expect(call.error).toMatchObject({ status: 503, code: "unavailable" });
    expect(fake.requests).toHaveLength(3);
  });

  test("maxRetries per client and per call", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script(Array(10).fill({ type: "reset" }));
    const client = clientWith({ maxRetries: 4 });
    const first = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(first.error).toBeInstanceOf(ConnectionError);
    expect(fake.requests).toHaveLength(5);
    const second = track(client.reports.summary({}, { maxRetries: 0 }));
    await vi.runAllTimersAsync();
    expect(second.error).toBeInstanceOf(ConnectionError);
    expect(fake.requests).toHaveLength(6);
  });

  test("waits grow exponentially with full jitter, up to the cap", async () => {
    const { fake, clientWith } = rig();
    const retries: RetryEvent[] = [];
    const client = clientWith({
      maxRetries: 6,
      backoff: { baseMs: 100, capMs: 1_000 },
      hooks: { onRetry: (event) => retries.push(event) },
    });
    fake.faults.script(Array(6).fill({ type: "status", status: 500 }));
    const call = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(call.value).toBeDefined();
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3, 4, 5, 6]);
    retries.forEach((r, k) => {
      expect(r.delayMs).toBeGreaterThanOrEqual(0);
      expect(r.delayMs).toBeLessThan(Math.min(1_000, 100 * 2 ** k));
    });
  });

  test("the retry budget stops retries when it runs dry", async () => {
    const { fake, clientWith } = rig();
    const client = clientWith({ retryBudget: { capacity: 10, retryCost: 5 } });
    fake.faults.script(Array(10).fill({ type: "status", status: 503 }));
    const first = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(fake.requests).toHaveLength(3);
    const second = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(first.error).toBeInstanceOf(APIError);
    expect(second.error).toBeInstanceOf(APIError);
    // The budget is empty: the second call may not retry at all.
    expect(fake.requests).toHaveLength(4);
  });
});

describe("observability", () => {
  test("hooks and logs see every attempt and retry, never the key", async () => {
    const { fake, clientWith } = rig();
    const lines: string[] = [];
    const events: unknown[] = [];
    const log = (line: string) => lines.push(line);
    const client = clientWith({
      logger: { debug: log, info: log, warn: log, error: log },
      logLevel: "debug",
      hooks: {
        onRequest: (e) => events.push(["request", e]),
        onResponse: (e) => events.push(["response", e]),
        onRetry: (e) => events.push(["retry", e]),
      },
    });
    fake.faults.script([{ type: "status", status: 503, message: `upstream said ${fake.apiKey}` }]);
    const call = track(client.reports.summary());
    await vi.runAllTimersAsync();
    expect(call.value).toBeDefined();
    expect(events.map((e) => (e as [string])[0])).toEqual([
      "request",
      "response",
      "retry",
      "request",
      "response",
    ]);
    expect(lines.some((l) => l.startsWith("[offerkit:trackofferz] retrying"))).toBe(true);
    const everything = JSON.stringify(events) + lines.join("\n");
    expect(everything).not.toContain(fake.apiKey);
    expect(everything).toContain("[REDACTED]");
  });
});
