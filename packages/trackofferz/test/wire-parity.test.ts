import { TrackOfferz } from "@offerkit/trackofferz";
import { createTrackOfferzClient } from "@offerkit/trackofferz-core";
import { describe, expect, test } from "vitest";
import { USER_AGENT } from "../src/version.js";

const BASE = "http://127.0.0.1:9/api/v1";
const KEY = "tofz_sk_light";
const totals = { clicks: 1, unique_clicks: 1, conversions: 0, revenue_cents: 0, payout_cents: 0 };
const summary = { ...totals, from: "2026-06-01", to: "2026-06-30", currency: "USD" };
const created = { status: "approved", conversion_id: 1, duplicate: false };

/** What reached the network, read the same way whether fetch got a Request or a URL and init. */
async function wire(input: RequestInfo | URL, init?: RequestInit) {
  const request = new Request(input, init);
  return {
    url: request.url,
    method: request.method,
    headers: Object.fromEntries(request.headers),
    body: await request.text(),
  };
}

/** Records every request a fetch receives and answers each with `answer`. */
function recorder(answer: unknown, status = 200) {
  const seen: Awaited<ReturnType<typeof wire>>[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(await wire(input, init));
    return Response.json(answer, { status });
  };
  return { seen, fetch };
}

// The SDK builds its requests with the core's URL builder and sends them through its engine, without openapi-fetch's
// runtime (bench/findings.md §1, §4): what goes out must be what the core's openapi-fetch client, with real
// Requests and a plain fetch, sends for the same call.
describe("the SDK's requests match the core's openapi-fetch client's", () => {
  const core = (fetch: (request: Request) => Promise<Response>) =>
    createTrackOfferzClient({ apiKey: KEY, baseUrl: BASE, headers: { "User-Agent": USER_AGENT }, fetch });

  test("a GET with a query", async () => {
    const sdk = recorder(summary);
    await new TrackOfferz({ apiKey: KEY, baseUrl: BASE, fetch: sdk.fetch }).reports.summary({
      from: "2026-06-01",
      to: "2026-06-30",
    });
    const plain = recorder(summary);
    await core(plain.fetch).GET("/reports/summary", {
      params: { query: { from: "2026-06-01", to: "2026-06-30" } },
    });
    expect(sdk.seen).toEqual(plain.seen);
    expect(sdk.seen[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  test("a POST with a JSON body", async () => {
    const sdk = recorder(created, 201);
    await new TrackOfferz({ apiKey: KEY, baseUrl: BASE, fetch: sdk.fetch }).conversions.create({
      transaction_id: "click_1",
      payout_cents: 1250,
    });
    const plain = recorder(created, 201);
    await core(plain.fetch).POST("/conversions", { body: { transaction_id: "click_1", payout_cents: 1250 } });
    expect(sdk.seen).toEqual(plain.seen);
    expect(sdk.seen[0]?.headers["content-type"]).toBe("application/json");
  });
});

describe("a request that cannot be encoded", () => {
  test("rejects with a ValidationError and sends nothing", async () => {
    const sdk = recorder(summary);
    const client = new TrackOfferz({ apiKey: KEY, baseUrl: BASE, fetch: sdk.fetch });
    await expect(client.reports.conversions({ status: "approved\ud800" as never })).rejects.toMatchObject({
      name: "ValidationError",
      code: "invalid_request",
    });
    await expect(
      client.conversions.create({ transaction_id: "click_1", payout_cents: 1, sub1: 2n } as never),
    ).rejects.toMatchObject({ name: "ValidationError", code: "invalid_request" });
    expect(sdk.seen).toEqual([]);
  });
});
