import { type CallScope, callScope } from "./call-scope.js";
import { abortable, noop, toAbortError } from "./clock.js";
import type { Page, PageFetcher, PaginateOptions } from "./paginate.js";

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The item iterator behind `paginate`: it walks the pages itself and hands out their items. Hand-written rather
 * than an `async function*`, because a generator costs a full suspend and resume per item: this one answers
 * `next()` straight from the current page with a resolved promise, and only awaits when a page runs out, which
 * keeps the per-item cost of a `for await` loop low. It checks the iteration's signal before every item,
 * serialises overlapping `next()` calls behind a page wait as a generator would, fetches ahead as the options say,
 * and on `return`, `throw`, abort, error or the last page cancels pages in flight and releases the deadline and
 * the caller's signal.
 */
export class ItemIterator<T> implements AsyncGenerator<T, undefined, unknown> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #options: PaginateOptions;
  /** The current page's items and the next one to hand out. */
  #items: readonly T[] = EMPTY;
  #index = 0;
  /** The next page to wait for; 0 until the iteration opens at the first `next()`. */
  #page = 0;
  #pageCount: number | undefined;
  /** The current page is the last one. */
  #last = false;
  #closed = false;
  #scope: CallScope | undefined;
  readonly #inFlight = new Map<number, Promise<Page<T>>>();
  #waiting: Promise<unknown> | undefined;

  constructor(fetchPage: PageFetcher<T>, options: PaginateOptions) {
    this.#fetchPage = fetchPage;
    this.#options = options;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.#waiting) return this.#waiting.then(() => this.next());
    if (this.#index < this.#items.length) {
      const { signal } = this.#scope as CallScope;
      if (signal.aborted) return this.throw(toAbortError(signal.reason, this.#options.sdk)) as never;
      return Promise.resolve({ value: this.#items[this.#index++] as T, done: false });
    }
    if (this.#last) this.#close();
    if (this.#closed) return Promise.resolve(DONE);
    let page: Promise<Page<T>>;
    try {
      page = this.#nextPage();
    } catch (error) {
      // The caller's signal had already aborted: nothing was fetched.
      this.#close();
      return Promise.reject(error);
    }
    const turn = page.then(
      ({ items }) => {
        this.#waiting = undefined;
        this.#items = items;
        this.#index = 0;
        return this.next();
      },
      (error: unknown) => {
        this.#waiting = undefined;
        this.#close();
        throw error;
      },
    );
    this.#waiting = turn.catch(noop);
    return turn;
  }

  /** Ends the iteration early: cancels pages in flight and releases the deadline and the caller's signal. */
  async return(): Promise<IteratorResult<T, undefined>> {
    this.#close();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<T, undefined>> {
    this.#close();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Waits for the next page (opening the iteration first), then starts the pages to fetch ahead. */
  #nextPage(): Promise<Page<T>> {
    const { signal: outer, deadline, sdk, startPage, prefetch, concurrency } = this.#options;
    if (!this.#scope) {
      if (outer?.aborted) throw toAbortError(outer.reason, sdk);
      this.#scope = callScope(outer, deadline, sdk, "iteration");
      this.#page = startPage ?? 1;
    }
    const { signal } = this.#scope;
    const n = this.#page++;
    return abortable(this.#start(n), signal)
      .finally(() => {
        // Once the iteration is aborted, its reason wins over the page's outcome, whichever it was.
        if (signal.aborted) throw toAbortError(signal.reason, sdk);
      })
      .then((page) => {
        this.#inFlight.delete(n);
        if (page.pageCount !== undefined) this.#pageCount = page.pageCount;
        const count = this.#pageCount;
        this.#last = !(page.hasNext && (count === undefined || n < count));
        if (!this.#last && prefetch !== false) {
          // Keep `concurrency` pages ahead when the total is known, else just the next one.
          const width = Math.max(1, Math.floor(concurrency ?? 1) || 1);
          const last = count === undefined ? n + 1 : Math.min(count, n + width);
          for (let ahead = n + 1; ahead <= last; ahead++) this.#start(ahead);
        }
        return page;
      });
  }

  /** Page `n`, fetched once; a synchronous throw becomes a rejection, handled so none goes unreported. */
  #start(n: number): Promise<Page<T>> {
    let page = this.#inFlight.get(n);
    if (!page) {
      const { signal } = this.#scope as CallScope;
      page = new Promise<Page<T>>((resolve) => resolve(this.#fetchPage(n, signal)));
      page.catch(noop);
      this.#inFlight.set(n, page);
    }
    return page;
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#items = EMPTY;
    if (this.#inFlight.size > 0) this.#scope?.abort(new Error("iteration stopped"));
    this.#scope?.dispose();
  }
}
