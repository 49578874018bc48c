import { checkDateRange } from "../dates.js";
import { invalid } from "../invalid.js";
import { rowsOf, walkReport, wholePage } from "../paging.js";
import { isBreakdown, isClicksPage, isConversionsPage, isSummary, type Shape } from "../shapes.js";
import type { Transport } from "../transport.js";
import type {
  Breakdown,
  BreakdownParams,
  BreakdownRow,
  ClickRow,
  ClicksPage,
  ClicksParams,
  ConversionRow,
  ConversionsPage,
  ConversionsParams,
  IterateOptions,
  IterClicksParams,
  IterConversionsParams,
  RequestOptions,
  Summary,
  SummaryParams,
} from "../types.js";

/** `client.reports`: read-only reports. Dates are inclusive UTC days `YYYY-MM-DD`, checked before any request. */
export class Reports {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Totals for a date range (`GET /reports/summary`). Without `from`/`to` the API uses the last 30 days.
   * @example const s = await client.reports.summary({ from: "2026-06-01", to: "2026-06-30" }); s.revenue_cents
   */
  summary(params: SummaryParams = {}, options?: RequestOptions): Promise<Summary> {
    return this.#get("/reports/summary", params, isSummary, options);
  }

  /**
   * Rows per campaign, publisher, country or day, most conversions first (`by: "day"`: by date).
   * @example const rows = await client.reports.breakdown({ by: "publisher" }); rows[0].label
   */
  async breakdown(params: BreakdownParams, options?: RequestOptions): Promise<BreakdownRow[]> {
    return (await this.breakdownReport(params, options)).rows;
  }

  /**
   * Like {@link Reports.breakdown}, with the answer's `by`, `from`, `to` and `currency` around the rows.
   * @throws ValidationError (param `by`) before anything is sent when `by` is missing: the API requires it.
   */
  async breakdownReport(params: BreakdownParams, options?: RequestOptions): Promise<Breakdown> {
    if (params?.by == null) {
      throw invalid("by", "invalid_parameter", "by is required: campaign, publisher, country or day");
    }
    return this.#get("/reports/breakdown", params, isBreakdown, options);
  }

  /**
   * One page of conversions (`page` from 1, `page_size` up to 1000, default 100).
   * @example const page = await client.reports.conversions({ campaign_id: 5, page: 1 }); page.has_next
   */
  conversions(params: ConversionsParams = {}, options?: RequestOptions): Promise<ConversionsPage> {
    return this.#get("/reports/conversions", params, isConversionsPage, options);
  }

  /** One page of clicks (`page` from 1, `page_size` up to 1000, default 100). */
  clicks(params: ClicksParams = {}, options?: RequestOptions): Promise<ClicksPage> {
    return this.#get("/reports/clicks", params, isClicksPage, options);
  }

  /**
   * Every conversion of every page, once each and in order; stops fetching as soon as you break out.
   * @example for await (const c of client.reports.iterConversions({ status: "approved" })) total += c.payout_cents;
   */
  iterConversions(
    params: IterConversionsParams = {},
    options: IterateOptions = {},
  ): AsyncGenerator<ConversionRow> {
    return this.#walk("/reports/conversions", isConversionsPage, params, options, rowsOf);
  }

  /**
   * Every click of every page, once each and in order; stops fetching as soon as you break out.
   * @example for await (const click of client.reports.iterClicks({ from, to })) seen.add(click.transaction_id);
   */
  iterClicks(params: IterClicksParams = {}, options: IterateOptions = {}): AsyncGenerator<ClickRow> {
    return this.#walk("/reports/clicks", isClicksPage, params, options, rowsOf);
  }

  /** The conversions report page by page (each page as the API sent it), with the same guarantees as `iterConversions`. */
  conversionPages(
    params: IterConversionsParams = {},
    options: IterateOptions = {},
  ): AsyncGenerator<ConversionsPage> {
    return this.#walk("/reports/conversions", isConversionsPage, params, options, wholePage);
  }

  /** The clicks report page by page (each page as the API sent it), with the same guarantees as `iterClicks`. */
  clickPages(params: IterClicksParams = {}, options: IterateOptions = {}): AsyncGenerator<ClicksPage> {
    return this.#walk("/reports/clicks", isClicksPage, params, options, wholePage);
  }

  /**
   * A paged report walked with `walkReport`. Every page asks for the same report, so its dates are checked with the
   * first page's request only (`walkReport` starts at page 1).
   */
  #walk<P extends ClicksPage | ConversionsPage, Item>(
    path: "/reports/conversions" | "/reports/clicks",
    shape: Shape<P>,
    params: IterClicksParams | IterConversionsParams,
    options: IterateOptions,
    itemsOf: (page: P) => readonly Item[],
  ): AsyncGenerator<Item> {
    return walkReport(
      (query, call) => this.#get(path, query, shape, call, query.page > 1),
      params,
      options,
      itemsOf,
    );
  }

  /** One report request; its dates are checked first, so a bad one rejects before anything is sent. */
  async #get<T>(
    path: "/reports/summary" | "/reports/breakdown" | "/reports/conversions" | "/reports/clicks",
    query: { from?: unknown; to?: unknown } | null | undefined,
    shape: Shape<T>,
    options: RequestOptions | undefined,
    datesChecked = false,
  ): Promise<T> {
    // Plain JavaScript may pass `null` (or `undefined` where there is no default): no parameters, like `{}`.
    const params = query ?? {};
    if (!datesChecked) checkDateRange(params);
    // One call site for four paths: the public methods above carry the per-path types.
    return this.#transport.get(path, params as never, shape, options);
  }
}
