import { describe, expect, test } from "vitest";
import { createFakeHasOffers, type FakeHasOffers, type StatFact } from "../../src/testing.js";
import { call, data } from "./support.js";

function fact(date: string, offer: string, clicks: number, conversions: number, payout: number): StatFact {
  return {
    date,
    hour: 10,
    offer_id: offer,
    affiliate_id: "1",
    advertiser_id: "0",
    goal_id: "0",
    country_code: "CZ",
    source: "NEX",
    affiliate_info1: "",
    payout_type: "cpa_flat",
    revenue_type: "cpa_flat",
    impressions: clicks * 10,
    clicks,
    unique_clicks: clicks,
    conversions,
    payout,
    revenue: payout * 2,
    sale_amount: 0,
  };
}

/** Three days of traffic for two offers. */
function network(): FakeHasOffers {
  const fake = createFakeHasOffers({ seed: false, rateLimit: false });
  fake.state.insert("Offer", { name: "First" });
  fake.state.insert("Offer", { name: "Second" });
  fake.state.stats.push(
    fact("2024-01-01", "1", 100, 5, 10),
    fact("2024-01-01", "2", 50, 1, 2.5),
    fact("2024-01-02", "1", 80, 4, 8),
    fact("2024-01-03", "2", 20, 0, 0),
  );
  return fake;
}

const BETWEEN =
  "filters[Stat.date][conditional]=BETWEEN&filters[Stat.date][values][]=2024-01-01&filters[Stat.date][values][]=2024-01-02";

describe("Report.getStats", () => {
  test("groups, sums and derives metrics; values are strings; rows split by model", async () => {
    const answer = await data(
      network(),
      "Report",
      "getStats",
      `fields[]=Stat.offer_id&fields[]=Offer.name&fields[]=Stat.clicks&fields[]=Stat.payout&fields[]=Stat.profit&groups[]=Stat.offer_id&${BETWEEN}`,
    );
    expect(answer).toMatchObject({ page: 1, count: 2, pageCount: 1, dbSource: "branddb" });
    expect(answer.data).toEqual([
      { Stat: { offer_id: "1", clicks: "180", payout: "18.00", profit: "18.00" }, Offer: { name: "First" } },
      { Stat: { offer_id: "2", clicks: "50", payout: "2.50", profit: "2.50" }, Offer: { name: "Second" } },
    ]);
  });

  test("totals sum every matching row, not just the page", async () => {
    const answer = await data(
      network(),
      "Report",
      "getStats",
      "fields[]=Stat.date&fields[]=Stat.clicks&groups[]=Stat.date&limit=1&totals=1",
    );
    expect(answer).toMatchObject({ count: 3, pageCount: 3, current: 1 });
    expect(answer.data).toEqual([{ Stat: { date: "2024-01-01", clicks: "150" } }]);
    expect(answer.totals).toEqual({ Stat: { clicks: "250" } });
  });

  test("filters: IN lists, comparison on metrics after grouping, sort by a metric", async () => {
    const fake = network();
    const inList = await data(
      fake,
      "Report",
      "getStats",
      "fields[]=Stat.clicks&filters[Stat.offer_id][conditional]=EQUAL_TO&filters[Stat.offer_id][values][]=2",
    );
    expect(inList.data).toEqual([{ Stat: { clicks: "70" } }]);
    const busy = await data(
      fake,
      "Report",
      "getStats",
      "fields[]=Stat.date&fields[]=Stat.clicks&groups[]=Stat.date&filters[Stat.clicks][conditional]=GREATER_THAN&filters[Stat.clicks][values]=50&sort[Stat.clicks]=asc",
    );
    expect(busy.data.map((r: any) => r.Stat.date)).toEqual(["2024-01-02", "2024-01-01"]);
  });

  test("data_start and data_end bound the dates", async () => {
    const answer = await data(
      network(),
      "Report",
      "getStats",
      "fields[]=Stat.clicks&data_start=2024-01-02&data_end=2024-01-03",
    );
    expect(answer.data).toEqual([{ Stat: { clicks: "100" } }]);
  });

  test("missing fields, unknown fields and malformed conditionals are refused", async () => {
    const fake = network();
    expect((await call(fake, "Report", "getStats", "")).response.errorMessage).toBe(
      "Missing required argument: fields",
    );
    expect((await call(fake, "Report", "getStats", "fields[]=Stat.nope")).response.errorMessage).toBe(
      "Field 'Stat.nope' does not exist or is not allowed to be used.",
    );
    const between = await call(
      fake,
      "Report",
      "getStats",
      "fields[]=Stat.clicks&filters[Stat.date][conditional]=BETWEEN&filters[Stat.date][values]=2024-01-01",
    );
    expect(between.response.errorMessage).toBe("BETWEEN on Stat.date needs exactly two values");
  });

  test("the seeded network has a week of traffic to report on", async () => {
    const answer = await data(
      createFakeHasOffers({ rateLimit: false }),
      "Report",
      "getStats",
      "fields[]=Stat.date&fields[]=Stat.clicks&groups[]=Stat.date",
    );
    expect(answer.count).toBe(7);
  });
});

describe("Report.getConversions", () => {
  test("one row per conversion without groups; counts and sums with groups", async () => {
    const fake = createFakeHasOffers({ seed: false, rateLimit: false });
    fake.state.insert("Offer", { name: "Only" });
    for (const [status, payout] of [
      ["approved", "1.00000"],
      ["approved", "2.00000"],
      ["rejected", "4.00000"],
    ] as const) {
      fake.state.insert("Conversion", { offer_id: "1", status, payout, datetime: "2024-01-05 10:00:00" });
    }
    const rows = await data(
      fake,
      "Report",
      "getConversions",
      "fields[]=Stat.id&fields[]=Stat.status&fields[]=Stat.payout",
    );
    expect(rows.data).toEqual([
      { Stat: { id: "1", status: "approved", payout: "1.00" } },
      { Stat: { id: "2", status: "approved", payout: "2.00" } },
      { Stat: { id: "3", status: "rejected", payout: "4.00" } },
    ]);
    const grouped = await data(
      fake,
      "Report",
      "getConversions",
      "fields[]=Stat.status&fields[]=Stat.count&fields[]=Stat.payout&groups[]=Stat.status&filters[Stat.date][conditional]=EQUAL_TO&filters[Stat.date][values]=2024-01-05",
    );
    expect(grouped.data).toEqual([
      { Stat: { status: "approved", count: "2", payout: "3.00" } },
      { Stat: { status: "rejected", count: "1", payout: "4.00" } },
    ]);
  });
});
