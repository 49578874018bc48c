import { AbortError, ConnectionError, InvalidResponseError, OfferkitError } from "@offerkit/errors";
import type { CallOptions } from "@offerkit/request-engine";
import { abortErrorFor } from "../archive/archive-error.js";
import { type CsvOptions, type ZipReaderOptions, zipCsvRecords } from "../archive/index.js";
import { scrubLink } from "./scrub.js";

/** Archive and CSV limits of one read (see `ZipReaderOptions` and `CsvOptions`). */
export type RawLogLimits = Omit<ZipReaderOptions, "signal"> & CsvOptions;

/** Reported before each re-download of a broken file. */
export interface ResumeEvent {
  filename: string;
  /** 1 for the first re-download. */
  attempt: number;
  /** Records already yielded, which the new download skips. */
  skipped: number;
  /** What broke the previous download (never holding the link). */
  error: unknown;
}

/** Options of `records` (and `findAll`): per-call options for the RPC and downloads, limits, resume policy. */
export interface RecordsOptions extends CallOptions {
  /** Archive and CSV limits; the defaults suit HasOffers' hourly files. */
  limits?: RawLogLimits | undefined;
  /** Re-downloads allowed after a download breaks mid-way. Default: `maxRetries`, else 3. */
  maxResumes?: number | undefined;
  /** Called before each re-download (progress reporting, logging; the event never holds the link). */
  onResume?: ((event: ResumeEvent) => void) | undefined;
}

/** A download already started (by `findAll`'s read-ahead): its link and body. */
export interface OpenedDownload {
  link: string;
  body: ReadableStream<Uint8Array>;
}

/** What the resumable reader needs: a fresh link, and a download of it. */
export interface RecordSource {
  link(options: CallOptions): Promise<string>;
  download(link: string, options: CallOptions): Promise<ReadableStream<Uint8Array>>;
}

/**
 * A break worth downloading again: the connection failed mid-body, or the body ended before the archive did.
 * Not an abort, not a corrupt or oversized archive (the same bytes would come again).
 */
function isBreak(error: unknown): boolean {
  if (error instanceof AbortError) return false;
  if (error instanceof ConnectionError) return true;
  return (
    error instanceof InvalidResponseError &&
    (error.code === "archive_truncated" || error.code === "truncated_body")
  );
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function callOptionsOf(options: RecordsOptions): CallOptions {
  const { signal, timeout, deadline, maxRetries } = options;
  return { signal, timeout, deadline, maxRetries };
}

/**
 * Streams a raw-log file's records, every CSV member in order, in bounded memory. When the download breaks
 * mid-way it downloads the file again and skips the records already yielded, so each record comes out exactly
 * once; it checks that the last yielded record is still where it was, so a file that changed in between fails
 * with `archive_changed` instead of silently shifting. A link refused with 403 on a re-download (links expire
 * after 8 hours) is replaced by a fresh one once. Every error leaves with the link scrubbed out.
 */
export async function* resumableRecords(
  source: RecordSource,
  filename: string,
  options: RecordsOptions = {},
  opened?: Promise<OpenedDownload>,
): AsyncGenerator<Record<string, string>, void, undefined> {
  const call = callOptionsOf(options);
  const maxResumes = Math.max(0, options.maxResumes ?? options.maxRetries ?? 3);
  let link: string | undefined;
  let yielded = 0;
  let last: Record<string, string> | undefined;
  let resumes = 0;
  for (;;) {
    let body: ReadableStream<Uint8Array>;
    try {
      if (opened) {
        ({ link, body } = await opened);
        opened = undefined;
      } else if (link === undefined) {
        link = await source.link(call);
        body = await source.download(link, call);
      } else {
        body = await source.download(link, call).catch(async (error: unknown) => {
          if (!(error instanceof OfferkitError && error.status === 403)) throw error;
          link = await source.link(call);
          return source.download(link, call);
        });
      }
    } catch (error) {
      throw scrubLink(error, link);
    }
    let index = 0;
    try {
      for await (const record of zipCsvRecords(body, { ...options.limits, signal: options.signal })) {
        if (index < yielded) {
          if (index === yielded - 1 && last && !sameRecord(record, last)) {
            throw new InvalidResponseError(`Raw-log file ${filename} changed between two downloads`, {
              sdk: "hasoffers",
              code: "archive_changed",
            });
          }
          index++;
          continue;
        }
        // The reader parses a chunk's rows together; stop between them as soon as the caller aborts.
        if (options.signal?.aborted) throw abortErrorFor(options.signal);
        index++;
        yielded++;
        last = record;
        yield record;
      }
      return;
    } catch (error) {
      if (options.signal?.aborted || !isBreak(error) || resumes >= maxResumes) throw scrubLink(error, link);
      resumes++;
      try {
        options.onResume?.({ filename, attempt: resumes, skipped: yielded, error: scrubLink(error, link) });
      } catch {
        // A broken observer must not break the read.
      }
    }
  }
}
