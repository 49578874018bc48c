import {
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  TrackOfferzError,
  ValidationError,
} from "@offerkit/trackofferz";
import { afterEach, describe, expect, test, vi } from "vitest";
import { useRig } from "./support/harness.js";

const rig = useRig();

afterEach(() => {
  vi.useRealTimers();
});

describe("conversions.create", () => {
  test("records a conversion, converting decimals to exact cents", async () => {
    const { fake, client } = rig();
    fake.addClick({ transaction_id: "click_abc123", campaign_id: 5, publisher_id: 17 });
    const res = await client.conversions.create({
      transaction_id: "click_abc123",
      event_type: "purchase",
      payout: 12.5,
      sale_amount: 199,
      currency: "USD",
      custom_data: { order_id: "SO-9001" },
    });
    expect(res).toEqual({ status: "approved", conversion_id: expect.any(Number), duplicate: false });
    expect(fake.conversions.get("click_abc123")).toMatchObject({
      conversion_id: res.conversion_id,
      payout_cents: 1250,
      sale_amount_cents: 19900,
      campaign_id: 5,
      publisher_id: 17,
      custom_data: { order_id: "SO-9001" },
    });
  });

  test.each([
    [{ payout: 19.99 }, { payout_cents: 1999 }],
    [
      { payout: 0.29, sale_amount: 0.29 },
      { payout_cents: 29, sale_amount_cents: 29 },
    ],
    [
      { payout_cents: 1250, sale_amount_cents: 19900 },
      { payout_cents: 1250, sale_amount_cents: 19900 },
    ],
    [{ payout: 12.5, payout_cents: 1250 }, { payout_cents: 1250 }],
    // Minor units follow the currency: yen have none, dinars three.
    [
      { payout: 500, sale_amount: 12000, currency: "JPY" },
      { payout_cents: 500, sale_amount_cents: 12000, currency: "JPY" },
    ],
    [
      { payout: 1.234, currency: "KWD" },
      { payout_cents: 1234, currency: "KWD" },
    ],
  ])("sends %o as %o on the wire", async (amounts, wire) => {
    const { fake, clientWith } = rig();
    const bodies: unknown[] = [];
    fake.addClick({ transaction_id: "click_money" });
    const spy = clientWith({
      fetch: async (input, init) => {
        bodies.push(await new Response(init?.body).json());
        return fake.fetch(input, init);
      },
    });
    await spy.conversions.create({ transaction_id: "click_money", ...amounts });
    expect(bodies).toEqual([{ transaction_id: "click_money", ...wire }]);
  });

  test("rejects a decimal and a cents amount that disagree, before any request", async () => {
    const { fake, client } = rig();
    const error = await client.conversions
      .create({ transaction_id: "click_x", payout: 12.5, payout_cents: 1200 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ param: "payout", code: "conflicting_amounts" });
    expect(fake.requests).toHaveLength(0);
  });

  test("rejects a missing transaction_id before any request", async () => {
    const { fake, client } = rig();
    await expect(client.conversions.create({} as never)).rejects.toMatchObject({ param: "transaction_id" });
    expect(fake.requests).toHaveLength(0);
  });

  test("returns duplicate: true when the transaction id was recorded before, and counts it once", async () => {
    const { fake, client } = rig();
    const [id] = fake.freshClickIds(1) as [string];
    const first = await client.conversions.create({ transaction_id: id, payout: 10 });
    const second = await client.conversions.create({ transaction_id: id, payout: 10 });
    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ ...first, duplicate: true });
    expect(fake.conversions.recorded()).toHaveLength(1);
    expect(fake.conversions.received(id)).toBe(2);
  });

  test("a click that already has a seeded conversion answers duplicate with that conversion", async () => {
    const { fake, client } = rig();
    const seeded = (await client.reports.conversions({ page_size: 1 })).rows[0]!;
    const res = await client.conversions.create({ transaction_id: seeded.transaction_id });
    expect(res).toEqual({ status: seeded.status, conversion_id: seeded.conversion_id, duplicate: true });
    expect(fake.conversions.recorded()).toHaveLength(0);
  });

  test("404 click_not_found is a NotFoundError naming the parameter at fault", async () => {
    const { client } = rig();
    const error = await client.conversions
      .create({ transaction_id: "click_nobody" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(TrackOfferzError);
    expect(error).toMatchObject({
      status: 404,
      code: "click_not_found",
      param: "transaction_id",
      requestId: expect.stringMatching(/^req_/),
    });
  });

  test("a click outside the attribution window is not found", async () => {
    const { fake, client } = rig({ attributionWindowDays: 7 });
    // Click 1 is from 2026-06-01 and has no seeded conversion.
    await expect(
      client.conversions.create({ transaction_id: fake.clickAt(1).transaction_id }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  test.each([
    [{ currency: "usd" }, "currency"],
    [{ event_type: "sale" }, "event_type"],
    [{ payout_cents: -100 }, "payout_cents"],
    [{ sale_amount_cents: -1 }, "sale_amount_cents"],
    [{ custom_data: { nested: { a: 1 } } }, "custom_data"],
    [{ amount: 5 }, "amount"],
  ])("the API's 422 for %o is a ValidationError with param %s", async (extra, param) => {
    const { fake, client } = rig();
    const [id] = fake.freshClickIds(1) as [string];
    const error = await client.conversions
      .create({ transaction_id: id, ...(extra as object) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, code: "validation_failed", param });
    expect(fake.requests).toHaveLength(1);
  });

  test("a negative payout is accepted for a refund", async () => {
    const { fake, client } = rig();
    const [id] = fake.freshClickIds(1) as [string];
    await expect(
      client.conversions.create({ transaction_id: id, event_type: "refund", payout: -5 }),
    ).resolves.toMatchObject({
      duplicate: false,
    });
    expect(fake.conversions.get(id)?.payout_cents).toBe(-500);
  });

  test("a read-only key gets PermissionDeniedError", async () => {
    const { fake, clientWith } = rig({ readOnlyApiKey: "tofz_sk_read_only" });
    const client = clientWith({ apiKey: "tofz_sk_read_only" });
    await expect(client.reports.summary()).resolves.toBeDefined();
    await expect(
      client.conversions.create({ transaction_id: fake.freshClickIds(1)[0]! }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe("conversions.create is retried like a GET and never counted twice", () => {
  test("a reset after the API recorded it: the retry answers duplicate, the fake holds it once", async () => {
    const { fake, client } = rig();
    const [id] = fake.freshClickIds(1) as [string];
    fake.faults.script([{ type: "reset", after: true }], { path: "/conversions" });
    const res = await client.conversions.create({ transaction_id: id, payout: 3 });
    expect(res.duplicate).toBe(true);
    expect(fake.conversions.recorded().map((c) => c.transaction_id)).toEqual([id]);
    expect(fake.conversions.received(id)).toBe(2);
  });

  test("a reset before the API saw it: the retry records it", async () => {
    const { fake, client } = rig();
    const [id] = fake.freshClickIds(1) as [string];
    fake.faults.script([{ type: "reset" }, { type: "status", status: 503 }], { path: "/conversions" });
    await expect(client.conversions.create({ transaction_id: id })).resolves.toMatchObject({
      duplicate: false,
    });
    expect(fake.conversions.recorded()).toHaveLength(1);
  });

  test("409 conflict from a concurrent request for the same id is retried until it settles", async () => {
    vi.useFakeTimers();
    const { fake, clientWith } = rig();
    const client = clientWith({ backoff: { baseMs: 40 }, maxRetries: 10 });
    const [id] = fake.freshClickIds(1) as [string];
    fake.faults.latency(50, { path: "/conversions" });
    const both = Promise.all([
      client.conversions.create({ transaction_id: id }),
      client.conversions.create({ transaction_id: id }),
    ]);
    await vi.runAllTimersAsync();
    const results = await both;
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(fake.requests.some((r) => r.status === 409)).toBe(true);
    expect(fake.conversions.recorded()).toHaveLength(1);
  });

  test("409 that never settles ends in ConflictError", async () => {
    const { fake, client } = rig();
    fake.faults.script(Array(3).fill({ type: "status", status: 409 }));
    await expect(
      client.conversions.create({ transaction_id: fake.freshClickIds(1)[0]! }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(fake.requests).toHaveLength(3);
  });

  test("under random faults, 300 conversions are each recorded exactly once: none lost, none doubled", async () => {
    vi.useFakeTimers();
    const { fake, clientWith } = rig({ clicks: 5_000, conversions: 0 });
    const client = clientWith({
      maxRetries: 12,
      timeout: 2_000,
      backoff: { baseMs: 10, capMs: 200 },
      retryBudget: false,
    });
    fake.faults.random({
      rate: 0.35,
      seed: 2026,
      faults: [
        { type: "reset" },
        { type: "reset", after: true },
        { type: "hang", after: true },
        { type: "truncate" },
        { type: "status", status: 503, body: "html" },
        { type: "status", status: 502, body: "empty" },
        { type: "rate-limit", retryAfter: 1 },
        { type: "malformed-json" },
      ],
    });
    const ids = fake.freshClickIds(300);
    const all = Promise.all(ids.map((id) => client.conversions.create({ transaction_id: id, payout: 1.23 })));
    await vi.runAllTimersAsync();
    const results = await all;
    expect(results).toHaveLength(300);
    expect(fake.faults.served.length).toBeGreaterThan(50);
    const recorded = fake.conversions.recorded();
    expect(recorded.map((c) => c.transaction_id).sort()).toEqual([...ids].sort());
    expect(new Set(recorded.map((c) => c.conversion_id)).size).toBe(300);
    expect(recorded.every((c) => c.payout_cents === 123)).toBe(true);
    // Each answer names the conversion the fake holds, whichever attempt recorded it.
    for (const [i, id] of ids.entries())
      expect(results[i]?.conversion_id).toBe(fake.conversions.get(id)?.conversion_id);
  });
});
