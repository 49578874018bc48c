import type { CallOptions } from "@offerkit/request-engine";
import { isRow } from "../internal/normalize.js";
import { type Page, readPage } from "../internal/page.js";
import type { Rpc } from "../internal/rpc.js";
import type { Sort } from "../internal/sort.js";
import { pagesOf } from "./iterate.js";
import { defineMethods } from "./method-table.js";
import type { ReportRow } from "./models.js";
import type { PagingOptions } from "./options.js";
import type { ReportFilters } from "./report-filters.js";

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

/** Report options with automatic paging in place of `limit` and `page`. */
export type Paged<T> = Omit<T, "limit" | "page"> & PagingOptions;

/** `ho.reports`: statistics and conversion reports (Target `Report`), with the report filter syntax. */
export interface ReportsManager {
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
  getStats(options: StatsOptions, call?: CallOptions): Promise<ReportPage>;

  /** Every row of a statistics report, page after page. */
  iterateStats(options: Paged<StatsOptions>): AsyncGenerator<ReportRow>;

  /** One page of the conversion report. */
  getConversions(options: ConversionReportOptions, call?: CallOptions): Promise<ReportPage>;

  /** Every row of the conversion report, page after page. */
  iterateConversions(options: Paged<ConversionReportOptions>): AsyncGenerator<ReportRow>;
}

/** The options every report sends, in wire order (report filters and `Stat` sort, as the model is `Stat`). */
const REPORT = "?fields,groups,filters,sort,limit,page,totals,dataStart,dataEnd,hourOffset";

/** One page of a report: rows as sent (each must be an object), and the `totals` row when asked for. */
function reportPage(data: unknown): ReportPage {
  const page: ReportPage = readPage(data, (row) => {
    if (!isRow(row)) throw new TypeError("expected a report row");
    return row as ReportRow;
  });
  if (isRow(data) && isRow(data.totals)) page.totals = data.totals as ReportRow;
  return page;
}

/** Builds `ho.reports`. */
export function createReportsManager(rpc: Rpc): ReportsManager {
  const reports = defineMethods(rpc, "Report", "Stat", {
    getStats: [`${REPORT},currency`, reportPage],
    getConversions: [`${REPORT},count,statusUpdateFields`, reportPage],
  });
  return {
    ...reports,
    iterateStats: pagesOf(reports.getStats!),
    iterateConversions: pagesOf(reports.getConversions!),
  } as unknown as ReportsManager;
}
