import type { Breakdown, BreakdownRow, ClicksPage, ConversionsPage, Summary } from "../types.js";
import { DAY, dateOf } from "./calendar.js";
import { COUNTRY_NAMES } from "./catalog.js";
import type { ReportQuery } from "./query.js";
import type { FakeState, StoredConversion } from "./state.js";

// The four reports over the fake's state. Seeded rows are read by index window (binary search); rows added
// through the API or by tests all sit at the end of `today`, after every seeded row.

const counts = (conversion: { status: string }) =>
  conversion.status === "approved" || conversion.status === "pending";

const matches = (row: { campaign_id: number; publisher_id: number }, q: ReportQuery) =>
  (q.campaign_id === undefined || row.campaign_id === q.campaign_id) &&
  (q.publisher_id === undefined || row.publisher_id === q.publisher_id);

const todayInRange = (state: FakeState, q: ReportQuery) => state.today >= q.fromDay && state.today <= q.toDay;

function extraClicks(state: FakeState, q: ReportQuery) {
  return todayInRange(state, q) ? state.extraClicks.filter((c) => matches(c, q)) : [];
}

function recordedConversions(state: FakeState, q: ReportQuery) {
  if (!todayInRange(state, q)) return [];
  return state.recorded.filter((c) => matches(c, q) && (q.status === undefined || c.status === q.status));
}

/** Seeded indexes matching the query's filters, inside its date window, as a (list, lo, hi) triple. */
function seeded(state: FakeState, kind: "clicks" | "conversions", q: ReportQuery) {
  const { dataset } = state;
  const filtered = q.campaign_id !== undefined || q.publisher_id !== undefined || q.status !== undefined;
  const list = filtered ? dataset.indexList(kind, q) : undefined;
  const [lo, hi] = dataset.window(kind, list, q.fromDay, q.toDay);
  const at = (k: number) => (list ? (list[k] as number) : k);
  return { lo, hi, at };
}

function paged<Row>(
  q: ReportQuery,
  total: number,
  seededCount: number,
  seededRow: (k: number) => Row,
  extra: Row[],
) {
  const start = (q.page - 1) * q.page_size;
  const end = Math.min(total, start + q.page_size);
  const rows: Row[] = [];
  for (let k = start; k < end; k++)
    rows.push(k < seededCount ? seededRow(k) : (extra[k - seededCount] as Row));
  return { page: q.page, page_size: q.page_size, total, has_next: end < total, rows };
}

export function clicksPage(state: FakeState, q: ReportQuery): ClicksPage {
  const { lo, hi, at } = seeded(state, "clicks", q);
  const extra = extraClicks(state, q);
  return paged(q, hi - lo + extra.length, hi - lo, (k) => state.dataset.click(at(lo + k)), extra);
}

export function conversionsPage(state: FakeState, q: ReportQuery): ConversionsPage {
  const { lo, hi, at } = seeded(state, "conversions", q);
  const extra = recordedConversions(state, q).map(wire);
  return paged(q, hi - lo + extra.length, hi - lo, (k) => wire(state.dataset.conversion(at(lo + k))), extra);
}

/** A stored conversion without the internal revenue. */
function wire({ revenue_cents: _revenue, ...row }: StoredConversion) {
  return row;
}

type Totals = Omit<BreakdownRow, "key" | "label">;
const zero = (): Totals => ({
  clicks: 0,
  unique_clicks: 0,
  conversions: 0,
  revenue_cents: 0,
  payout_cents: 0,
});

/**
 * Walks every click and counted conversion of the query, handing each to `add` with its grouping fields.
 * Shared by the summary (one group) and the breakdown (a group per key).
 */
function walk(
  state: FakeState,
  q: ReportQuery,
  onClick: (
    click: { campaign: number; publisher: number; country: string | null; day: string },
    unique: boolean,
  ) => void,
  onConversion: (c: StoredConversion, country: string | null, day: string) => void,
) {
  const { dataset } = state;
  const clicks = seeded(state, "clicks", q);
  for (let k = clicks.lo; k < clicks.hi; k++) {
    const i = clicks.at(k);
    const day = dateOf(Math.floor(dataset.clickSeconds(i) / DAY));
    onClick(
      {
        campaign: dataset.campaignOf(i),
        publisher: dataset.publisherOf(i),
        country: dataset.countryOf(i),
        day,
      },
      dataset.isUnique(i),
    );
  }
  const today = dateOf(state.today);
  for (const c of extraClicks(state, q)) {
    onClick(
      { campaign: c.campaign_id, publisher: c.publisher_id, country: c.country_code, day: today },
      c.is_unique,
    );
  }
  const conversions = seeded(state, "conversions", { ...q, status: undefined });
  for (let k = conversions.lo; k < conversions.hi; k++) {
    const j = conversions.at(k);
    const row = dataset.conversion(j);
    if (counts(row))
      onConversion(row, dataset.countryOf(dataset.conversionClick(j)), row.created_at.slice(0, 10));
  }
  for (const c of recordedConversions(state, { ...q, status: undefined })) {
    if (counts(c)) onConversion(c, countryOfTransaction(state, c.transaction_id), today);
  }
}

function countryOfTransaction(state: FakeState, transactionId: string): string | null {
  const i = state.dataset.clickIndex(transactionId);
  if (i !== undefined) return state.dataset.countryOf(i);
  return state.extraClicks.find((c) => c.transaction_id === transactionId)?.country_code ?? null;
}

function addConversion(totals: Totals, c: StoredConversion) {
  totals.conversions += 1;
  totals.revenue_cents += c.revenue_cents;
  totals.payout_cents += c.payout_cents;
}

export function summary(state: FakeState, q: ReportQuery): Summary {
  const totals = zero();
  walk(
    state,
    q,
    (_, unique) => {
      totals.clicks += 1;
      if (unique) totals.unique_clicks += 1;
    },
    (c) => addConversion(totals, c),
  );
  return { from: q.from, to: q.to, currency: state.dataset.currency, ...totals };
}

export function breakdown(state: FakeState, q: ReportQuery): Breakdown {
  const by = q.by ?? "campaign";
  const groups = new Map<string, Totals>();
  const group = (key: string) => {
    let totals = groups.get(key);
    if (!totals) {
      totals = zero();
      groups.set(key, totals);
    }
    return totals;
  };
  walk(
    state,
    { ...q, campaign_id: undefined, publisher_id: undefined },
    (click, unique) => {
      const totals = group(keyOf(by, click.campaign, click.publisher, click.country, click.day));
      totals.clicks += 1;
      if (unique) totals.unique_clicks += 1;
    },
    (c, country, day) => addConversion(group(keyOf(by, c.campaign_id, c.publisher_id, country, day)), c),
  );
  const rows: BreakdownRow[] = [...groups].map(([key, totals]) => ({
    key,
    label: labelOf(state, by, key),
    ...totals,
  }));
  rows.sort(
    by === "day"
      ? (a, b) => (a.key < b.key ? -1 : 1)
      : (a, b) => b.conversions - a.conversions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { by, from: q.from, to: q.to, currency: state.dataset.currency, rows: rows.slice(0, q.limit) };
}

function keyOf(by: string, campaign: number, publisher: number, country: string | null, day: string): string {
  if (by === "campaign") return String(campaign);
  if (by === "publisher") return String(publisher);
  if (by === "country") return country ?? "ZZ";
  return day;
}

function labelOf(state: FakeState, by: string, key: string): string {
  if (by === "campaign") return state.dataset.campaignLabel(Number(key));
  if (by === "publisher") return state.dataset.publisherLabel(Number(key));
  if (by === "country") return COUNTRY_NAMES[key] ?? key;
  return key;
}
