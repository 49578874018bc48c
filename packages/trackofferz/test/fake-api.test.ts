import { createFakeTrackOfferz, type FakeTrackOfferz } from "@offerkit/trackofferz/testing";
import { afterEach, describe, expect, test, vi } from "vitest";
import { useRig } from "./support/harness.js";

// The fake itself, spoken to with plain fetch: what a user's own integration would see.
const rig = useRig();

afterEach(() => {
  vi.useRealTimers();
});

function call(fake: FakeTrackOfferz, path: string, init: RequestInit & { key?: string | null } = {}) {
  const { key = fake.apiKey, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (key !== null) headers.set("authorization", `Bearer ${key}`);
  if (rest.body !== undefined) headers.set("content-type", "application/json");
  return fake.fetch(`${fake.baseUrl}${path}`, { ...rest, headers });
}

async function json(response: Response) {
  return { status: response.status, body: await response.json() };
}

const post = (fake: FakeTrackOfferz, body: unknown) =>
  call(fake, "/conversions", {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("authentication", () => {
  test("no Authorization header is 401 missing_api_key", async () => {
    const { fake } = rig();
    expect(await json(await call(fake, "/reports/summary", { key: null }))).toEqual({
      status: 401,
      body: { error: { code: "missing_api_key", message: "Send Authorization: Bearer <key>" } },
    });
  });

  test("a wrong key is 401 invalid_api_key", async () => {
    const { fake } = rig();
    expect((await json(await call(fake, "/reports/summary", { key: "tofz_sk_other" }))).body.error.code).toBe(
      "invalid_api_key",
    );
  });

  test("the request log masks the key", async () => {
    const { fake } = rig();
    await call(fake, "/reports/summary");
    expect(fake.requests[0]).toMatchObject({
      authorized: true,
      headers: { authorization: "Bearer [REDACTED]" },
    });
  });
});

describe("query parameters", () => {
  test.each([
    ["/reports/summary?page=1", "page", "invalid_parameter"],
    ["/reports/clicks?status=approved", "status", "invalid_parameter"],
    ["/reports/summary?from=2026-06-01&from=2026-06-02&to=2026-06-30", "from", "invalid_parameter"],
    ["/reports/summary?from=2026-02-30&to=2026-03-01", "from", "invalid_date"],
    ["/reports/summary?from=2026-06-01", "to", "invalid_parameter"],
    ["/reports/summary?from=2026-06-02&to=2026-06-01", "from", "invalid_range"],
    ["/reports/breakdown", "by", "invalid_parameter"],
    ["/reports/breakdown?by=city", "by", "invalid_parameter"],
    ["/reports/breakdown?by=day&limit=0", "limit", "invalid_parameter"],
    ["/reports/conversions?status=won", "status", "invalid_parameter"],
    ["/reports/conversions?campaign_id=abc", "campaign_id", "invalid_parameter"],
    ["/reports/clicks?page_size=1001", "page_size", "invalid_parameter"],
    ["/conversions?debug=1", "debug", "invalid_parameter"],
  ])("%s → 400 naming %s", async (path, param, code) => {
    const { fake } = rig();
    const method = path.startsWith("/conversions") ? "POST" : "GET";
    const body = method === "POST" ? JSON.stringify({ transaction_id: "click_1" }) : undefined;
    const { status, body: answer } = await json(await call(fake, path, { method, body }));
    expect(status).toBe(400);
    expect(answer.error).toMatchObject({ code, param });
  });

  test("a range over 366 days is invalid_range without a param", async () => {
    const { fake } = rig();
    const { body } = await json(await call(fake, "/reports/summary?from=2025-01-01&to=2026-01-02"));
    expect(body).toEqual({
      error: { code: "invalid_range", message: "The range must not span more than 366 days" },
    });
  });
});

describe("headers", () => {
  test("every answer carries a unique X-Request-Id and the rate-limit headers", async () => {
    const { fake } = rig({ rateLimit: { limit: 50, windowSeconds: 60 } });
    const a = await call(fake, "/reports/summary");
    const b = await call(fake, "/reports/nope");
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
    expect(b.status).toBe(404);
    expect([a.headers.get("x-ratelimit-limit"), a.headers.get("x-ratelimit-remaining")]).toEqual([
      "50",
      "49",
    ]);
    expect(Number(a.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000 - 1);
  });

  test("over the rate limit: 429 rate_limited with Retry-After until the window ends", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-06-15T12:00:45Z"));
    const { fake } = rig({ rateLimit: { limit: 1, windowSeconds: 60 } });
    await call(fake, "/reports/summary");
    const limited = await call(fake, "/reports/summary");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("15");
    expect((await limited.json()).error.code).toBe("rate_limited");
  });
});

describe("POST /conversions", () => {
  test.each([
    [{}, 422, "transaction_id"],
    [{ transaction_id: "has space" }, 422, "transaction_id"],
    [{ transaction_id: "x".repeat(129) }, 422, "transaction_id"],
    [{ transaction_id: "click_1", payout_cents: 1.5 }, 422, "payout_cents"],
    [{ transaction_id: "click_1", currency: "EURO" }, 422, "currency"],
    [
      {
        transaction_id: "click_1",
        custom_data: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i])),
      },
      422,
      "custom_data",
    ],
    [{ transaction_id: "click_1", custom_data: [] }, 422, "custom_data"],
  ])("%o → %i naming %s", async (body, status, param) => {
    const { fake } = rig();
    const answer = await json(await post(fake, body));
    expect(answer.status).toBe(status);
    expect(answer.body.error).toMatchObject({ code: "validation_failed", param });
    expect(fake.conversions.recorded()).toEqual([]);
  });

  test("a body that is not JSON is 400 invalid_json", async () => {
    const { fake } = rig();
    expect((await json(await post(fake, "{nope"))).body.error.code).toBe("invalid_json");
  });

  test("records once per transaction id: 201, then 200 with duplicate", async () => {
    const { fake } = rig();
    const [id] = fake.freshClickIds(1) as [string];
    const first = await json(await post(fake, { transaction_id: id }));
    const again = await json(await post(fake, { transaction_id: id, payout_cents: 1 }));
    expect(first.status).toBe(201);
    expect(again).toEqual({ status: 200, body: { ...first.body, duplicate: true } });
    expect(fake.conversions.recorded()).toHaveLength(1);
    expect(fake.conversions.received(id)).toBe(2);
  });

  test("a second request while the first is being recorded is 409 conflict", async () => {
    vi.useFakeTimers();
    const { fake } = rig();
    const [id] = fake.freshClickIds(1) as [string];
    fake.faults.latency(100, { method: "POST" });
    const first = post(fake, { transaction_id: id });
    await vi.advanceTimersByTimeAsync(10);
    const second = await json(await post(fake, { transaction_id: id }));
    expect(second).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", param: "transaction_id" } },
    });
    await vi.advanceTimersByTimeAsync(100);
    expect((await first).status).toBe(201);
  });

  test("recorded conversions show up in the conversions report and the summary", async () => {
    const { fake } = rig({ conversions: 0 });
    const [id] = fake.freshClickIds(1) as [string];
    await post(fake, { transaction_id: id, payout_cents: 700 });
    const page = (await json(await call(fake, "/reports/conversions"))).body;
    expect(page.rows).toEqual([
      expect.objectContaining({ transaction_id: id, payout_cents: 700, created_at: "2026-06-30T23:59:59Z" }),
    ]);
    const summary = (await json(await call(fake, "/reports/summary"))).body;
    expect(summary).toMatchObject({ conversions: 1, payout_cents: 700, revenue_cents: 1015 });
  });
});

describe("seeded data", () => {
  test("is deterministic for a seed and different for another", async () => {
    const a = createFakeTrackOfferz({ seed: 7 });
    const b = createFakeTrackOfferz({ seed: 7 });
    const c = createFakeTrackOfferz({ seed: 8 });
    const page = (fake: FakeTrackOfferz) => call(fake, "/reports/clicks?page=3").then((r) => r.text());
    expect(await page(a)).toBe(await page(b));
    expect(await page(a)).not.toBe(await page(c));
  });

  test("the summary agrees with the rows of the reports", async () => {
    const { fake } = rig({ clicks: 3_000, conversions: 300 });
    const q = "from=2026-06-05&to=2026-06-20";
    const summary = (await json(await call(fake, `/reports/summary?${q}&campaign_id=2`))).body;
    const clicks = (await json(await call(fake, `/reports/clicks?${q}&campaign_id=2&page_size=1000`))).body;
    const conversions = (
      await json(await call(fake, `/reports/conversions?${q}&campaign_id=2&page_size=1000`))
    ).body;
    const counted = conversions.rows.filter(
      (r: { status: string }) => r.status === "approved" || r.status === "pending",
    );
    expect(summary.clicks).toBe(clicks.total);
    expect(summary.unique_clicks).toBe(clicks.rows.filter((r: { is_unique: boolean }) => r.is_unique).length);
    expect(summary.conversions).toBe(counted.length);
    expect(summary.payout_cents).toBe(
      counted.reduce((s: number, r: { payout_cents: number }) => s + r.payout_cents, 0),
    );
  });

  test("seed() replaces the data; addClick adds a click the reports show", async () => {
    const { fake } = rig();
    fake.seed({ clicks: 10, conversions: 2, from: "2026-06-29", to: "2026-06-30" });
    fake.addClick({ transaction_id: "click_abc123", country_code: "DE" });
    const page = (await json(await call(fake, "/reports/clicks"))).body;
    expect(page.total).toBe(11);
    expect(page.rows.at(-1)).toMatchObject({ transaction_id: "click_abc123", country_code: "DE" });
    expect(() => fake.addClick({ transaction_id: "click_abc123" })).toThrow(/already exists/);
  });

  test("seed options are checked", () => {
    expect(() => createFakeTrackOfferz({ clicks: 10, conversions: 11 })).toThrow(RangeError);
    expect(() => createFakeTrackOfferz({ to: "2026-07-01" })).toThrow(RangeError);
  });
});

describe("faults", () => {
  test("scripts serve in order to matching requests; pass skips one", async () => {
    const { fake } = rig();
    fake.faults.script([{ type: "pass" }, { type: "status", status: 503 }], { path: "/reports/clicks" });
    const statuses = [];
    for (const path of [
      "/reports/summary",
      "/reports/clicks",
      "/reports/summary",
      "/reports/clicks",
      "/reports/clicks",
    ]) {
      statuses.push((await call(fake, path)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 503, 200]);
    expect(fake.faults.pending).toBe(0);
    expect(fake.faults.served.map((s) => s.fault.type)).toEqual(["status"]);
  });

  test("random faults are reproducible for a seed", async () => {
    const run = async () => {
      const fake = createFakeTrackOfferz();
      fake.faults.random({
        rate: 0.5,
        seed: 99,
        faults: [
          { type: "status", status: 500 },
          { type: "status", status: 502 },
        ],
      });
      const statuses = [];
      for (let i = 0; i < 20; i++) statuses.push((await call(fake, "/reports/summary")).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 500, 502]));
  });

  test("Retry-After forms: seconds, HTTP-date, verbatim", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-06-15T12:00:00Z"));
    const { fake } = rig();
    fake.faults.script([
      { type: "rate-limit" },
      { type: "rate-limit", retryAfter: { date: 90 } },
      { type: "status", status: 503, retryAfter: "99999999999", body: "html" },
    ]);
    const headers = [];
    for (let i = 0; i < 3; i++)
      headers.push((await call(fake, "/reports/summary")).headers.get("retry-after"));
    expect(headers).toEqual(["1", "Mon, 15 Jun 2026 12:01:30 GMT", "99999999999"]);
  });

  test("HTML and empty bodies look like a proxy's: no JSON, no request id", async () => {
    const { fake } = rig();
    fake.faults.script([
      { type: "status", status: 502, body: "html" },
      { type: "status", status: 504, body: "empty" },
    ]);
    const html = await call(fake, "/reports/summary");
    expect(html.headers.get("content-type")).toBe("text/html");
    expect(await html.text()).toContain("<html>");
    expect(html.headers.get("x-request-id")).toBeNull();
    const empty = await call(fake, "/reports/summary");
    expect([empty.status, await empty.text()]).toEqual([504, ""]);
  });

  test("latency can depend on the request (per-page latency)", async () => {
    vi.useFakeTimers();
    const { fake } = rig();
    fake.faults.latency((r) => (r.page ?? 1) * 100, { path: "/reports/clicks" });
    let done = false;
    const answer = call(fake, "/reports/clicks?page=3").then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await answer;
    expect(done).toBe(true);
  });

  test("clear() and reset() remove the rules", async () => {
    const { fake } = rig();
    fake.faults.script([{ type: "status", status: 500 }]).latency(1_000);
    fake.reset();
    expect((await call(fake, "/reports/summary")).status).toBe(200);
    expect(fake.requests).toHaveLength(1);
  });

  test("a random rule needs a sane rate", () => {
    const { fake } = rig();
    expect(() => fake.faults.random({ rate: 2, faults: [{ type: "reset" }] })).toThrow(RangeError);
  });
});
