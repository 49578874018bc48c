import type { CallOptions } from "@offerkit/request-engine";
import { isRow } from "../internal/normalize.js";
import { type Page, readPage } from "../internal/page.js";
import type { Rpc } from "../internal/rpc.js";
import { encodeSort, type Sort } from "../internal/sort.js";
import { iteratePages } from "./iterate.js";
import { checkPositive } from "./model-manager.js";
import type { ReportRow } from "./models.js";
import type { PagingOptions } from "./options.js";
import { encodeReportFilters, type ReportFilters } from "./report-filters.js";

/** Options every report takes. Field names are qualified wire names (`Stat.clicks`, `Offer.name`). */
export interface ReportOptions {
  /** The columns, e.g. `["Stat.clicks", "Stat.conversions", "Offer.name"]`. At least one. */
  fields: readonly string[];
  /** Group by these fields, e.g. `["Stat.offer_id", "Stat.date"]`. */
  groups?: readonly string[] | undefined;
  filters?: ReportFilters | undefined;
  /** `"-Stat.clicks"` or a list; a bare field means `Stat.<field>`. */
  sort?: Sort | undefined;
  limit?: number | undefined;
  page?: number | undefined;
  /** Add a `totals` row. */
  totals?: boolean | undefined;
  /** First day, `YYYY-MM-DD` in the network's time zone (`data_start`). */
  dataStart?: string | undefined;
  /** Last day, inclusive (`data_end`). */
  dataEnd?: string | undefined;
  /** Shift the time zone by hours (`hour_offset`). */
  hourOffset?: number | undefined;
}

/** Options of `getStats`. */
export interface StatsOptions extends ReportOptions {
  /** Report currency. */
  currency?: string | undefined;
}

/** Options of `getConversions`. */
export interface ConversionReportOptions extends ReportOptions {
  /** Ask HasOffers to compute the total `count`. */
  count?: boolean | undefined;
  statusUpdateFields?: readonly string[] | undefined;
}

/** One page of a report: rows grouped by model (`row.Stat.clicks`), values as the API sends them (strings). */
export interface ReportPage extends Page<ReportRow> {
  /** The sums, with `totals: true`. */
  totals?: ReportRow | undefined;
}

type Paged<T> = Omit<T, "limit" | "page"> & PagingOptions;

/** `ho.reports`: statistics and conversion reports (Target `Report`), with the report filter syntax. */
export class ReportsManager {
  readonly #rpc: Rpc;

  constructor(rpc: Rpc) {
    this.#rpc = rpc;
  }

  /**
   * One page of aggregated statistics.
   *
   * @example
   * await ho.reports.getStats({
   *   fields: ["Stat.offer_id", "Stat.clicks", "Stat.conversions"],
   *   groups: ["Stat.offer_id"],
   *   filters: { "Stat.date": { conditional: "BETWEEN", values: ["2024-01-01", "2024-01-31"] } },
   *   sort: "-Stat.clicks",
   *   limit: 100,
   * });
   */
  async getStats(options: StatsOptions, call?: CallOptions): Promise<ReportPage> {
    return this.report("getStats", { ...reportParams(options), currency: options.currency }, call);
  }

  /** Every row of a statistics report, page after page. */
  iterateStats(options: Paged<StatsOptions>): AsyncGenerator<ReportRow> {
    return iteratePages((page, limit, call) => this.getStats({ ...options, page, limit }, call), options);
  }

  /** One page of the conversion report. */
  async getConversions(options: ConversionReportOptions, call?: CallOptions): Promise<ReportPage> {
    const params = {
      ...reportParams(options),
      count: options.count,
      status_update_fields: options.statusUpdateFields,
    };
    return this.report("getConversions", params, call);
  }

  /** Every row of the conversion report, page after page. */
  iterateConversions(options: Paged<ConversionReportOptions>): AsyncGenerator<ReportRow> {
    return iteratePages(
      (page, limit, call) => this.getConversions({ ...options, page, limit }, call),
      options,
    );
  }

  private async report(
    method: string,
    params: Record<string, unknown>,
    call?: CallOptions,
  ): Promise<ReportPage> {
    return this.#rpc.call("Report", method, params, {
      ...call,
      decode: (data): ReportPage => {
        const page: ReportPage = readPage(data, (row) => {
          if (!isRow(row)) throw new TypeError("expected a report row");
          return row as ReportRow;
        });
        if (isRow(data) && isRow(data.totals)) page.totals = data.totals as ReportRow;
        return page;
      },
    });
  }
}

function reportParams(options: ReportOptions): Record<string, unknown> {
  return {
    fields: options.fields,
    groups: options.groups,
    filters: encodeReportFilters(options.filters),
    sort: encodeSort(options.sort, "Stat"),
    limit: checkPositive(options.limit, "limit"),
    page: checkPositive(options.page, "page"),
    totals: options.totals,
    data_start: options.dataStart,
    data_end: options.dataEnd,
    hour_offset: options.hourOffset,
  };
}
