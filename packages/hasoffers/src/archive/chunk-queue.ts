/** Output bytes allowed to wait for the consumer before a transform is fed more input. */
export const OUTPUT_BUDGET = 1024 * 1024;
/** Largest output handed over by joining queued chunks. */
const JOIN_LIMIT = 64 * 1024;

/**
 * The output of a transform (inflater, compressor) waiting for its consumer, counted in bytes so the feeder can
 * stop at `OUTPUT_BUDGET`.
 */
export class ChunkQueue {
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
