/** One row of a summary table: column name → value. */
export type TableRow = Record<string, string | number | boolean | undefined>;

/**
 * Prints a scenario's numbers as a fixed-width table, so the CI log of the reliability suite shows what each
 * scenario measured (counts, classes, timings) and not only that it passed.
 */
export function printTable(title: string, rows: readonly TableRow[]): void {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: TableRow[string]) => (value === undefined ? "" : String(value));
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => cell(row[column]).length)),
  );
  const line = (values: string[]) => values.map((value, i) => value.padEnd(widths[i] ?? 0)).join(" | ");
  const rule = widths.map((width) => "-".repeat(width)).join("-+-");
  const body = rows.map((row) => line(columns.map((column) => cell(row[column]))));
  console.log([`\n[reliability] ${title}`, line(columns), rule, ...body].join("\n"));
}

/** Counts of each value, in first-seen order (e.g. error classes of a run). */
export function tally(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** `RateLimitError×3, TimeoutError×1` */
export function formatTally(counts: Map<string, number>): string {
  return counts.size === 0 ? "-" : [...counts].map(([key, n]) => `${key}×${n}`).join(", ");
}
