import { invalid } from "../internal/errors.js";

/** Log types the raw-log API serves. */
export type LogType = "clicks" | "conversions" | "impressions";

/**
 * Checks a day directory or a prefix of one: `YYYYMMDD` (one day), `YYYYMM` (a month) or `YYYY` (a year),
 * with a real month and day.
 */
export function checkDateDir(dateDir: unknown): void {
  const m = /^(\d{4})(\d\d)?(\d\d)?$/.exec(typeof dateDir === "string" ? dateDir : "");
  const month = Number(m?.[2] ?? 1);
  const day = Number(m?.[3] ?? 1);
  // Day 0 of the next month is the last day of this one.
  if (!m || month < 1 || month > 12 || day < 1 || day > new Date(+m[1]!, month, 0).getDate())
    throw invalid("dateDir must be a day YYYYMMDD, a month YYYYMM or a year YYYY", "dateDir", "date_dir");
}

/** Checks a log file name as `listLogs` returns it: `YYYYMMDD/<type>-<epoch>-<id>.zip`, of this log type. */
export function checkFilename(filename: unknown, logType: LogType): void {
  const m = /^\d{8}\/([a-z_]+)-\d+-[A-Za-z0-9]+\.zip$/.exec(typeof filename === "string" ? filename : "");
  if (m?.[1] !== logType)
    throw invalid(
      `filename must be a ${logType} log file name, e.g. 20160909/${logType}-1473411600-SlY9UO.zip`,
      "filename",
      "invalid_filename",
    );
}
