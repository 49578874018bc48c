import type { CallOptions } from "@offerkit/request-engine";
import { type LogFile, RawLogListing } from "./listing.js";
import {
  type OpenedDownload,
  type RecordSource,
  type RecordsOptions,
  resumableRecords,
} from "./resumable-records.js";
import { scrubLink } from "./scrub.js";
import type { RawLogTransport } from "./transport.js";
import { checkFilename, type LogType } from "./validate.js";

/** Options of `findAll`. */
export interface FindAllOptions extends RecordsOptions {
  /**
   * Files opened ahead of the one being read (link fetched, download started), 1–8. Default 1 (one at a time).
   * Records still come out in file order; unread bodies wait under backpressure, so memory stays bounded.
   */
  concurrency?: number | undefined;
  /** Called when a file's records start. */
  onFile?: ((file: LogFile) => void) | undefined;
}

/**
 * The raw logs of one type (`clicks`, `conversions`, `impressions`): the main entry's listing and links
 * (`listDateDirs`, `listLogs`, `getDownloadLink`), plus record streaming.
 */
export class RawLogType extends RawLogListing {
  readonly #transport: RawLogTransport;

  constructor(transport: RawLogTransport, logType: LogType) {
    super(transport, logType);
    this.#transport = transport;
  }

  /**
   * Streams the records of one file (every CSV member, one object per row keyed by column, values as strings),
   * downloading it in bounded memory and resuming a broken download without losing or repeating a record.
   * `signal` stops the download; leaving the loop early cancels it.
   */
  records(
    filename: string,
    options: RecordsOptions = {},
  ): AsyncGenerator<Record<string, string>, void, undefined> {
    checkFilename(filename, this.logType);
    return resumableRecords(this.#source(filename), filename, options);
  }

  /**
   * Streams the records of every file of a day (or a month/year prefix), oldest file first.
   */
  async *findAll(
    dateDir: string,
    options: FindAllOptions = {},
  ): AsyncGenerator<Record<string, string>, void, undefined> {
    const files = (await this.listLogs(dateDir, options)).sort((a, b) => a.startTimestamp - b.startTimestamp);
    const ahead = Math.min(8, Math.max(1, Math.floor(options.concurrency ?? 1)));
    const opened = new Map<number, Promise<OpenedDownload>>();
    const open = (index: number) => {
      if (opened.has(index) || index >= files.length) return;
      const promise = this.#open(files[index]!.filename, options);
      // Handled here so a failure ahead is not "unhandled"; it surfaces when its turn comes.
      promise.catch(() => {});
      opened.set(index, promise);
    };
    try {
      for (let i = 0; i < files.length; i++) {
        for (let j = i + 1; j < i + ahead; j++) open(j);
        const file = files[i]!;
        options.onFile?.(file);
        const first = opened.get(i);
        opened.delete(i);
        yield* resumableRecords(this.#source(file.filename), file.filename, options, first);
      }
    } finally {
      for (const promise of opened.values()) {
        promise.then((o) => o.body.cancel()).catch(() => {});
      }
    }
  }

  #source(filename: string): RecordSource {
    return {
      link: (options) => this.getDownloadLink(filename, options),
      download: (link, options) => this.#transport.download(link, options),
    };
  }

  async #open(filename: string, options: CallOptions): Promise<OpenedDownload> {
    const link = await this.getDownloadLink(filename, options);
    try {
      return { link, body: await this.#transport.download(link, options) };
    } catch (error) {
      throw scrubLink(error, link);
    }
  }
}
