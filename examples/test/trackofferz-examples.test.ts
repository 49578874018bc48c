/**
 * The TrackOfferz examples, run as a user runs them: copied into a fresh project that has the packed packages
 * installed from their tarballs, started as their own Node process, and pointed at the fake TrackOfferz API
 * (`@offerkit/trackofferz/testing`) on 127.0.0.1 through TRACKOFFERZ_BASE_URL.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ConversionRow, TrackOfferz } from "@offerkit/trackofferz";
import { createFakeTrackOfferz, type FakeServer, type FakeTrackOfferz } from "@offerkit/trackofferz/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyExamples } from "../../scripts/packed/copy-examples.mjs";
import { preparePackedProject } from "../../scripts/packed/packed-project.mjs";
import { parseCsv, runExample, startExample } from "./run-example.js";

let project: Awaited<ReturnType<typeof preparePackedProject>> | undefined;
let fake: FakeTrackOfferz;
let server: FakeServer;
let env: Record<string, string>;

beforeAll(async () => {
  fake = createFakeTrackOfferz({ clicks: 3_000, conversions: 1_234 });
  [project, server] = await Promise.all([preparePackedProject(), fake.listen()]);
  copyExamples(project.dir);
  env = { TRACKOFFERZ_API_KEY: fake.apiKey, TRACKOFFERZ_BASE_URL: server.url };
}, 300_000);

afterAll(async () => {
  await server?.close();
  project?.remove();
});

describe("examples/report-export-csv", () => {
  const program = "examples/report-export-csv/export-conversions.mjs";

  test("writes every conversion of the range as one CSV row, in report order, amounts as exact decimals", async () => {
    const dir = project!.dir;
    const { code, stderr } = await runExample(dir, program, ["2026-06-01", "2026-06-30", "out.csv"], env);
    expect(code, stderr).toBe(0);

    const expected: ConversionRow[] = [];
    const client = new TrackOfferz({ apiKey: fake.apiKey, fetch: fake.fetch });
    for await (const row of client.reports.iterConversions({ from: "2026-06-01", to: "2026-06-30" }))
      expected.push(row);
    expect(expected.length).toBeGreaterThan(1_000); // more than one page of 1000

    const [header, ...rows] = parseCsv(readFileSync(join(dir, "out.csv"), "utf8"));
    expect(header).toEqual([
      "conversion_id",
      "created_at",
      "transaction_id",
      "campaign_id",
      "publisher_id",
      "event_type",
      "status",
      "currency",
      "payout",
      "sale_amount",
      "custom_data",
    ]);
    expect(rows.map((r) => Number(r[0]))).toEqual(expected.map((c) => c.conversion_id));
    rows.forEach((r, i) => {
      const c = expected[i]!;
      expect(r[8], `payout of ${c.conversion_id}`).toBe((c.payout_cents / 100).toFixed(2));
      expect(r[9]).toBe(c.sale_amount_cents === null ? "" : (c.sale_amount_cents / 100).toFixed(2));
      expect(r[10]).toBe(Object.keys(c.custom_data).length ? JSON.stringify(c.custom_data) : "");
    });
    expect(stderr).toContain(
      `exported ${expected.length} conversions from 2026-06-01 to 2026-06-30 to out.csv`,
    );
  }, 60_000);

  test("explains a rejected key without printing it, and exits 1", async () => {
    const wrongKey = "tofz_sk_wrong_key_0123456789";
    const { code, stdout, stderr } = await runExample(project!.dir, program, ["2026-06-01", "2026-06-30"], {
      ...env,
      TRACKOFFERZ_API_KEY: wrongKey,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^check TRACKOFFERZ_API_KEY: /m);
    expect(stdout + stderr).not.toContain(wrongKey);
  }, 60_000);
});

describe("examples/conversion-webhook", () => {
  const program = "examples/conversion-webhook/webhook-server.mjs";
  const secret = "shop-webhook-secret";
  const sign = (body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  let webhook: Awaited<ReturnType<typeof startExample>>;
  let url: string;

  beforeAll(async () => {
    webhook = await startExample(
      project!.dir,
      program,
      { ...env, PORT: "0", WEBHOOK_SECRET: secret },
      /listening on (\S+)/,
    );
    url = webhook.match[1]!;
  }, 60_000);

  afterAll(async () => {
    await webhook?.stop();
  });

  const post = async (order: object, signature?: string) => {
    const body = JSON.stringify(order);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-signature": signature ?? sign(body) },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  test("records a paid order as a conversion, the decimal total as exact cents", async () => {
    const [clickId] = fake.freshClickIds(1);
    const answer = await post({ click_id: clickId, order_id: "SO-9001", total: "19.99", currency: "USD" });
    expect(answer).toMatchObject({ status: 200, body: { duplicate: false } });
    expect(fake.conversions.get(clickId!)).toMatchObject({
      transaction_id: clickId,
      event_type: "purchase",
      sale_amount_cents: 1999,
      custom_data: { order_id: "SO-9001" },
    });
  });

  test("a web hook the shop sends twice is recorded once", async () => {
    const [clickId] = fake.freshClickIds(1);
    const order = { click_id: clickId, order_id: "SO-9002", total: "5.10" };
    expect((await post(order)).body).toMatchObject({ duplicate: false });
    expect((await post(order)).body).toMatchObject({ duplicate: true });
    expect(fake.conversions.recorded().filter((c) => c.transaction_id === clickId)).toHaveLength(1);
    expect(fake.conversions.get(clickId!)?.sale_amount_cents).toBe(510);
  });

  test("answers 422 for a click TrackOfferz does not know, so the shop stops retrying", async () => {
    const answer = await post({ click_id: "click_unknown_1", order_id: "SO-9003", total: "1.00" });
    expect(answer).toMatchObject({ status: 422, body: { code: "click_not_found" } });
  });

  test("refuses a web hook whose signature does not match, without calling TrackOfferz", async () => {
    const [clickId] = fake.freshClickIds(1);
    const before = fake.requests.length;
    const answer = await post({ click_id: clickId, total: "3.00" }, "sha256=0000");
    expect(answer.status).toBe(401);
    expect(fake.requests.length).toBe(before);
    expect(fake.conversions.get(clickId!)).toBeUndefined();
  });

  test("stops cleanly on SIGTERM", async () => {
    expect(await webhook.stop()).toBe(0);
  });
});
