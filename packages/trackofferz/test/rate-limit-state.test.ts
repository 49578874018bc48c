import { RateLimitError, TrackOfferz } from "@offerkit/trackofferz";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { useRig } from "./support/harness.js";

const rig = useRig();

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-06-15T12:00:10.000Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("client.rateLimit: the window the API announces on every answer", () => {
  test("is unknown before the first answer, then follows X-RateLimit-* call by call, 429 included", async () => {
    const { client } = rig({ rateLimit: { limit: 3, windowSeconds: 60 } });
    expect(client.rateLimit).toBeUndefined();
    // The fake's window of 60 s started at 12:00:00 and ends at 12:01:00 UTC.
    const reset = Date.parse("2026-06-15T12:01:00Z") / 1000;
    await client.reports.summary();
    expect(client.rateLimit).toEqual({ limit: 3, remaining: 2, reset });
    await client.reports.summary();
    await client.reports.summary();
    expect(client.rateLimit).toEqual({ limit: 3, remaining: 0, reset });
    await expect(client.reports.summary({}, { maxRetries: 0 })).rejects.toBeInstanceOf(RateLimitError);
    expect(client.rateLimit).toEqual({ limit: 3, remaining: 0, reset });
  });

  test("keeps the last usable window when an answer carries none, or garbage", async () => {
    const summary = { from: "2026-06-01", to: "2026-06-30", currency: "USD", clicks: 1, unique_clicks: 1 };
    const body = JSON.stringify({ ...summary, conversions: 0, revenue_cents: 0, payout_cents: 0 });
    const answers: Record<string, string>[] = [
      { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "99", "x-ratelimit-reset": "1781524860" },
      {},
      { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "-1", "x-ratelimit-reset": "1781524860" },
      { "x-ratelimit-limit": "1e400", "x-ratelimit-remaining": "5", "x-ratelimit-reset": "soon" },
      { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "2.5", "x-ratelimit-reset": "1781524860" },
    ];
    const client = new TrackOfferz({
      apiKey: "tofz_sk_test_rate_limit",
      fetch: async () => new Response(body, { headers: answers.shift() ?? {} }),
    });
    for (let i = 0; i < 5; i++) {
      await client.reports.summary();
      expect(client.rateLimit).toEqual({ limit: 100, remaining: 99, reset: 1781524860 });
    }
  });

  test("is not part of the client's JSON", async () => {
    const { client } = rig();
    await client.reports.summary();
    expect(JSON.parse(JSON.stringify(client))).not.toHaveProperty("rateLimit");
  });
});
