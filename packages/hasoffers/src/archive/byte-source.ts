import { ConnectionError, OfferkitError } from "@offerkit/errors";
import { abortErrorFor } from "./archive-error.js";
import { type BodyCursor, type ByteStreamLike, openBody } from "./open-body.js";

const EMPTY = new Uint8Array(0);

/**
 * A sequential reader over a download body that hands out views of the chunks as they arrive (no copy unless a
 * read spans chunks), so the zip reader holds at most one network chunk plus a few header bytes at a time.
 * Every wait on the network races the caller's `AbortSignal`, so aborting never waits on a stalled download.
 */
export class ByteSource {
  readonly #cursor: BodyCursor<Uint8Array>;
  readonly #signal: AbortSignal | undefined;
  readonly #aborted: Promise<never> | undefined;
  #onAbort: (() => void) | undefined;
  #chunk: Uint8Array = EMPTY;
  #ended = false;
  #closed = false;
  #offset = 0;

  constructor(body: ByteStreamLike<Uint8Array>, signal?: AbortSignal) {
    this.#cursor = openBody(body);
    this.#signal = signal;
    if (signal) {
      this.#aborted = new Promise<never>((_, reject) => {
        this.#onAbort = () => reject(abortErrorFor(signal));
      });
      this.#aborted.catch(() => {});
      signal.addEventListener("abort", this.#onAbort!, { once: true });
    }
  }

  /** Bytes handed out so far: the archive offset of the next byte, for error messages. */
  get offset(): number {
    return this.#offset;
  }

  /** Returns the next available bytes, at most `max` of them; an empty array means the body ended. */
  async read(max = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
    if (this.#signal?.aborted) this.#abort();
    if (this.#chunk.length === 0 && !(await this.#fill())) return EMPTY;
    const chunk = this.#chunk;
    const taken = chunk.length <= max ? chunk : chunk.subarray(0, max);
    this.#chunk = taken === chunk ? EMPTY : chunk.subarray(max);
    this.#offset += taken.length;
    return taken;
  }

  /** Reads exactly `length` bytes; fewer only when the body ended first. */
  async readExact(length: number): Promise<Uint8Array> {
    if (this.#chunk.length >= length) return this.read(length);
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const part = await this.read(length - filled);
      if (part.length === 0) return out.subarray(0, filled);
      out.set(part, filled);
      filled += part.length;
    }
    return out;
  }

  /** Discards `length` bytes; returns how many were actually there. */
  async skip(length: number): Promise<number> {
    let skipped = 0;
    while (skipped < length) {
      const part = await this.read(length - skipped);
      if (part.length === 0) break;
      skipped += part.length;
    }
    return skipped;
  }

  /** Puts back the tail of what the last read returned, to be read again. */
  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.#chunk.length === 0) {
      this.#chunk = bytes;
    } else {
      const joined = new Uint8Array(bytes.length + this.#chunk.length);
      joined.set(bytes, 0);
      joined.set(this.#chunk, bytes.length);
      this.#chunk = joined;
    }
    this.#offset -= bytes.length;
  }

  /** Stops reading: cancels the body unless it already ended. */
  close(reason?: unknown): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#onAbort) this.#signal!.removeEventListener("abort", this.#onAbort);
    if (!this.#ended) this.#cursor.cancel(reason);
    this.#chunk = EMPTY;
  }

  #abort(): never {
    const signal = this.#signal!;
    this.close(signal.reason);
    throw abortErrorFor(signal);
  }

  async #fill(): Promise<boolean> {
    while (!this.#ended) {
      if (this.#signal?.aborted) this.#abort();
      if (this.#closed) return false;
      const next = this.#cursor.next();
      let result: IteratorResult<Uint8Array, unknown>;
      try {
        result = await (this.#aborted ? Promise.race([next, this.#aborted]) : next);
      } catch (error) {
        this.close(error);
        throw bodyFailure(error);
      }
      if (result.done) {
        this.#ended = true;
        return false;
      }
      const value: unknown = result.value;
      if (!(value instanceof Uint8Array)) {
        this.close();
        throw new TypeError("A raw-log body must yield Uint8Array chunks");
      }
      if (value.length > 0) {
        this.#chunk = value;
        return true;
      }
    }
    return false;
  }
}

/** A body that fails mid-download is a lost connection; the SDK's own errors (abort, deadline) pass through. */
function bodyFailure(error: unknown): unknown {
  if (error instanceof OfferkitError) return error;
  return new ConnectionError("The raw-log download failed before it ended", {
    code: "body_read_failed",
    sdk: "hasoffers",
    cause: error,
  });
}
