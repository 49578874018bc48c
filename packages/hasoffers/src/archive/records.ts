import { abortErrorFor } from "./archive-error.js";
import type { CsvOptions } from "./csv-parser.js";
import { csvRowBatches, recordMaker } from "./csv-records.js";
import type { ZipEntry } from "./entry-reader.js";
import type { ByteStreamLike } from "./open-body.js";
import type { ZipReaderOptions } from "./zip-limits.js";
import { readZipEntries } from "./zip-reader.js";

/** Options of `zipCsvRecords`: the archive limits and signal, the CSV row limit, and two hooks. */
export interface ZipCsvRecordsOptions extends ZipReaderOptions, CsvOptions {
  /** Called when a CSV member starts, before its first record (for progress reporting or logging). */
  onEntry?: ((entry: Omit<ZipEntry, "stream">) => void) | undefined;
  /** Which members hold records. Default: names ending in `.csv`, any case. */
  isCsvMember?: ((name: string) => boolean) | undefined;
}

const isCsvName = (name: string): boolean => name.toLowerCase().endsWith(".csv");

/**
 * Streams the records of a HasOffers raw-log archive: every CSV member in archive order (each with its own
 * header row), one object per row keyed by column name, values as the strings in the file. Other members are
 * skipped without being inflated. Memory stays bounded whatever the download size; leaving the loop early
 * cancels the download. Errors are those of `readZipEntries` and `CsvParser`.
 */
export async function* zipCsvRecords(
  body: ByteStreamLike<Uint8Array>,
  options: ZipCsvRecordsOptions = {},
): AsyncGenerator<Record<string, string>, void, undefined> {
  let header: readonly string[] | undefined;
  let toRecord: (row: string[]) => Record<string, string> = () => ({});
  for await (const batch of zipCsvRowBatches(body, options)) {
    if (batch.header !== header) {
      header = batch.header;
      toRecord = recordMaker(header);
    }
    for (const row of batch.rows) {
      // A batch holds a chunk's worth of rows: stop within it, not after it, when the caller aborts.
      if (options.signal?.aborted) throw abortErrorFor(options.signal);
      yield toRecord(row);
    }
  }
}

/** Rows of one CSV member that arrived together, with that member's header. */
export interface CsvRowBatch {
  /** Name of the archive member. */
  entry: string;
  header: readonly string[];
  rows: string[][];
}

/**
 * The batch form of `zipCsvRecords`: rows as string arrays, grouped per chunk, one `await` per batch rather
 * than per row. For consumers that need the last bit of throughput (bulk loads, benchmarks).
 */
export async function* zipCsvRowBatches(
  body: ByteStreamLike<Uint8Array>,
  options: ZipCsvRecordsOptions = {},
): AsyncGenerator<CsvRowBatch, void, undefined> {
  const isCsv = options.isCsvMember ?? isCsvName;
  for await (const entry of readZipEntries(body, options)) {
    if (!isCsv(entry.name)) continue;
    const { stream, ...info } = entry;
    options.onEntry?.(info);
    let header: string[] | undefined;
    for await (const rows of csvRowBatches(stream, options)) {
      if (header === undefined) {
        header = rows.shift()!;
        if (rows.length === 0) continue;
      }
      yield { entry: entry.name, header, rows };
    }
  }
}
