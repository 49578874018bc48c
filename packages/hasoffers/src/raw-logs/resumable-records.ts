import { AbortError, ConnectionError, InvalidResponseError, OfferkitError } from "@offerkit/errors";
import type { CallOptions } from "@offerkit/request-engine";
import { abortErrorFor } from "../archive/archive-error.js";
import {
  type CsvOptions,
  type CsvRowBatch,
  recordMaker,
  type ZipReaderOptions,
  zipCsvRowBatches,
} from "../archive/index.js";
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

const DONE: IteratorReturnResult<void> = Object.freeze({ value: undefined, done: true });
const NO_ROWS: readonly string[][] = Object.freeze([]);
const noop = (): void => {};

/**
 * Streams a raw-log file's records, every CSV member in order, in bounded memory. When the download breaks
 * mid-way it downloads the file again and skips the records already yielded, so each record comes out exactly
 * once; it checks that the last yielded record is still where it was, so a file that changed in between fails
 * with `archive_changed` instead of silently shifting. A link refused with 403 on a re-download (links expire
 * after 8 hours) is replaced by a fresh one once. Every error leaves with the link scrubbed out.
 */
export function resumableRecords(
  source: RecordSource,
  filename: string,
  options: RecordsOptions = {},
  opened?: Promise<OpenedDownload>,
): AsyncGenerator<Record<string, string>, void, undefined> {
  return new ResumableRecords(source, filename, options, opened);
}

/**
 * The iterator behind `resumableRecords`. Hand-written rather than an `async function*` over `zipCsvRecords`:
 * two generators cost two suspend-and-resume hops per record, a tenth of the read time on a 400 MiB log. This
 * one takes the reader's row batches (one `await` per chunk's worth of rows), answers `next()` straight from the
 * current batch with a resolved promise, and skips on resume a batch at a time. Like a generator it starts at
 * the first `next()`, serialises overlapping calls behind a wait, checks the caller's signal before every record,
 * and closes the download on `return`, `throw`, abort or error.
 */
class ResumableRecords implements AsyncGenerator<Record<string, string>, void, undefined> {
  readonly #source: RecordSource;
  readonly #filename: string;
  readonly #options: RecordsOptions;
  readonly #call: CallOptions;
  readonly #maxResumes: number;
  #opened: Promise<OpenedDownload> | undefined;
  #link: string | undefined;
  /** The current download's row batches; `undefined` before it starts and after it ended or broke. */
  #batches: AsyncGenerator<CsvRowBatch, void, undefined> | undefined;
  #header: readonly string[] | undefined;
  #toRecord: (row: string[]) => Record<string, string> = () => ({});
  /** The current batch's rows and the next one to hand out. */
  #rows: readonly string[][] = NO_ROWS;
  #at = 0;
  /** Records of the current download passed (skipped or yielded), and yielded over all downloads. */
  #index = 0;
  #yielded = 0;
  #last: Record<string, string> | undefined;
  #resumes = 0;
  #closed = false;
  #waiting: Promise<unknown> | undefined;

  constructor(
    source: RecordSource,
    filename: string,
    options: RecordsOptions,
    opened: Promise<OpenedDownload> | undefined,
  ) {
    this.#source = source;
    this.#filename = filename;
    this.#options = options;
    this.#call = callOptionsOf(options);
    this.#maxResumes = Math.max(0, options.maxResumes ?? options.maxRetries ?? 3);
    this.#opened = opened;
  }

  next(): Promise<IteratorResult<Record<string, string>, void>> {
    if (this.#waiting === undefined && this.#at < this.#rows.length && !this.#options.signal?.aborted) {
      return Promise.resolve({ value: this.#take(), done: false });
    }
    return this.#turn(() => this.#advance());
  }

  /** Ends the read early: cancels the download. */
  return(): Promise<IteratorResult<Record<string, string>, void>> {
    return this.#turn(async () => {
      await this.#close();
      return DONE;
    });
  }

  throw(error: unknown): Promise<IteratorResult<Record<string, string>, void>> {
    return this.#turn(async () => {
      await this.#close();
      throw error;
    });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Runs `step` after the steps already waiting, as a generator queues overlapping calls. */
  #turn<T>(step: () => Promise<T>): Promise<T> {
    // Cleared as the step settles, before its caller resumes, so the next `next()` takes the quick path.
    const turn = (this.#waiting ? this.#waiting.then(step) : step()).finally(() => {
      if (this.#waiting === settled) this.#waiting = undefined;
    });
    const settled = turn.then(noop, noop);
    this.#waiting = settled;
    return turn;
  }

  #take(): Record<string, string> {
    const record = this.#toRecord(this.#rows[this.#at++]!);
    this.#index++;
    this.#yielded++;
    this.#last = record;
    return record;
  }

  /** The next record once the current batch ran out: reads batches, downloading (again) as needed. */
  async #advance(): Promise<IteratorResult<Record<string, string>, void>> {
    const signal = this.#options.signal;
    for (;;) {
      if (this.#closed) return DONE;
      if (this.#at < this.#rows.length) {
        // The reader parses a chunk's rows together; stop between them as soon as the caller aborts.
        if (signal?.aborted) await this.#fail(scrubLink(abortErrorFor(signal), this.#link));
        return { value: this.#take(), done: false };
      }
      const batches = this.#batches ?? (await this.#download());
      let result: IteratorResult<CsvRowBatch, void>;
      try {
        result = await batches.next();
        if (result.done) {
          await this.#close();
          return DONE;
        }
        this.#accept(result.value);
      } catch (error) {
        await this.#broke(error);
      }
    }
  }

  /** Starts the first download, or a new one after a break (a fresh link if the old one is refused). */
  async #download(): Promise<AsyncGenerator<CsvRowBatch, void, undefined>> {
    const source = this.#source;
    const call = this.#call;
    let body: ReadableStream<Uint8Array>;
    try {
      if (this.#opened) {
        const opened = this.#opened;
        this.#opened = undefined;
        ({ link: this.#link, body } = await opened);
      } else if (this.#link === undefined) {
        this.#link = await source.link(call);
        body = await source.download(this.#link, call);
      } else {
        body = await source.download(this.#link, call).catch(async (error: unknown) => {
          if (!(error instanceof OfferkitError && error.status === 403)) throw error;
          this.#link = await source.link(call);
          return source.download(this.#link, call);
        });
      }
    } catch (error) {
      return this.#fail(scrubLink(error, this.#link));
    }
    this.#index = 0;
    this.#batches = zipCsvRowBatches(body, { ...this.#options.limits, signal: this.#options.signal });
    return this.#batches;
  }

  /** Takes a batch, passing over the records an earlier download already yielded. */
  #accept(batch: CsvRowBatch): void {
    if (batch.header !== this.#header) {
      this.#header = batch.header;
      this.#toRecord = recordMaker(batch.header);
    }
    const rows = batch.rows;
    let at = 0;
    const behind = this.#yielded - this.#index;
    if (behind > 0) {
      at = Math.min(rows.length, behind);
      this.#index += at;
      // The last record yielded before the break must be where it was, or the file changed in between.
      const last = this.#last;
      if (at === behind && last && !sameRecord(this.#toRecord(rows[at - 1]!), last)) {
        throw new InvalidResponseError(`Raw-log file ${this.#filename} changed between two downloads`, {
          sdk: "hasoffers",
          code: "archive_changed",
        });
      }
    }
    this.#rows = rows;
    this.#at = at;
  }

  /** A failure of the current download: resumes after a break while allowed, fails otherwise. */
  async #broke(error: unknown): Promise<void> {
    const link = this.#link;
    const options = this.#options;
    if (options.signal?.aborted || !isBreak(error) || this.#resumes >= this.#maxResumes) {
      await this.#fail(scrubLink(error, link));
    }
    // The reader's own failures end its generator; close it all the same, it costs nothing then.
    await this.#closeBatches();
    this.#rows = NO_ROWS;
    this.#at = 0;
    this.#resumes++;
    try {
      options.onResume?.({
        filename: this.#filename,
        attempt: this.#resumes,
        skipped: this.#yielded,
        error: scrubLink(error, link),
      });
    } catch {
      // A broken observer must not break the read.
    }
  }

  async #fail(error: unknown): Promise<never> {
    await this.#close();
    throw error;
  }

  async #close(): Promise<void> {
    this.#closed = true;
    this.#rows = NO_ROWS;
    this.#at = 0;
    // A download `findAll` opened ahead that this read never reached is hung up on too.
    this.#opened?.then((opened) => opened.body.cancel()).catch(noop);
    this.#opened = undefined;
    await this.#closeBatches();
  }

  /** Closes the current download's reader, which cancels the body unless it already ended. */
  async #closeBatches(): Promise<void> {
    const batches = this.#batches;
    this.#batches = undefined;
    await batches?.return();
  }
}
