/** A download body: a fetch `Response.body`, or any async iterable of chunks (a Node stream, a generator). */
export type ByteStreamLike<T> = ReadableStream<T> | AsyncIterable<T>;

/** One pull-based view over either kind of body, with a cancel that never waits on the producer. */
export interface BodyCursor<T> {
  next(): Promise<IteratorResult<T, unknown>>;
  /** Tells the producer to stop (cancels the stream, returns the iterator); safe to call more than once. */
  cancel(reason?: unknown): void;
}

const noop = (): void => {};

/**
 * Opens `body` for reading. A `ReadableStream` is read through its reader rather than async iteration, which
 * not every runtime implements. Cancelling does not await the producer: a stalled download must never keep an
 * aborted or failed read waiting.
 */
export function openBody<T>(body: ByteStreamLike<T>): BodyCursor<T> {
  let cancelled = false;
  if (typeof (body as ReadableStream<T>).getReader === "function") {
    const reader = (body as ReadableStream<T>).getReader();
    return {
      next: () => reader.read() as Promise<IteratorResult<T, unknown>>,
      cancel(reason) {
        if (cancelled) return;
        cancelled = true;
        reader.cancel(reason).catch(noop);
      },
    };
  }
  const iterator = (body as AsyncIterable<T>)[Symbol.asyncIterator]();
  return {
    next: () => iterator.next(),
    cancel(reason) {
      if (cancelled) return;
      cancelled = true;
      Promise.resolve()
        .then(() => iterator.return?.(reason))
        .catch(noop);
    },
  };
}
