import { ValidationError } from "@offerkit/errors";

/** Log types the raw-log API serves. */
export type LogType = "clicks" | "conversions" | "impressions";

const SDK = "hasoffers";

/**
 * Checks a day directory or a prefix of one: `YYYYMMDD` (one day), `YYYYMM` (a month) or `YYYY` (a year),
 * with a real month and day.
 */
export function checkDateDir(dateDir: unknown): string {
  const text = typeof dateDir === "string" ? dateDir : "";
  const m = /^(\d{4})(?:(\d{2})(\d{2})?)?$/.exec(text);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  const valid =
    m !== null &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!valid) {
    throw new ValidationError("dateDir must be YYYYMMDD, or YYYYMM / YYYY for a whole month or year", {
      sdk: SDK,
      param: "dateDir",
      code: "invalid_date_dir",
    });
  }
  return text;
}

/** Checks a log file name as `listLogs` returns it: `YYYYMMDD/<type>-<epoch>-<id>.zip`, of this log type. */
export function checkFilename(filename: unknown, logType: LogType): string {
  const text = typeof filename === "string" ? filename : "";
  const m = /^(\d{8})\/([a-z_]+)-(\d+)-([A-Za-z0-9]+)\.zip$/.exec(text);
  if (!m || m[2] !== logType) {
    throw new ValidationError(
      `filename must be a ${logType} log file name such as 20160909/${logType}-1473411600-SlY9UO.zip`,
      {
        sdk: SDK,
        param: "filename",
        code: "invalid_filename",
      },
    );
  }
  return text;
}
