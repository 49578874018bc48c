import {
  AbortError,
  APIError,
  ConnectionError,
  TimeoutError,
  TrackOfferz,
  type TrackOfferzOptions,
  ValidationError,
} from "@offerkit/trackofferz";
import type { FakeServer } from "@offerkit/trackofferz/testing";
import { afterEach, describe, expect, test } from "vitest";
import { useRig } from "./support/harness.js";

// The same client against the fake as a real HTTP server on 127.0.0.1: real sockets, real resets and truncations.
const rig = useRig();
const servers: FakeServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function overHttp(options: Parameters<typeof rig>[0] = {}, client: TrackOfferzOptions = {}) {
  const { fake } = rig(options);
  const server = await fake.listen();
  servers.push(server);
  const http = new TrackOfferz({
    apiKey: fake.apiKey,
    baseUrl: server.url,
    backoff: { baseMs: 1, capMs: 5 },
    ...client,
  });
  return { fake, server, client: http };
}

describe("over loopback HTTP", () => {
  test("listens on 127.0.0.1 with an ephemeral port", async () => {
    const { server } = await overHttp();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(server.port).toBeGreaterThan(0);
  });

  test("every call of the public API works", async () => {
    const { fake, client } = await overHttp({ clicks: 2_500 });
    const s = await client.reports.summary({ from: "2026-06-01", to: "2026-06-30" });
    expect(s.clicks).toBe(2_500);
    const rows = await client.reports.breakdown({ by: "publisher" });
    expect(rows[0]).toHaveProperty("label");
    const page = await client.reports.conversions({ campaign_id: 5, page: 1, page_size: 100 });
    expect(page.rows.every((r) => r.campaign_id === 5)).toBe(true);
    let clicks = 0;
    for await (const click of client.reports.iterClicks({ from: "2026-06-01", to: "2026-06-30" })) {
      expect(typeof click.is_unique).toBe("boolean");
      clicks++;
    }
    expect(clicks).toBe(2_500);
    fake.addClick({ transaction_id: "click_abc123" });
    const input = {
      transaction_id: "click_abc123",
      event_type: "purchase",
      payout: 12.5,
      sale_amount: 199,
      currency: "USD",
      custom_data: { order_id: "SO-9001" },
    } as const;
    expect((await client.conversions.create(input)).duplicate).toBe(false);
    expect((await client.conversions.create(input)).duplicate).toBe(true);
    expect(fake.requests.every((r) => r.headers["user-agent"]?.includes("@offerkit/trackofferz"))).toBe(true);
  });

  test("API errors come back typed", async () => {
    const { client } = await overHttp();
    await expect(client.reports.summary({ from: "2025-01-01", to: "2026-06-30" })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  test("a real connection reset is retried", async () => {
    const { fake, client } = await overHttp();
    fake.faults.script([{ type: "reset" }]);
    await expect(client.reports.summary()).resolves.toMatchObject({ currency: "USD" });
    expect(fake.requests.map((r) => r.outcome)).toEqual(["reset", "answered"]);
  });

  test("a reset after recording: the conversion is retried and recorded once", async () => {
    const { fake, client } = await overHttp();
    const [id] = fake.freshClickIds(1) as [string];
    fake.faults.script([{ type: "reset", after: true }]);
    await expect(client.conversions.create({ transaction_id: id })).resolves.toMatchObject({
      duplicate: true,
    });
    expect(fake.conversions.recorded()).toHaveLength(1);
  });

  test("a body cut off mid-way is retried", async () => {
    const { fake, client } = await overHttp();
    fake.faults.script([{ type: "truncate" }]);
    await expect(client.reports.clicks({ page_size: 500 })).resolves.toMatchObject({ page_size: 500 });
    expect(fake.requests).toHaveLength(2);
  });

  test("HTML and empty 5xx bodies map by status", async () => {
    const { fake, client } = await overHttp({}, { maxRetries: 1 });
    fake.faults.script([
      { type: "status", status: 502, body: "html" },
      { type: "status", status: 503, body: "empty" },
    ]);
    const error = await client.reports.summary().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 503, code: "unavailable" });
  });

  test("a hang ends with the per-attempt timeout", async () => {
    const { fake, client } = await overHttp({}, { timeout: 150, maxRetries: 0 });
    fake.faults.script([{ type: "hang" }]);
    await expect(client.reports.summary()).rejects.toBeInstanceOf(TimeoutError);
  });

  test("aborting a hanging request stops it", async () => {
    const { fake, client } = await overHttp();
    fake.faults.script([{ type: "hang" }]);
    const controller = new AbortController();
    const call = client.reports.summary({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(call).rejects.toBeInstanceOf(AbortError);
  });

  test("a closed server is a ConnectionError", async () => {
    const { server, client } = await overHttp({}, { maxRetries: 0 });
    await server.close();
    await expect(client.reports.summary()).rejects.toBeInstanceOf(ConnectionError);
  });

  test("close() ends open connections, hanging ones included", async () => {
    const { fake, server, client } = await overHttp({}, { maxRetries: 0 });
    fake.faults.script([{ type: "hang" }]);
    const call = client.reports.summary().catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await server.close();
    expect(await call).toBeInstanceOf(ConnectionError);
  });
});
