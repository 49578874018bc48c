import { TransformOutput } from "./chunk-queue.js";

const noop = (): void => {};

/** Where a paced transform takes its input from: the next chunk, or `null` at the end. */
export type ChunkSource = () => Promise<Uint8Array | null>;

/**
 * Runs a byte transform (`DecompressionStream`, `CompressionStream`) in bounded memory.
 *
 * The output side is drained into a queue of known size, and input is fed one chunk at a time only while that
 * queue is under budget. Node's compression streams would otherwise run far ahead of the consumer: their
 * readable side counts chunks, not bytes, and buffers up to 16,384 of them (256 MiB) before pushing back.
 * Feeding behind the queue keeps memory at about a MiB plus one input chunk's output, still lets zlib work on
 * its own thread while the consumer is busy, and keeps `fed` close to what was actually transformed (the
 * zip-bomb guard divides by it).
 */
export class PacedTransform {
  readonly #writer: WritableStreamDefaultWriter<BufferSource>;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #output = new TransformOutput();
  readonly #pump: Promise<void>;
  readonly #describeFailure: (error: unknown) => unknown;
  #fed = 0;
  #stopped = false;

  /**
   * @param transform the stream pair to run
   * @param next the input; an error it throws is reported as is
   * @param describeFailure turns an error of the transform itself (corrupt data) into the error to report
   */
  constructor(
    transform: ReadableWritablePair<Uint8Array, BufferSource>,
    next: ChunkSource,
    describeFailure: (error: unknown) => unknown = (error) => error,
  ) {
    this.#writer = transform.writable.getWriter();
    this.#reader = transform.readable.getReader();
    this.#describeFailure = describeFailure;
    void this.#drain();
    this.#pump = this.#feed(next).finally(() => this.#output.inputDone());
  }

  /** Input bytes handed to the transform so far. */
  get fed(): number {
    return this.#fed;
  }

  /**
   * The next output, or `null` once the output ended and the input was read to its end, so whoever reads the
   * input next never races the feeder. Small queued chunks come back joined (see `ChunkQueue.take`).
   */
  read(): Promise<Uint8Array | null> {
    return this.#output.read();
  }

  /** Abandons the transform; resolves once the pump no longer reads its input. */
  stop(): Promise<void> {
    this.#stopped = true;
    this.#output.wakeFeeder();
    this.#reader.cancel().catch(noop);
    this.#writer.abort().catch(noop);
    return this.#pump;
  }

  async #drain(): Promise<void> {
    try {
      for (;;) {
        const { done, value } = await this.#reader.read();
        if (done) break;
        this.#output.push(value);
      }
      this.#output.end();
    } catch (error) {
      this.#output.fail(this.#describeFailure(error));
    }
  }

  async #feed(next: ChunkSource): Promise<void> {
    for (;;) {
      while (this.#output.full && !this.#stopped) await this.#output.waitForWake();
      if (this.#stopped) return;
      let chunk: Uint8Array | null;
      try {
        chunk = await next();
      } catch (error) {
        // The input itself failed (truncated archive, abort): report that, not the transform's echo of it.
        if (this.#stopped) return;
        this.#output.fail(error);
        this.#writer.abort(error).catch(noop);
        return;
      }
      if (this.#stopped) return;
      try {
        if (chunk === null) {
          await this.#writer.close();
          return;
        }
        this.#fed += chunk.length;
        // Chunks are views of fetched or generated ArrayBuffers, never SharedArrayBuffers.
        await this.#writer.write(chunk as Uint8Array<ArrayBuffer>);
      } catch {
        return; // the transform failed (the drain reports why) or was stopped
      }
    }
  }
}
