import { archiveError } from "./archive-error.js";
import type { ByteSource } from "./byte-source.js";
import { crc32 } from "./crc32.js";
import { dataBeforeDescriptor, dataEndedByInflater, dataOfKnownSize, type EntryData } from "./entry-data.js";
import { INFLATE_SLICE, type Inflater, type InflaterKind, inflaterKind } from "./inflater.js";
import type { LocalHeader } from "./local-header.js";
import { METHOD_DEFLATED } from "./zip-format.js";
import { RATIO_GRACE_BYTES, type ZipLimits } from "./zip-limits.js";

/** One file in a raw-log archive, as `readZipEntries` yields it. */
export interface ZipEntry {
  /** Path inside the archive (UTF-8, or code page 437 for archives that do not flag UTF-8). */
  readonly name: string;
  /** Compression method: 0 stored, 8 deflated. */
  readonly method: number;
  /** Compressed size from the local header; `undefined` when a data descriptor after the data holds it. */
  readonly compressedSize: number | undefined;
  /** Uncompressed size from the local header; `undefined` when a data descriptor after the data holds it. */
  readonly size: number | undefined;
  /**
   * The uncompressed content. Read it to the end (its CRC-32 and size are verified before it closes) or cancel
   * it before asking for the next entry: the archive is one forward-only stream, so moving on skips whatever is
   * left and errors this stream.
   */
  readonly stream: ReadableStream<Uint8Array>;
}

/** Uncompressed bytes produced across the archive, for `maxTotalBytes`. */
export interface ArchiveTotals {
  bytes: number;
}

type State = "open" | "done" | "failed" | "cancelled" | "superseded";
const noop = (): void => {};

/**
 * Reads one entry's data out of the shared source: delimits it (declared size or data descriptor), inflates
 * it, counts it against the limits while it flows and verifies its CRC-32 and size at the end.
 */
export class EntryReader {
  readonly entry: ZipEntry;
  readonly #header: LocalHeader;
  readonly #at: number;
  readonly #limits: ZipLimits;
  readonly #totals: ArchiveTotals;
  readonly #data: EntryData;
  readonly #inflaterKind: InflaterKind | undefined;
  #inflater: Inflater | undefined;
  #controller!: ReadableStreamDefaultController<Uint8Array>;
  #state: State = "open";
  #error: unknown;
  #inflight: Promise<void> = Promise.resolve();
  #crc = 0;
  #size = 0;

  constructor(source: ByteSource, header: LocalHeader, at: number, limits: ZipLimits, totals: ArchiveTotals) {
    this.#header = header;
    this.#at = at;
    this.#limits = limits;
    this.#totals = totals;
    const kind = header.method === METHOD_DEFLATED ? inflaterKind() : undefined;
    this.#inflaterKind = kind;
    const maxChunk = kind ? INFLATE_SLICE : Number.POSITIVE_INFINITY;
    if (header.compressedSize !== undefined) {
      this.#data = dataOfKnownSize(source, header.compressedSize, maxChunk);
    } else {
      // Deflate data ends itself, so where the inflater can tell, the descriptor needs no search.
      this.#data = kind?.findsStreamEnd
        ? dataEndedByInflater(source, maxChunk)
        : dataBeforeDescriptor(source, maxChunk);
    }
    const stream = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.#controller = controller;
        },
        pull: () => {
          this.#inflight = this.#pull();
          return this.#inflight;
        },
        cancel: () => {
          if (this.#state === "open") this.#state = "cancelled";
        },
      },
      // Nothing is read ahead of the consumer: memory stays at one chunk.
      { highWaterMark: 0 },
    );
    this.entry = {
      name: header.name,
      method: header.method,
      compressedSize: header.compressedSize,
      size: header.size,
      stream,
    };
  }

  /**
   * Leaves the entry so the next header can be read: waits for a read in progress, then skips what the
   * consumer did not read. Throws the entry's own failure, since the archive position is unknown after one.
   */
  async finish(): Promise<void> {
    if (this.#state === "open") this.#supersede();
    await this.#inflight;
    if (this.#state === "done") return;
    if (this.#state === "failed") throw this.#error;
    await this.#inflater?.stop();
    await this.#data.skip();
  }

  /** Drops the entry when the whole read stops (consumer left early, or the archive failed). */
  abandon(): void {
    if (this.#state === "open") this.#supersede();
    this.#inflater?.stop().catch(noop);
  }

  #supersede(): void {
    this.#state = "superseded";
    this.#controller.error(
      new Error(
        "The zip reader moved past this entry: read or cancel each entry's stream before the next entry",
      ),
    );
  }

  async #pull(): Promise<void> {
    try {
      if (this.#size === 0) this.#checkDeclaredSize();
      if (this.#inflaterKind) this.#inflater ??= this.#inflaterKind.create(this.#data);
      const chunk = this.#inflater ? await this.#inflater.read() : await this.#data.next();
      if (this.#state !== "open") return;
      if (chunk === null) {
        // Bytes after the end of the deflate stream but inside the entry are skipped, not read as a header.
        if (this.#inflater) await this.#data.skip();
        this.#verify();
        this.#state = "done";
        this.#controller.close();
        return;
      }
      this.#crc = crc32(chunk, this.#crc);
      this.#size += chunk.length;
      this.#totals.bytes += chunk.length;
      this.#checkLimits();
      this.#controller.enqueue(chunk);
    } catch (error) {
      if (this.#state !== "open") return;
      this.#state = "failed";
      this.#error = error;
      this.#inflater?.stop().catch(noop);
      this.#controller.error(error);
    }
  }

  #where(): string {
    return `Raw-log archive entry at byte ${this.#at}`;
  }

  #checkDeclaredSize(): void {
    const declared = this.#header.size;
    if (declared !== undefined && declared > this.#limits.maxEntryBytes) {
      throw archiveError(
        "archive_too_large",
        `${this.#where()} declares ${declared} bytes, over maxEntryBytes (${this.#limits.maxEntryBytes})`,
      );
    }
  }

  #checkLimits(): void {
    const size = this.#size;
    const limits = this.#limits;
    if (size > limits.maxEntryBytes) {
      throw archiveError(
        "archive_too_large",
        `${this.#where()} exceeds maxEntryBytes (${limits.maxEntryBytes})`,
      );
    }
    if (this.#totals.bytes > limits.maxTotalBytes) {
      throw archiveError(
        "archive_too_large",
        `Raw-log archive exceeds maxTotalBytes (${limits.maxTotalBytes})`,
      );
    }
    const declared = this.#header.size;
    if (declared !== undefined && size > declared) {
      throw archiveError(
        "archive_malformed",
        `${this.#where()} holds more than its declared ${declared} bytes`,
      );
    }
    const fed = this.#inflater?.fed;
    if (fed !== undefined && size > RATIO_GRACE_BYTES && size > fed * limits.maxCompressionRatio) {
      throw archiveError(
        "archive_too_large",
        `${this.#where()} expands more than maxCompressionRatio (${limits.maxCompressionRatio}) times`,
      );
    }
  }

  #verify(): void {
    const descriptor = this.#data.descriptor;
    const expectedCrc = descriptor ? descriptor.crc32 : this.#header.crc32;
    const sizeMatches = descriptor
      ? descriptor.size === (descriptor.wide ? this.#size : this.#size % 0x100000000)
      : this.#size === this.#header.size;
    if (!sizeMatches) {
      const declared = descriptor ? descriptor.size : this.#header.size;
      throw archiveError("archive_malformed", `${this.#where()} holds ${this.#size} bytes, not ${declared}`);
    }
    if (this.#crc !== expectedCrc) {
      throw archiveError("archive_crc_mismatch", `${this.#where()} fails its CRC-32 check`);
    }
  }
}
