/** Output bytes allowed to wait for the consumer before a transform is fed more input. */
const OUTPUT_BUDGET = 1024 * 1024;
/** Largest output handed over by joining queued chunks. */
const JOIN_LIMIT = 64 * 1024;

/**
 * The output of a transform (inflater, compressor) waiting for its consumer, counted in bytes so the feeder can
 * stop at `OUTPUT_BUDGET`.
 */
class ChunkQueue {
  readonly #chunks: Uint8Array[] = [];
  #bytes = 0;

  /** Bytes waiting. */
  get bytes(): number {
    return this.#bytes;
  }

  push(chunk: Uint8Array): void {
    this.#chunks.push(chunk);
    this.#bytes += chunk.length;
  }

  /**
   * Takes the next chunk, joined with the ones behind it up to `JOIN_LIMIT` bytes, or `undefined` when empty.
   * Transforms often emit 16 KiB chunks; every chunk costs the consumer a fixed toll (a stream read, a decode, a
   * parser call), so handing over 64 KiB at once when the transform is ahead saves more than the copy costs.
   */
  take(): Uint8Array | undefined {
    const chunks = this.#chunks;
    const first = chunks[0];
    let taken: Uint8Array | undefined;
    if (first === undefined || chunks.length === 1 || first.length + chunks[1]!.length > JOIN_LIMIT) {
      taken = chunks.shift();
    } else {
      let count = 0;
      let size = 0;
      while (count < chunks.length && size + chunks[count]!.length <= JOIN_LIMIT)
        size += chunks[count++]!.length;
      taken = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks.splice(0, count)) {
        taken.set(chunk, at);
        at += chunk.length;
      }
    }
    if (taken !== undefined) this.#bytes -= taken.length;
    return taken;
  }
}

const noop = (): void => {};

/**
 * The consumer's side of a transform run in bounded memory (`NodeInflater`, `PacedTransform`): output waits in a
 * `ChunkQueue`, `read()` hands it out and ends once the output ended and the feeder is done with the input (so
 * whoever reads that input next never races the feeder), and a failure wakes both sides. The feeder waits with
 * `waitForWake()` while the output is `full`; a read that leaves room calls `onRoom`, then wakes it.
 */
export class TransformOutput {
  readonly #queue = new ChunkQueue();
  readonly #onRoom: () => void;
  #ended = false;
  #inputDone = false;
  #failure: { error: unknown } | undefined;
  #wakeReader: (() => void) | undefined;
  #wakeFeeder: (() => void) | undefined;

  /** @param onRoom called when a read leaves the output under budget, before the feeder is woken */
  constructor(onRoom: () => void = noop) {
    this.#onRoom = onRoom;
  }

  /** Whether the output reached `OUTPUT_BUDGET`: the feeder should wait. */
  get full(): boolean {
    return this.#queue.bytes >= OUTPUT_BUDGET;
  }

  /** Whether a failure was reported. */
  get failed(): boolean {
    return this.#failure !== undefined;
  }

  push(chunk: Uint8Array): void {
    this.#queue.push(chunk);
    this.#wakeReader?.();
  }

  /** The transform's output ended. */
  end(): void {
    this.#ended = true;
    this.#wakeReader?.();
  }

  /** The feeder is done with the input. */
  inputDone(): void {
    this.#inputDone = true;
    this.#wakeReader?.();
  }

  /** Reports `error` to the reader (the first one wins) and wakes the feeder. */
  fail(error: unknown): void {
    this.#failure ??= { error };
    this.#wakeFeeder?.();
    this.#wakeReader?.();
  }

  /** Wakes the feeder if it waits. */
  wakeFeeder(): void {
    this.#wakeFeeder?.();
  }

  /** Resolves when the feeder is woken (by a read, a failure, or `wakeFeeder`). */
  waitForWake(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#wakeFeeder = resolve;
    });
  }

  /** The next output, or `null` at the end. Small queued chunks come back joined (see `ChunkQueue.take`). */
  async read(): Promise<Uint8Array | null> {
    for (;;) {
      const chunk = this.#queue.take();
      if (chunk !== undefined) {
        if (!this.full) {
          this.#onRoom();
          this.#wakeFeeder?.();
        }
        return chunk;
      }
      if (this.#failure) throw this.#failure.error;
      if (this.#ended && this.#inputDone) return null;
      await new Promise<void>((resolve) => {
        this.#wakeReader = resolve;
      });
    }
  }
}
