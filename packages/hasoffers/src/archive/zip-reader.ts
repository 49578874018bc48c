import { archiveError } from "./archive-error.js";
import { ByteSource } from "./byte-source.js";
import { type ArchiveTotals, EntryReader, type ZipEntry } from "./entry-reader.js";
import { readLocalHeader } from "./local-header.js";
import type { ByteStreamLike } from "./open-body.js";
import { END_OF_ENTRIES, LOCAL_HEADER, readUint32, SPANNING_MARKERS } from "./zip-format.js";
import { resolveZipLimits, type ZipReaderOptions } from "./zip-limits.js";

/**
 * Reads a zip archive front to back as it downloads, yielding each file entry in order (directories are
 * skipped). Entries are found through their local headers, never the central directory at the end, so nothing
 * is buffered and no seeking is needed; reading stops at the central directory and the rest of the body is
 * cancelled.
 *
 * Each entry's `stream` must be read to its end or cancelled before the next entry is requested: asking for the
 * next entry skips the unread rest of the current one (without inflating it) and errors its stream.
 *
 * Memory stays bounded by one network chunk plus the inflater's window, whatever the archive size. A bad
 * archive throws `InvalidResponseError` (`sdk: "hasoffers"`) with code `archive_malformed`, `archive_truncated`,
 * `archive_unsupported`, `archive_crc_mismatch`, `archive_too_large` or `archive_too_many_entries`; `signal`
 * cancels the body and throws `AbortError`. Leaving the loop early cancels the body too.
 */
export async function* readZipEntries(
  body: ByteStreamLike<Uint8Array>,
  options: ZipReaderOptions = {},
): AsyncGenerator<ZipEntry, void, undefined> {
  const limits = resolveZipLimits(options);
  const source = new ByteSource(body, options.signal);
  const totals: ArchiveTotals = { bytes: 0 };
  let current: EntryReader | undefined;
  let failure: unknown;
  try {
    let count = 0;
    for (;;) {
      const at = source.offset;
      const signature = await source.readExact(4);
      if (signature.length < 4) {
        throw archiveError(
          "archive_truncated",
          at === 0
            ? "Raw-log archive is empty"
            : `Raw-log archive ended at byte ${source.offset} before its central directory`,
        );
      }
      const value = readUint32(signature, 0);
      if (at === 0 && SPANNING_MARKERS.includes(value)) continue;
      if (END_OF_ENTRIES.includes(value)) return;
      if (value !== LOCAL_HEADER) {
        throw archiveError("archive_malformed", `Raw-log archive has no zip record signature at byte ${at}`);
      }
      count += 1;
      if (count > limits.maxEntries) {
        throw archiveError(
          "archive_too_many_entries",
          `Raw-log archive has more than maxEntries (${limits.maxEntries}) entries`,
        );
      }
      const header = await readLocalHeader(source, at);
      current = new EntryReader(source, header, at, limits, totals);
      if (!header.isDirectory) yield current.entry;
      await current.finish();
      current = undefined;
    }
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    current?.abandon();
    source.close(failure);
  }
}
