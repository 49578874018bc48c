import { fail } from "../api-failure.js";
import { LOG_TYPES, type LogType } from "../raw-log-rows.js";
import { type CallContext, requireParam, type TargetHandlers } from "./context.js";

function logType(ctx: CallContext): LogType {
  const type = requireParam(ctx.params, "log_type");
  if (!LOG_TYPES.includes(type as LogType)) fail(`Invalid log_type: ${type}`);
  return type as LogType;
}

/**
 * The RawLog Target (§8.9): day directories and hourly files, newest first, and presigned download links. The
 * official doc wants `date_dir` as YYYYMMDD and no recording shows a prefix working, so the fake refuses
 * anything else: an SDK that offers month prefixes must expand them through `listDateDirs`.
 */
export function rawLogHandlers(): TargetHandlers {
  return {
    listDateDirs(ctx) {
      const type = logType(ctx);
      return { logType: type, dateDirs: ctx.rawLogs.dateDirs(type) };
    },
    listLogs(ctx) {
      const type = logType(ctx);
      const dir = requireParam(ctx.params, "date_dir");
      if (!/^\d{8}$/.test(dir)) fail("date_dir must be a date in YYYYMMDD format");
      const logFiles = ctx.rawLogs.list(type, dir).map((f) => ({
        displayName: f.displayName,
        startTimestamp: String(f.startTimestamp),
        filename: f.filename,
      }));
      return { logType: type, logFiles, logDate: dir, fetchTime: 0.0421 };
    },
    getDownloadLink(ctx) {
      const type = logType(ctx);
      const filename = requireParam(ctx.params, "log_filename");
      const file = ctx.rawLogs.files.get(filename);
      if (!file || file.logType !== type) fail(`Log file ${filename} does not exist`);
      return { link: ctx.signDownload(type, filename) };
    },
    getLogExpirations() {
      // Retention per type in days; the docs give 123 days before a GDPR extract is needed.
      return Object.fromEntries(LOG_TYPES.map((type) => [type, "123"]));
    },
  };
}
