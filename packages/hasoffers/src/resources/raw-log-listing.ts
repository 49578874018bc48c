import type { CallOptions } from "@offerkit/request-engine";
import type { RawLogTransport } from "../internal/raw-log-transport.js";
import { type DateDir, type LogFile, parseDateDirs, parseLink, parseLogFiles } from "../raw-logs/listing.js";
import { checkDateDir, checkFilename, type LogType } from "../raw-logs/validate.js";

/**
 * One raw-log type's listing and links (`ho.rawLogs.clicks`…): what the main entry offers without the zip/CSV
 * reader. To stream records, use `new RawLogs(ho.rawLogTransport)` from `@offerkit/hasoffers/raw-logs`, whose
 * log types add `records` and `findAll` to these methods.
 */
export class RawLogListing {
  readonly logType: LogType;
  readonly #transport: RawLogTransport;

  constructor(transport: RawLogTransport, logType: LogType) {
    this.#transport = transport;
    this.logType = logType;
  }

  /** The day directories that have logs, newest first. */
  async listDateDirs(options?: CallOptions): Promise<DateDir[]> {
    return parseDateDirs(await this.#transport.call("listDateDirs", { log_type: this.logType }, options));
  }

  /**
   * The hourly files of a day (`YYYYMMDD`), newest first as the API lists them. A month (`YYYYMM`) or a year
   * (`YYYY`) is expanded through `listDateDirs`: the API only documents whole days.
   */
  async listLogs(dateDir: string, options?: CallOptions): Promise<LogFile[]> {
    checkDateDir(dateDir);
    const days =
      dateDir.length === 8
        ? [dateDir]
        : (await this.listDateDirs(options)).map((d) => d.dirName).filter((d) => d.startsWith(dateDir));
    const files: LogFile[] = [];
    for (const day of days) {
      files.push(
        ...parseLogFiles(
          await this.#transport.call("listLogs", { log_type: this.logType, date_dir: day }, options),
        ),
      );
    }
    return files;
  }

  /** A presigned download link for a file, valid 8 hours. It is a credential: keep it out of logs. */
  async getDownloadLink(filename: string, options?: CallOptions): Promise<string> {
    checkFilename(filename, this.logType);
    const data = await this.#transport.call(
      "getDownloadLink",
      { log_type: this.logType, log_filename: filename },
      options,
    );
    return parseLink(data);
  }
}

/** `ho.rawLogs`: listing and links of the three raw-log types. */
export class RawLogListings {
  readonly clicks: RawLogListing;
  readonly conversions: RawLogListing;
  readonly impressions: RawLogListing;

  constructor(transport: RawLogTransport) {
    this.clicks = new RawLogListing(transport, "clicks");
    this.conversions = new RawLogListing(transport, "conversions");
    this.impressions = new RawLogListing(transport, "impressions");
  }
}
