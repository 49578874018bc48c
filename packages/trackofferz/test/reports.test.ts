import { ValidationError } from "@offerkit/trackofferz";
import { describe, expect, test } from "vitest";
import { useRig } from "./support/harness.js";

const rig = useRig();

describe("reports.summary", () => {
  test("with no dates lets the API default to the last 30 days", async () => {
    const { fake, client } = rig();
    const s = await client.reports.summary();
    expect(fake.requests[0]?.query).toEqual({});
    expect(s).toMatchObject({ from: "2026-06-01", to: "2026-06-30", currency: "USD" });
    expect(s.clicks).toBe(5_000);
    expect(s.unique_clicks).toBeLessThanOrEqual(s.clicks);
  });

  test("sends from, to and the filters by their wire names", async () => {
    const { fake, client } = rig();
    const s = await client.reports.summary({
      from: "2026-06-10",
      to: "2026-06-12",
      campaign_id: 3,
      publisher_id: 17,
    });
    expect(fake.requests[0]?.query).toEqual({
      from: "2026-06-10",
      to: "2026-06-12",
      campaign_id: "3",
      publisher_id: "17",
    });
    expect(s).toMatchObject({ from: "2026-06-10", to: "2026-06-12" });
    expect(s.clicks).toBeGreaterThan(0);
    expect(s.clicks).toBeLessThan(5_000);
  });

  test.each([
    ["from", { from: "2026-6-1", to: "2026-06-30" }, "invalid_date"],
    ["from", { from: "2026-02-30", to: "2026-03-01" }, "invalid_date"],
    ["to", { from: "2026-02-01", to: "2026-02-29" }, "invalid_date"],
    ["to", { from: "2026-06-01", to: "2026-06-31" }, "invalid_date"],
    ["from", { from: "20260601", to: "2026-06-30" }, "invalid_date"],
    ["from", { from: "2026-07-01", to: "2026-06-30" }, "invalid_range"],
    ["to", { from: "2026-06-01" }, "invalid_parameter"],
    ["from", { to: "2026-06-30" }, "invalid_parameter"],
  ])("rejects a bad %s before any request (%o)", async (param, params, code) => {
    const { fake, client } = rig();
    const error = await client.reports.summary(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ param, code, sdk: "trackofferz" });
    expect((error as Error).message).toContain(param);
    expect(fake.requests).toHaveLength(0);
  });

  test("accepts leap days that exist", async () => {
    const { client } = rig();
    await expect(client.reports.summary({ from: "2028-02-29", to: "2028-02-29" })).resolves.toMatchObject({
      clicks: 0,
    });
  });

  test("maps the API's own 400 (range over 366 days) to ValidationError with the request id", async () => {
    const { client } = rig();
    const error = await client.reports
      .summary({ from: "2025-01-01", to: "2026-06-30" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, code: "invalid_range" });
    expect((error as ValidationError).requestId).toMatch(/^req_/);
  });

  test("an unknown query parameter comes back as 400 invalid_parameter naming it", async () => {
    const { client } = rig();
    const error = await client.reports.summary({ limit: 5 } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, code: "invalid_parameter", param: "limit" });
  });
});

describe("reports.breakdown", () => {
  test("returns rows with key, label and totals, most conversions first", async () => {
    const { fake, client } = rig();
    const rows = await client.reports.breakdown({ by: "publisher" });
    expect(fake.requests[0]?.query).toEqual({ by: "publisher" });
    expect(rows.length).toBe(12);
    expect(rows.find((r) => r.key === "17")?.label).toBe("Acme Media");
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.conversions > b.conversions || (a.conversions === b.conversions && a.key < b.key)).toBe(true);
    }
    const total = await client.reports.summary();
    expect(rows.reduce((sum, r) => sum + r.conversions, 0)).toBe(total.conversions);
    expect(rows.reduce((sum, r) => sum + r.payout_cents, 0)).toBe(total.payout_cents);
  });

  test("by day is in date order and honours limit", async () => {
    const { client } = rig();
    const rows = await client.reports.breakdown({
      by: "day",
      from: "2026-06-01",
      to: "2026-06-30",
      limit: 5,
    });
    expect(rows.map((r) => r.key)).toEqual([
      "2026-06-01",
      "2026-06-02",
      "2026-06-03",
      "2026-06-04",
      "2026-06-05",
    ]);
  });

  test("by country uses ZZ for unknown", async () => {
    const { client } = rig();
    const rows = await client.reports.breakdown({ by: "country", limit: 1000 });
    expect(rows.find((r) => r.key === "ZZ")?.label).toBe("Unknown");
    expect(rows.every((r) => /^[A-Z]{2}$/.test(r.key))).toBe(true);
  });

  test("breakdownReport keeps by, from, to and currency around the rows", async () => {
    const { client } = rig();
    const report = await client.reports.breakdownReport({
      by: "campaign",
      from: "2026-06-01",
      to: "2026-06-07",
    });
    expect(report).toMatchObject({ by: "campaign", from: "2026-06-01", to: "2026-06-07", currency: "USD" });
    expect(report.rows.length).toBeGreaterThan(0);
  });

  test("validates dates before any request", async () => {
    const { fake, client } = rig();
    await expect(
      client.reports.breakdown({ by: "day", from: "2026-13-01", to: "2026-12-01" }),
    ).rejects.toMatchObject({
      param: "from",
    });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("reports called from plain JavaScript without parameters", () => {
  test("null or undefined parameters behave like {}", async () => {
    const { fake, client } = rig();
    const reports = client.reports as unknown as Record<
      "summary" | "conversions" | "clicks",
      (params?: null) => Promise<unknown>
    >;
    await expect(reports.summary(null)).resolves.toMatchObject({ currency: "USD" });
    await expect(reports.conversions(null)).resolves.toMatchObject({ page: 1 });
    await expect(reports.clicks(null)).resolves.toMatchObject({ page: 1 });
    await expect(reports.summary(undefined)).resolves.toMatchObject({ currency: "USD" });
    expect(fake.requests.map((r) => r.query)).toEqual([{}, {}, {}, {}]);
  });

  test("the iterators take null parameters like {}", async () => {
    const { client } = rig({ clicks: 30 });
    const rows: unknown[] = [];
    for await (const row of client.reports.iterClicks(null as never)) rows.push(row);
    expect(rows).toHaveLength(30);
    // And null iteration or call options like none.
    let pages = 0;
    for await (const _ of client.reports.clickPages(null as never, null as never)) pages++;
    expect(pages).toBe(1);
    await expect(client.reports.summary(null as never, null as never)).resolves.toMatchObject({
      currency: "USD",
    });
  });

  test("breakdown without by is refused before anything is sent: the API requires it", async () => {
    const { fake, client } = rig();
    const breakdown = client.reports.breakdown as (params?: unknown) => Promise<unknown>;
    for (const params of [undefined, null, {}, { from: "2026-06-01", to: "2026-06-30" }]) {
      const attempt = breakdown.call(client.reports, params);
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({
        param: "by",
        code: "invalid_parameter",
        sdk: "trackofferz",
      });
    }
    await expect(
      (client.reports.breakdownReport as (params?: unknown) => Promise<unknown>).call(client.reports),
    ).rejects.toMatchObject({ param: "by" });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("reports.conversions and reports.clicks", () => {
  test("return one page with total, has_next and rows", async () => {
    const { fake, client } = rig();
    const page = await client.reports.conversions({ campaign_id: 5, page: 1, page_size: 10 });
    expect(fake.requests[0]?.query).toEqual({ campaign_id: "5", page: "1", page_size: "10" });
    expect(page).toMatchObject({ page: 1, page_size: 10, has_next: true });
    expect(page.rows).toHaveLength(10);
    expect(page.rows.every((r) => r.campaign_id === 5)).toBe(true);
    expect(page.total).toBeGreaterThan(10);
  });

  test("conversion rows are ordered by created_at, then conversion_id", async () => {
    const { client } = rig();
    const { rows } = await client.reports.conversions({ page_size: 1000 });
    const keys = rows.map((r) => `${r.created_at}|${String(r.conversion_id).padStart(9, "0")}`);
    expect(keys).toEqual([...keys].sort());
  });

  test("filter by status", async () => {
    const { client } = rig();
    const { rows, total } = await client.reports.conversions({ status: "rejected", page_size: 1000 });
    expect(rows.length).toBe(total);
    expect(rows.every((r) => r.status === "rejected")).toBe(true);
  });

  test("clicks carry the wire fields, nullable where the contract says", async () => {
    const { client } = rig();
    const { rows } = await client.reports.clicks({ page: 1, page_size: 1000 });
    const click = rows[0]!;
    expect(Object.keys(click).sort()).toEqual(
      [
        "campaign_id",
        "country_code",
        "created_at",
        "ip",
        "is_unique",
        "publisher_id",
        "sub_id",
        "transaction_id",
        "user_agent",
      ].sort(),
    );
    expect(rows.some((r) => r.country_code === null)).toBe(true);
    expect(rows.some((r) => r.sub_id === null) && rows.some((r) => r.sub_id !== null)).toBe(true);
  });

  test("a page past the last is empty with has_next false", async () => {
    const { client } = rig();
    await expect(client.reports.clicks({ page: 99, page_size: 1000 })).resolves.toMatchObject({
      rows: [],
      has_next: false,
      total: 5_000,
    });
  });

  test("out-of-range page_size is the API's 400 with param", async () => {
    const { client } = rig();
    await expect(client.reports.clicks({ page_size: 5000 })).rejects.toMatchObject({
      status: 400,
      param: "page_size",
    });
  });

  test("the fake answers an unknown route with 404 not_found", async () => {
    const { fake } = rig();
    const response = await fake.fetch(`${fake.baseUrl}/reports/nope`, {
      headers: { authorization: `Bearer ${fake.apiKey}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "not_found", message: "No route GET /reports/nope" },
    });
  });
});
