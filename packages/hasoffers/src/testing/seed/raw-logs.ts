import { LOG_TYPES } from "../raw-log-rows.js";
import type { RawLogStore } from "../raw-log-store.js";
import { DAY } from "./context.js";
import type { RawLogSeed } from "./counts.js";

/** Adds `days × filesPerDay` hourly files per log type, the newest day being the base date. */
export function seedRawLogs(rawLogs: RawLogStore, seed: RawLogSeed, base: number): void {
  const { days = 2, filesPerDay = 3, rowsPerFile = 2, types = LOG_TYPES, ...layout } = seed;
  const firstDay = Math.floor(base / DAY) * DAY - (days - 1) * DAY;
  for (const logType of types) {
    for (let d = 0; d < days; d++) {
      for (let h = 0; h < filesPerDay; h++) {
        rawLogs.addFile({
          logType,
          startTimestamp: (firstDay + d * DAY) / 1000 + (9 + h) * 3600,
          rows: rowsPerFile,
          ...layout,
        });
      }
    }
  }
}
