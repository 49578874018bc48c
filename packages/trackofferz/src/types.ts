import type { CallOptions } from "@offerkit/request-engine";
import type { components, operations } from "@offerkit/trackofferz-core";

// Every wire shape comes from the generated schema; only the SDK's own conveniences are declared here. (Spelled
// out rather than through local helper aliases, so the API reference links each type to the schema.)

/** Totals of `GET /reports/summary`. */
export type Summary = components["schemas"]["Summary"];
/** The whole answer of `GET /reports/breakdown`. */
export type Breakdown = components["schemas"]["Breakdown"];
/** One row of a breakdown. */
export type BreakdownRow = components["schemas"]["BreakdownRow"];
/** One page of `GET /reports/conversions`. */
export type ConversionsPage = components["schemas"]["ConversionsPage"];
/** One conversion of the conversions report. */
export type ConversionRow = components["schemas"]["ConversionRow"];
/** One page of `GET /reports/clicks`. */
export type ClicksPage = components["schemas"]["ClicksPage"];
/** One click of the clicks report. */
export type ClickRow = components["schemas"]["ClickRow"];
/** A conversion's review status. */
export type ConversionStatus = components["schemas"]["ConversionStatus"];
/** What a conversion records (`purchase`, `lead`, …). */
export type EventType = components["schemas"]["EventType"];

/** Query of `reports.summary`: `from`, `to`, `campaign_id`, `publisher_id`. */
export type SummaryParams = NonNullable<operations["getReportSummary"]["parameters"]["query"]>;
/** Query of `reports.breakdown`: `by` (required), `from`, `to`, `limit`. */
export type BreakdownParams = NonNullable<operations["getReportBreakdown"]["parameters"]["query"]>;
/** Query of `reports.conversions`, including `page` and `page_size`. */
export type ConversionsParams = NonNullable<operations["listReportConversions"]["parameters"]["query"]>;
/** Query of `reports.clicks`, including `page` and `page_size`. */
export type ClicksParams = NonNullable<operations["listReportClicks"]["parameters"]["query"]>;
/** Query of `reports.iterConversions`: the iterator owns `page`; `page_size` defaults to 1000. */
export type IterConversionsParams = Omit<ConversionsParams, "page">;
/** Query of `reports.iterClicks`: the iterator owns `page`; `page_size` defaults to 1000. */
export type IterClicksParams = Omit<ClicksParams, "page">;

/**
 * Body of `conversions.create`: the wire body, plus decimal `payout` and `sale_amount` that the SDK converts to
 * exact integer cents (give the decimal or the cents form; both are accepted only when they agree).
 */
export type ConversionCreateParams = components["schemas"]["ConversionCreate"] & {
  /**
   * Payout as a decimal in `currency` (12.5 → `payout_cents: 1250`; 500 JPY → 500), exact to its minor unit (two
   * decimal places when `currency` is not given).
   */
  payout?: number;
  /** Sale amount as a decimal in `currency` (199 → `sale_amount_cents: 19900`), exact to its minor unit. */
  sale_amount?: number;
};

/** What `conversions.create` returns: `duplicate: true` when the transaction id was recorded before. */
export type ConversionResult =
  | components["schemas"]["ConversionRecorded"]
  | components["schemas"]["ConversionDuplicate"];

/** Per-call options every method takes last: `signal`, `timeout` (per attempt), `deadline`, `maxRetries`. */
export type RequestOptions = CallOptions;

/** Options of the `iter*` and `*Pages` methods. */
export interface IterateOptions {
  /** Stops the whole iteration (and cancels pages in flight) when it aborts. */
  signal?: AbortSignal | undefined;
  /** Time limit in ms for the whole iteration. */
  deadline?: number | undefined;
  /**
   * Pages fetched at once. 1 (default) fetches the next page while you work on the current one; N > 1 keeps up to
   * N pages in flight once the first page told the total. Rows always arrive in order. At most 64: more is a
   * `ValidationError` at the first row.
   */
  concurrency?: number | undefined;
  /** Per-request time limit in ms (each attempt of each page). */
  timeout?: number | undefined;
  /** Retries per page request. */
  maxRetries?: number | undefined;
}

/** The API's rate-limit window, from the `X-RateLimit-*` headers of the latest answer that carried all three. */
export interface RateLimitState {
  /** Requests the window allows. */
  limit: number;
  /** Requests left in the window. */
  remaining: number;
  /** When the window starts afresh, in unix seconds. */
  reset: number;
}
