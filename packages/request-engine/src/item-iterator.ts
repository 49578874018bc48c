import type { CallScope } from "./call-scope.js";
import { noop, toAbortError } from "./clock.js";

/** Opens the iteration (its signal and deadline) and returns the page walk; throws if already aborted. */
export type OpenPages<T> = () => { scope: CallScope; pages: AsyncGenerator<{ items: readonly T[] }> };

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The item iterator behind `paginate`. Hand-written rather than an `async function*`, because a generator costs a
 * full suspend and resume per item: this one answers `next()` straight from the current page with a resolved
 * promise, and only awaits when a page runs out, which keeps the per-item cost of a `for await` loop low. It
 * checks the iteration's signal before every item, serialises overlapping `next()` calls behind a page wait as a
 * generator would, and closes the page walk (cancelling pages in flight) on `return`, `throw`, abort or error.
 */
export class ItemIterator<T> implements AsyncGenerator<T, undefined, unknown> {
  #items: readonly T[] = EMPTY;
  #index = 0;
  #finished = false;
  #scope: CallScope | undefined;
  #pages: AsyncGenerator<{ items: readonly T[] }> | undefined;
  #waiting: Promise<unknown> | undefined;
  readonly #sdk: string | undefined;
  readonly #open: OpenPages<T>;

  constructor(sdk: string | undefined, open: OpenPages<T>) {
    this.#sdk = sdk;
    this.#open = open;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.#waiting) return this.#waiting.then(() => this.next());
    if (this.#index < this.#items.length) {
      const signal = (this.#scope as CallScope).signal;
      if (signal.aborted) return this.#stop(toAbortError(signal.reason, this.#sdk));
      return Promise.resolve({ value: this.#items[this.#index++] as T, done: false });
    }
    if (this.#finished) return Promise.resolve(DONE);
    if (!this.#pages) {
      try {
        ({ scope: this.#scope, pages: this.#pages } = this.#open());
      } catch (error) {
        this.#finished = true;
        return Promise.reject(error);
      }
    }
    const turn = this.#pages.next().then(
      (result) => {
        this.#waiting = undefined;
        if (result.done) return this.#finish();
        this.#items = result.value.items;
        this.#index = 0;
        return this.next();
      },
      (error: unknown) => {
        this.#waiting = undefined;
        this.#finish();
        throw error;
      },
    );
    this.#waiting = turn.catch(noop);
    return turn;
  }

  /** Ends the iteration early: cancels pages in flight and releases the deadline and the caller's signal. */
  async return(): Promise<IteratorResult<T, undefined>> {
    this.#finish();
    await this.#pages?.return(undefined);
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<T, undefined>> {
    return this.#stop(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #finish(): IteratorReturnResult<undefined> {
    this.#finished = true;
    this.#items = EMPTY;
    return DONE;
  }

  async #stop(error: unknown): Promise<never> {
    await this.return();
    throw error;
  }
}
