/**
 * `@offerkit/hasoffers/raw-logs`: HasOffers raw-log listing and streaming, kept out of the main entry so the zip
 * and CSV reader only ships to those who use it.
 */
export type { CsvOptions } from "../archive/csv-parser.js";
export type { ZipReaderOptions } from "../archive/zip-limits.js";
export type { DateDir, LogFile, RawLogListing } from "./listing.js";
export { type FindAllOptions, RawLogType } from "./log-type.js";
export { RawLogs } from "./raw-logs.js";
export type { RawLogLimits, RecordsOptions, ResumeEvent } from "./resumable-records.js";
export type { RawLogTransport } from "./transport.js";
export type { LogType } from "./validate.js";
