import { checkDateRange } from "../dates.js";
import { walkPages, walkRows } from "../paging.js";
import { isBreakdown, isClicksPage, isConversionsPage, isSummary } from "../shapes.js";
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
  async summary(params: SummaryParams = {}, options?: RequestOptions): Promise<Summary> {
    checkDateRange(params);
    const { core } = this.#transport;
    return this.#transport.send(
      (fetch) => core.GET("/reports/summary", { params: { query: params }, fetch }),
      isSummary,
      options,
    );
  }

  /**
   * Rows per campaign, publisher, country or day, most conversions first (`by: "day"`: by date).
   * @example const rows = await client.reports.breakdown({ by: "publisher" }); rows[0].label
   */
  async breakdown(params: BreakdownParams, options?: RequestOptions): Promise<BreakdownRow[]> {
    return (await this.breakdownReport(params, options)).rows;
  }

  /** Like {@link Reports.breakdown}, with the answer's `by`, `from`, `to` and `currency` around the rows. */
  async breakdownReport(params: BreakdownParams, options?: RequestOptions): Promise<Breakdown> {
    checkDateRange(params);
    const { core } = this.#transport;
    return this.#transport.send(
      (fetch) => core.GET("/reports/breakdown", { params: { query: params }, fetch }),
      isBreakdown,
      options,
    );
  }

  /**
   * One page of conversions (`page` from 1, `page_size` up to 1000, default 100).
   * @example const page = await client.reports.conversions({ campaign_id: 5, page: 1 }); page.has_next
   */
  async conversions(params: ConversionsParams = {}, options?: RequestOptions): Promise<ConversionsPage> {
    checkDateRange(params);
    const { core } = this.#transport;
    return this.#transport.send(
      (fetch) => core.GET("/reports/conversions", { params: { query: params }, fetch }),
      isConversionsPage,
      options,
    );
  }

  /** One page of clicks (`page` from 1, `page_size` up to 1000, default 100). */
  async clicks(params: ClicksParams = {}, options?: RequestOptions): Promise<ClicksPage> {
    checkDateRange(params);
    const { core } = this.#transport;
    return this.#transport.send(
      (fetch) => core.GET("/reports/clicks", { params: { query: params }, fetch }),
      isClicksPage,
      options,
    );
  }

  /**
   * Every conversion of every page, once each and in order; stops fetching as soon as you break out.
   * @example for await (const c of client.reports.iterConversions({ status: "approved" })) total += c.payout_cents;
   */
  async *iterConversions(
    params: IterConversionsParams = {},
    options: IterateOptions = {},
  ): AsyncGenerator<ConversionRow> {
    checkDateRange(params);
    yield* walkRows((query, call) => this.conversions(query, call), params, options);
  }

  /**
   * Every click of every page, once each and in order; stops fetching as soon as you break out.
   * @example for await (const click of client.reports.iterClicks({ from, to })) seen.add(click.transaction_id);
   */
  async *iterClicks(params: IterClicksParams = {}, options: IterateOptions = {}): AsyncGenerator<ClickRow> {
    checkDateRange(params);
    yield* walkRows((query, call) => this.clicks(query, call), params, options);
  }

  /** The conversions report page by page (each page as the API sent it), with the same guarantees as `iterConversions`. */
  async *conversionPages(
    params: IterConversionsParams = {},
    options: IterateOptions = {},
  ): AsyncGenerator<ConversionsPage> {
    checkDateRange(params);
    yield* walkPages((query, call) => this.conversions(query, call), params, options);
  }

  /** The clicks report page by page (each page as the API sent it), with the same guarantees as `iterClicks`. */
  async *clickPages(params: IterClicksParams = {}, options: IterateOptions = {}): AsyncGenerator<ClicksPage> {
    checkDateRange(params);
    yield* walkPages((query, call) => this.clicks(query, call), params, options);
  }
}
