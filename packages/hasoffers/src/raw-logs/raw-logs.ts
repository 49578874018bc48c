import { RawLogType } from "./log-type.js";
import type { RawLogTransport } from "./transport.js";

/**
 * HasOffers raw logs (hourly CSV exports in zip archives): list days and files, get presigned links, and stream
 * records in bounded memory with resumable downloads.
 *
 * ```ts
 * const logs = new RawLogs(ho.rawLogTransport);
 * for await (const click of logs.clicks.findAll("20240115")) console.log(click.transaction_id);
 * ```
 */
export class RawLogs {
  readonly clicks: RawLogType;
  readonly conversions: RawLogType;
  readonly impressions: RawLogType;

  constructor(transport: RawLogTransport) {
    this.clicks = new RawLogType(transport, "clicks");
    this.conversions = new RawLogType(transport, "conversions");
    this.impressions = new RawLogType(transport, "impressions");
  }
}
