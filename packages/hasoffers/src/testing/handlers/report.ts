import { countryByCode } from "../models/countries.js";
import type { Row } from "../models/spec.js";
import { type ReportColumns, runReport } from "../report-engine.js";
import type { StatFact } from "../stat-facts.js";
import type { Store } from "../store.js";
import type { TargetHandlers } from "./context.js";

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** ISO week number of a `YYYY-MM-DD` date. */
function isoWeek(date: string): number {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  return (
    1 +
    Math.round(
      (d.getTime() - firstThursday.getTime()) / 604_800_000 - (((firstThursday.getUTCDay() + 6) % 7) - 3) / 7,
    )
  );
}

/** Date dimensions shared by both reports. */
function dateDims<F>(dateOf: (f: F) => string): ReportColumns<F>["dims"] {
  return {
    "Stat.date": dateOf,
    "Stat.month": (f) => String(Number(dateOf(f).slice(5, 7))),
    "Stat.year": (f) => dateOf(f).slice(0, 4),
    "Stat.week": (f) => String(isoWeek(dateOf(f))),
  };
}

/** Name lookups (`Offer.name`, `Affiliate.company`, …) shared by both reports. */
function nameDims<F>(store: Store, ids: (f: F) => Record<string, string>): ReportColumns<F>["dims"] {
  const field =
    (model: "Offer" | "Affiliate" | "Advertiser" | "Goal", key: string, name: string) => (f: F) => {
      const row: Row | undefined = store.table(model).get(ids(f)[key]);
      return row ? ((row[name] as string | null) ?? null) : null;
    };
  return {
    "Offer.name": field("Offer", "offer_id", "name"),
    "Affiliate.company": field("Affiliate", "affiliate_id", "company"),
    "Advertiser.company": field("Advertiser", "advertiser_id", "company"),
    "Goal.name": field("Goal", "goal_id", "name"),
    "Country.name": (f) => countryByCode(ids(f).country_code ?? "")?.name ?? null,
  };
}

function statColumns(store: Store): ReportColumns<StatFact> {
  const dims: ReportColumns<StatFact>["dims"] = {
    ...dateDims<StatFact>((f) => f.date),
    ...nameDims<StatFact>(store, (f) => ({ ...f }) as unknown as Record<string, string>),
    "Stat.hour": (f) => String(f.hour),
  };
  for (const key of [
    "offer_id",
    "affiliate_id",
    "advertiser_id",
    "goal_id",
    "country_code",
    "source",
  ] as const) {
    dims[`Stat.${key}`] = (f) => f[key];
  }
  for (const key of ["payout_type", "revenue_type", "affiliate_info1"] as const)
    dims[`Stat.${key}`] = (f) => f[key];
  for (const n of [2, 3, 4, 5]) dims[`Stat.affiliate_info${n}`] = () => "";
  return {
    dims,
    sums: {
      "Stat.impressions": (f) => f.impressions,
      "Stat.clicks": (f) => f.clicks,
      "Stat.unique_clicks": (f) => f.unique_clicks,
      "Stat.gross_clicks": (f) => f.clicks,
      "Stat.conversions": (f) => f.conversions,
      "Stat.payout": (f) => f.payout,
      "Stat.revenue": (f) => f.revenue,
      "Stat.sale_amount": (f) => f.sale_amount,
    },
    derived: {
      "Stat.profit": (s) => s["Stat.revenue"]! - s["Stat.payout"]!,
      "Stat.ctr": (s) => ratio(s["Stat.clicks"]! * 100, s["Stat.impressions"]!),
      "Stat.ltr": (s) => ratio(s["Stat.conversions"]! * 100, s["Stat.clicks"]!),
      "Stat.cpc": (s) => ratio(s["Stat.payout"]!, s["Stat.clicks"]!),
      "Stat.cpa": (s) => ratio(s["Stat.payout"]!, s["Stat.conversions"]!),
      "Stat.cpm": (s) => ratio(s["Stat.payout"]! * 1000, s["Stat.impressions"]!),
      "Stat.epc": (s) => ratio(s["Stat.payout"]!, s["Stat.clicks"]!),
      "Stat.rpc": (s) => ratio(s["Stat.revenue"]!, s["Stat.clicks"]!),
      "Stat.rpa": (s) => ratio(s["Stat.revenue"]!, s["Stat.conversions"]!),
      "Stat.rpm": (s) => ratio(s["Stat.revenue"]! * 1000, s["Stat.impressions"]!),
    },
    money: new Set([
      "Stat.payout",
      "Stat.revenue",
      "Stat.sale_amount",
      "Stat.profit",
      "Stat.cpc",
      "Stat.cpa",
      "Stat.cpm",
      "Stat.epc",
      "Stat.rpc",
      "Stat.rpa",
      "Stat.rpm",
    ]),
  };
}

function conversionColumns(store: Store): ReportColumns<Row> {
  const text = (field: string) => (row: Row) => (row[field] === null ? null : String(row[field]));
  const dims: ReportColumns<Row>["dims"] = {
    ...dateDims<Row>((row) => String(row.datetime ?? "").slice(0, 10)),
    ...nameDims<Row>(store, (row) => row as unknown as Record<string, string>),
    "Stat.hour": (row) => String(Number(String(row.datetime ?? "").slice(11, 13))),
  };
  for (const field of [
    "id",
    "datetime",
    "offer_id",
    "affiliate_id",
    "advertiser_id",
    "goal_id",
    "status",
    "country_code",
    "ip",
    "source",
    "currency",
    "payout_type",
    "revenue_type",
    "is_adjustment",
    "user_agent",
    "ad_id",
    "session_datetime",
    "session_ip",
    "refer",
    "pixel_refer",
    "affiliate_info1",
    "affiliate_info2",
    "affiliate_info3",
    "affiliate_info4",
    "affiliate_info5",
    "advertiser_info",
  ]) {
    dims[`Stat.${field}`] = text(field);
  }
  const num = (field: string) => (row: Row) => Number(row[field] ?? 0);
  return {
    dims,
    sums: {
      "Stat.count": () => 1,
      "Stat.payout": num("payout"),
      "Stat.revenue": num("revenue"),
      "Stat.sale_amount": num("sale_amount"),
      "Stat.count_approved": (row) => (row.status === "approved" ? 1 : 0),
      "Stat.count_pending": (row) => (row.status === "pending" ? 1 : 0),
      "Stat.count_rejected": (row) => (row.status === "rejected" ? 1 : 0),
    },
    derived: { "Stat.net_revenue": (s) => s["Stat.revenue"]! - s["Stat.payout"]! },
    money: new Set(["Stat.payout", "Stat.revenue", "Stat.sale_amount", "Stat.net_revenue"]),
    rowKey: "Stat.id",
  };
}

/** The Report Target: `getStats` over the generated traffic, `getConversions` over the Conversion table. */
export function reportHandlers(): TargetHandlers {
  return {
    getStats: (ctx) => runReport(statColumns(ctx.store), ctx.stats.facts, ctx.params),
    getConversions: (ctx) =>
      runReport(conversionColumns(ctx.store), ctx.store.table("Conversion").all(), ctx.params),
  };
}
