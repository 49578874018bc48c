import { InvalidResponseError } from "@offerkit/errors";

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

function wrongShape(what: string): InvalidResponseError {
  return new InvalidResponseError(`The RawLog ${what} answer does not have the documented shape`, {
    sdk: "hasoffers",
    code: "unexpected_shape",
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An empty answer (`[]`, `null`, `""`) means no entries, as elsewhere in the API. */
function entriesOf(data: unknown, key: string, what: string): unknown[] {
  if (data === null || data === "" || (Array.isArray(data) && data.length === 0)) return [];
  if (!isObject(data)) throw wrongShape(what);
  const list = data[key];
  if (list === undefined || list === null || list === "") return [];
  if (!Array.isArray(list)) throw wrongShape(what);
  return list;
}

/** Reads `listDateDirs` data: `{logType, dateDirs: [{displayName, dirName}]}`. */
export function parseDateDirs(data: unknown): DateDir[] {
  return entriesOf(data, "dateDirs", "listDateDirs").map((item) => {
    if (!isObject(item) || typeof item.dirName !== "string") throw wrongShape("listDateDirs");
    return { displayName: String(item.displayName ?? item.dirName), dirName: item.dirName };
  });
}

/** Reads `listLogs` data: `{logType, logFiles: [{displayName, startTimestamp, filename}], logDate, fetchTime}`. */
export function parseLogFiles(data: unknown): LogFile[] {
  return entriesOf(data, "logFiles", "listLogs").map((item) => {
    if (!isObject(item) || typeof item.filename !== "string") throw wrongShape("listLogs");
    const start = Number(item.startTimestamp);
    if (!Number.isFinite(start)) throw wrongShape("listLogs");
    return {
      displayName: String(item.displayName ?? item.filename),
      startTimestamp: start,
      filename: item.filename,
    };
  });
}

/** Reads `getDownloadLink` data: `{link}` with an http(s) URL. */
export function parseLink(data: unknown): string {
  const link = isObject(data) ? data.link : undefined;
  if (typeof link !== "string" || !/^https?:\/\//i.test(link)) throw wrongShape("getDownloadLink");
  return link;
}
