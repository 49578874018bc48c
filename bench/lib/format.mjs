/** Formatting for the results table: fixed, compact, comparable units. */

export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 1 ? 3 : 1)} ms` : "–");
export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");
export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(2)} kB` : "–");
export const mib = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : "–");
export const perSec = (value, unit) =>
  Number.isFinite(value) ? `${Math.round(value).toLocaleString("en-US")} ${unit}/s` : "–";

/** A GitHub-flavoured markdown table. */
export function table(columns, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c ?? "").replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(columns), line(columns.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The verdict cell of a target: met, missed, or not measured (package not built yet). */
export function verdict(met) {
  if (met === undefined) return "not measured";
  return met ? "met" : "**missed**";
}
