import { ChunkQueue, OUTPUT_BUDGET } from "./chunk-queue.js";
import type { EntryData } from "./entry-data.js";

/** The part of Node's `zlib.InflateRaw` stream the inflater drives. */
export interface NodeInflateStream {
  /** Input bytes zlib consumed: fewer than were written once the deflate stream ended inside a write. */
  readonly bytesWritten: number;
  write(chunk: Uint8Array, callback: () => void): unknown;
  end(): unknown;
  destroy(): unknown;
  pause(): unknown;
  resume(): unknown;
  on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  on(event: "end", listener: () => void): unknown;
  on(event: "error", listener: (error: unknown) => void): unknown;
}

/**
 * Writes waiting in zlib's queue besides the one it works on. Node starts the next queued write from the
 * completion of the previous one, before any JavaScript runs: with one write at a time, zlib would wait for the
 * feeder to get a turn on the main thread, which the consumer keeps busy parsing, and the two would take turns
 * instead of running side by side.
 */
const WRITES_AHEAD = 2;

/**
 * Inflates one entry through Node's zlib stream, driven directly: no web-stream adapter, which costs a promise,
 * a copy of every output chunk and a few stream hops per chunk.
 *
 * Memory stays bounded: output waiting for the consumer is capped at about `OUTPUT_BUDGET` (past it the stream
 * is paused, and zlib stops inside a write until it is resumed), and input runs at most `WRITES_AHEAD` writes
 * ahead.
 *
 * zlib stops at the end of the deflate stream and counts only the input it consumed (`bytesWritten`). Once a
 * write comes back not consumed to its end, the stream ended inside it: the inflater stops feeding and tells the
 * data (`EntryData.streamEnded`), which takes back what lies past the end and reads the data descriptor there.
 */
export class NodeInflater {
  readonly #zlib: NodeInflateStream;
  readonly #data: EntryData;
  readonly #queue = new ChunkQueue();
  readonly #pump: Promise<void>;
  #completed = 0;
  #writesPending = 0;
  #endedAt: number | undefined;
  #paused = false;
  #outputEnded = false;
  #inputDone = false;
  #failure: { error: unknown } | undefined;
  #stopped = false;
  #wakeReader: (() => void) | undefined;
  #wakePump: (() => void) | undefined;

  /**
   * @param zlib a fresh raw inflater
   * @param data the entry's compressed bytes; an error its `next()` throws is reported as is
   * @param describeFailure turns an error of zlib itself (corrupt data) into the error to report
   */
  constructor(zlib: NodeInflateStream, data: EntryData, describeFailure: (error: unknown) => unknown) {
    this.#zlib = zlib;
    this.#data = data;
    zlib.on("data", (chunk) => {
      // A plain view, not the Buffer: `slice` on a Buffer does not copy, which a consumer would not expect.
      this.#queue.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (this.#queue.bytes >= OUTPUT_BUDGET && !this.#paused) {
        this.#paused = true;
        zlib.pause();
      }
      this.#wakeReader?.();
    });
    zlib.on("end", () => {
      this.#outputEnded = true;
      this.#wakeReader?.();
    });
    zlib.on("error", (error) => {
      this.#fail(describeFailure(error));
    });
    this.#pump = this.#feed().finally(() => {
      this.#inputDone = true;
      this.#wakeReader?.();
    });
  }

  /** Input bytes zlib consumed so far: exact, where counting writes would run up to `WRITES_AHEAD` writes ahead. */
  get fed(): number {
    return this.#zlib.bytesWritten;
  }

  /**
   * The next output, or `null` once the output ended and the feeder is done with the input (so whoever reads the
   * input next never races it). Small queued chunks come back joined (see `ChunkQueue.take`).
   */
  async read(): Promise<Uint8Array | null> {
    for (;;) {
      const chunk = this.#queue.take();
      if (chunk !== undefined) {
        if (this.#queue.bytes < OUTPUT_BUDGET) {
          if (this.#paused) {
            this.#paused = false;
            this.#zlib.resume();
          }
          this.#wakePump?.();
        }
        return chunk;
      }
      if (this.#failure) throw this.#failure.error;
      if (this.#outputEnded && this.#inputDone) return null;
      await new Promise<void>((resolve) => {
        this.#wakeReader = resolve;
      });
    }
  }

  /** Abandons the inflater; resolves once the feeder no longer reads its input. */
  stop(): Promise<void> {
    this.#stopped = true;
    this.#zlib.destroy();
    this.#wakePump?.();
    return this.#pump;
  }

  #fail(error: unknown): void {
    this.#failure ??= { error };
    this.#wakePump?.();
    this.#wakeReader?.();
  }

  /** A write came back; writes come back in order. */
  #written(length: number): void {
    if (this.#stopped || this.#failure || this.#endedAt !== undefined) return;
    this.#writesPending -= 1;
    this.#completed += length;
    const consumed = this.#zlib.bytesWritten;
    if (consumed < this.#completed) this.#endedAt = consumed;
    else this.#data.consumed(consumed);
    this.#wakePump?.();
  }

  #mayWrite(): boolean {
    return this.#writesPending <= WRITES_AHEAD && this.#queue.bytes < OUTPUT_BUDGET;
  }

  /** Waits until `condition` holds, or the inflater stopped or failed. */
  async #until(condition: () => boolean): Promise<void> {
    while (!this.#stopped && !this.#failure && !condition()) {
      await new Promise<void>((resolve) => {
        this.#wakePump = resolve;
      });
    }
  }

  async #feed(): Promise<void> {
    try {
      await this.#feedUntilEnd();
      if (this.#stopped || this.#failure) return;
      if (this.#endedAt !== undefined) {
        // What was read past the end of the stream goes back to the data, which reads the descriptor there.
        await this.#data.streamEnded(this.#endedAt);
      }
      this.#zlib.end();
    } catch (error) {
      // The input itself failed (truncated archive, abort): report that, not zlib's echo of it.
      if (this.#stopped) return;
      this.#fail(error);
      this.#zlib.destroy();
    }
  }

  /** Writes input until the data ends, the deflate stream ends, or the inflater stops or fails. */
  async #feedUntilEnd(): Promise<void> {
    const ended = () => this.#endedAt !== undefined;
    for (;;) {
      await this.#until(() => ended() || this.#mayWrite());
      if (this.#stopped || this.#failure || ended()) return;
      let chunk: Uint8Array | null;
      try {
        chunk = await this.#data.next();
      } catch (error) {
        // Reading ahead may run past the end of the stream into the end (or a failure) of a short archive: the
        // writes still out show whether the stream ended before that.
        await this.#until(() => ended() || this.#writesPending === 0);
        if (!ended()) throw error;
        return;
      }
      if (this.#stopped || this.#failure || ended() || chunk === null) return;
      const length = chunk.length;
      this.#writesPending += 1;
      this.#zlib.write(chunk, () => this.#written(length));
    }
  }
}
