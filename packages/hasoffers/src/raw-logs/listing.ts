import { InvalidResponseError } from "@offerkit/errors";
import type { CallOptions } from "@offerkit/request-engine";
import { SDK } from "../internal/errors.js";
import { isRow } from "../internal/normalize.js";
import type { RawLogTransport } from "./transport.js";
import { checkDateDir, checkFilename, type LogType } from "./validate.js";

/** One day directory of a log type. */
export interface DateDir {
  /** `Sep 9, 2016` */
  displayName: string;
  /** `20160909` */
  dirName: string;
}

/** One hourly log file. */
export interface LogFile {
  /** `Sep 9, 2016 - 09:00 am` */
  displayName: string;
  /** Start of the hour the file covers, in epoch seconds (the API sends it as a string). */
  startTimestamp: number;
  /** `20160909/clicks-1473411600-SlY9UO.zip`: what `records` and `getDownloadLink` take. */
  filename: string;
}

/**
 * One raw-log type's listing and links (`ho.rawLogs.clicks`…), the part of the raw-log API the main entry offers.
 * `RawLogType` of `@offerkit/hasoffers/raw-logs` extends it with `records` and `findAll`, so the zip/CSV reader
 * ships only to those who stream records.
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
    const data = await this.#transport.call("listDateDirs", { log_type: this.logType }, options);
    return entries(data, "dateDirs", "listDateDirs", (item) => {
      const dirName = item.dirName;
      return typeof dirName === "string" && { displayName: String(item.displayName ?? dirName), dirName };
    });
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
      const data = await this.#transport.call("listLogs", { log_type: this.logType, date_dir: day }, options);
      files.push(
        ...entries(data, "logFiles", "listLogs", ({ filename, displayName, startTimestamp }) => {
          const start = Number(startTimestamp);
          return (
            typeof filename === "string" &&
            Number.isFinite(start) && {
              displayName: String(displayName ?? filename),
              startTimestamp: start,
              filename,
            }
          );
        }),
      );
    }
    return files;
  }

  /** A presigned download link for a file, valid 8 hours. It is a credential: keep it out of logs and errors. */
  async getDownloadLink(filename: string, options?: CallOptions): Promise<string> {
    checkFilename(filename, this.logType);
    const data = await this.#transport.call(
      "getDownloadLink",
      { log_type: this.logType, log_filename: filename },
      options,
    );
    const link = isRow(data) ? data.link : undefined;
    if (typeof link !== "string" || !/^https?:\/\//i.test(link)) throw wrongShape("getDownloadLink");
    return link;
  }
}

/**
 * The entries of a listing's `key` list, each read by `read` (`false` when it has the wrong shape). An empty
 * answer (`[]`, `null`, `""`) or list means none, as elsewhere in the API.
 */
function entries<T>(
  data: unknown,
  key: string,
  method: string,
  read: (item: Record<string, unknown>) => T | false,
): T[] {
  if (data === null || data === "" || (Array.isArray(data) && data.length === 0)) return [];
  const list = isRow(data) ? data[key] : 0;
  if (list === undefined || list === null || list === "") return [];
  if (!Array.isArray(list)) throw wrongShape(method);
  return list.map((item) => {
    const entry = isRow(item) && read(item);
    if (!entry) throw wrongShape(method);
    return entry;
  });
}

function wrongShape(method: string): InvalidResponseError {
  return new InvalidResponseError(`Unexpected RawLog ${method} answer`, {
    sdk: SDK,
    code: "unexpected_shape",
  });
}
