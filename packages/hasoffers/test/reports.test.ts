import { ValidationError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { answering, client, fakeFetch, ok, pairs } from "./helpers/fake-fetch.js";

const row = (offer: string, clicks: string) => ({
  Stat: { offer_id: offer, clicks },
  Offer: { name: `Offer ${offer}` },
});

describe("reports.getStats", () => {
  test("sends fields, groups, report filters, sort, paging and dates in the API's syntax", async () => {
    const { ho, calls } = answering({ page: 1, current: 0, count: 1, pageCount: 1, data: [row("62", "12")] });
    await ho.reports.getStats({
      fields: ["Stat.offer_id", "Stat.clicks", "Offer.name"],
      groups: ["Stat.offer_id"],
      filters: {
        "Stat.date": { conditional: "BETWEEN", values: ["2024-01-01", "2024-01-31"] },
        "Stat.offer_id": [62, 63],
        "Stat.affiliate_id": 7,
        "Stat.source": { conditional: "NOT_NULL" },
        "Stat.clicks": { conditional: "GREATER_THAN", values: 10 },
      },
      sort: ["-Stat.clicks", "offer_id"],
      limit: 100,
      page: 1,
      totals: true,
      dataStart: "2024-01-01",
      dataEnd: "2024-01-31",
      hourOffset: -5,
      currency: "USD",
    });
    expect(calls[0]?.target).toBe("Report");
    expect(calls[0]?.rpcMethod).toBe("getStats");
    expect(pairs(calls[0])).toEqual([
      "fields[]=Stat.offer_id",
      "fields[]=Stat.clicks",
      "fields[]=Offer.name",
      "groups[]=Stat.offer_id",
      "filters[Stat.date][conditional]=BETWEEN",
      "filters[Stat.date][values][]=2024-01-01",
      "filters[Stat.date][values][]=2024-01-31",
      "filters[Stat.offer_id][conditional]=EQUAL_TO",
      "filters[Stat.offer_id][values][]=62",
      "filters[Stat.offer_id][values][]=63",
      "filters[Stat.affiliate_id][conditional]=EQUAL_TO",
      "filters[Stat.affiliate_id][values]=7",
      "filters[Stat.source][conditional]=NOT_NULL",
      "filters[Stat.clicks][conditional]=GREATER_THAN",
      "filters[Stat.clicks][values]=10",
      "sort[Stat.clicks]=desc",
      "sort[Stat.offer_id]=asc",
      "limit=100",
      "page=1",
      "totals=1",
      "data_start=2024-01-01",
      "data_end=2024-01-31",
      "hour_offset=-5",
      "currency=USD",
    ]);
  });

  test("returns the rows grouped by model, the paging metadata and the totals", async () => {
    const { ho } = answering({
      page: 1,
      current: 0,
      count: 2,
      pageCount: 1,
      data: [row("62", "12"), row("63", "3")],
      totals: { Stat: { clicks: "15" } },
      dbSource: "branddb",
    });
    const page = await ho.reports.getStats({ fields: ["Stat.clicks"] });
    expect(page.items).toEqual([row("62", "12"), row("63", "3")]);
    expect(page).toMatchObject({ page: 1, pageCount: 1, count: 2, totals: { Stat: { clicks: "15" } } });
  });

  test.each([
    ["BETWEEN with one value", { "Stat.date": { conditional: "BETWEEN", values: ["2024-01-01"] } }],
    ["NULL with a value", { "Stat.source": { conditional: "NULL", values: "x" } }],
    ["an operator without a value", { "Stat.clicks": { conditional: "GREATER_THAN" } }],
    ["an unknown conditional", { "Stat.clicks": { conditional: "ABOVE", values: 1 } }],
    ["an empty list", { "Stat.offer_id": [] }],
  ])("refuses %s", async (_name, filters) => {
    const { ho, calls } = answering([]);
    await expect(
      ho.reports.getStats({ fields: ["Stat.clicks"], filters: filters as never }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
  });
});

describe("reports.getConversions", () => {
  test("sends its own options and reads the rows", async () => {
    const { ho, calls } = answering({
      page: 1,
      current: 0,
      count: null,
      pageCount: null,
      data: [{ Stat: { id: "9" } }],
    });
    const page = await ho.reports.getConversions({
      fields: ["Stat.id"],
      filters: { "Stat.conversion_status": "approved" },
      count: false,
      statusUpdateFields: ["Stat.status"],
      limit: 10,
    });
    expect(pairs(calls[0])).toEqual([
      "fields[]=Stat.id",
      "filters[Stat.conversion_status][conditional]=EQUAL_TO",
      "filters[Stat.conversion_status][values]=approved",
      "limit=10",
      "count=0",
      "status_update_fields[]=Stat.status",
    ]);
    expect(page.items).toEqual([{ Stat: { id: "9" } }]);
  });
});

describe("report iteration", () => {
  test("iterateStats walks every page in order", async () => {
    const pages = [[row("1", "5"), row("2", "4")], [row("3", "1")]];
    const fake = fakeFetch((seen) => {
      const page = Number(new URLSearchParams(seen.url.search).get("page"));
      return ok({ page, current: 0, count: 3, pageCount: 2, data: pages[page - 1] });
    });
    const rows = [];
    for await (const r of client(fake.fetch).reports.iterateStats({ fields: ["Stat.clicks"], pageSize: 2 }))
      rows.push(r);
    expect(rows.map((r) => r.Stat?.offer_id)).toEqual(["1", "2", "3"]);
    expect(fake.calls.map((c) => pairs(c).filter((p) => /^(limit|page)=/.test(p)))).toEqual([
      ["limit=2", "page=1"],
      ["limit=2", "page=2"],
    ]);
  });

  test("without a page count (count not asked), a full page means another may follow", async () => {
    const pages = [[{ Stat: { id: "1" } }, { Stat: { id: "2" } }], [{ Stat: { id: "3" } }]];
    const fake = fakeFetch((seen) => {
      const page = Number(new URLSearchParams(seen.url.search).get("page"));
      return ok({ page, current: 0, count: null, pageCount: null, data: pages[page - 1] ?? [] });
    });
    const ids = [];
    for await (const r of client(fake.fetch).reports.iterateConversions({ fields: ["Stat.id"], pageSize: 2 }))
      ids.push(r.Stat?.id);
    expect(ids).toEqual(["1", "2", "3"]);
    expect(fake.calls).toHaveLength(2);
  });
});
