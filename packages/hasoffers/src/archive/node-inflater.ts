import { TransformOutput } from "./chunk-queue.js";
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
  readonly #output: TransformOutput;
  readonly #pump: Promise<void>;
  #completed = 0;
  #writesPending = 0;
  #endedAt: number | undefined;
  #paused = false;
  #stopped = false;

  /**
   * @param zlib a fresh raw inflater
   * @param data the entry's compressed bytes; an error its `next()` throws is reported as is
   * @param describeFailure turns an error of zlib itself (corrupt data) into the error to report
   */
  constructor(zlib: NodeInflateStream, data: EntryData, describeFailure: (error: unknown) => unknown) {
    this.#zlib = zlib;
    this.#data = data;
    // A read that leaves room lets a paused zlib go on.
    const output = new TransformOutput(() => {
      if (this.#paused) {
        this.#paused = false;
        zlib.resume();
      }
    });
    this.#output = output;
    zlib.on("data", (chunk) => {
      // A plain view, not the Buffer: `slice` on a Buffer does not copy, which a consumer would not expect.
      output.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (output.full && !this.#paused) {
        this.#paused = true;
        zlib.pause();
      }
    });
    zlib.on("end", () => output.end());
    zlib.on("error", (error) => output.fail(describeFailure(error)));
    this.#pump = this.#feed().finally(() => output.inputDone());
  }

  /** Input bytes zlib consumed so far: exact, where counting writes would run up to `WRITES_AHEAD` writes ahead. */
  get fed(): number {
    return this.#zlib.bytesWritten;
  }

  /**
   * The next output, or `null` once the output ended and the feeder is done with the input (so whoever reads the
   * input next never races it). Small queued chunks come back joined (see `ChunkQueue.take`).
   */
  read(): Promise<Uint8Array | null> {
    return this.#output.read();
  }

  /** Abandons the inflater; resolves once the feeder no longer reads its input. */
  stop(): Promise<void> {
    this.#stopped = true;
    this.#zlib.destroy();
    this.#output.wakeFeeder();
    return this.#pump;
  }

  /** A write came back; writes come back in order. */
  #written(length: number): void {
    if (this.#stopped || this.#output.failed || this.#endedAt !== undefined) return;
    this.#writesPending -= 1;
    this.#completed += length;
    const consumed = this.#zlib.bytesWritten;
    if (consumed < this.#completed) this.#endedAt = consumed;
    else this.#data.consumed(consumed);
    this.#output.wakeFeeder();
  }

  #mayWrite(): boolean {
    return this.#writesPending <= WRITES_AHEAD && !this.#output.full;
  }

  /** Waits until `condition` holds, or the inflater stopped or failed. */
  async #until(condition: () => boolean): Promise<void> {
    while (!this.#stopped && !this.#output.failed && !condition()) await this.#output.waitForWake();
  }

  async #feed(): Promise<void> {
    try {
      await this.#feedUntilEnd();
      if (this.#stopped || this.#output.failed) return;
      if (this.#endedAt !== undefined) {
        // What was read past the end of the stream goes back to the data, which reads the descriptor there.
        await this.#data.streamEnded(this.#endedAt);
      }
      this.#zlib.end();
    } catch (error) {
      // The input itself failed (truncated archive, abort): report that, not zlib's echo of it.
      if (this.#stopped) return;
      this.#output.fail(error);
      this.#zlib.destroy();
    }
  }

  /** Writes input until the data ends, the deflate stream ends, or the inflater stops or fails. */
  async #feedUntilEnd(): Promise<void> {
    const ended = () => this.#endedAt !== undefined;
    for (;;) {
      await this.#until(() => ended() || this.#mayWrite());
      if (this.#stopped || this.#output.failed || ended()) return;
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
      if (this.#stopped || this.#output.failed || ended() || chunk === null) return;
      const length = chunk.length;
      this.#writesPending += 1;
      this.#zlib.write(chunk, () => this.#written(length));
    }
  }
}
