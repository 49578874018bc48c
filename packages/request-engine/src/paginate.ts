import { type CallScope, callScope } from "./call-scope.js";
import { abortable, checkSignal, noop, toAbortError } from "./clock.js";
import { invalidOption } from "./settings.js";

/** One page as the iterator needs it. */
export interface Page<T> {
  items: readonly T[];
  /** Whether another page follows. */
  hasNext: boolean;
  /** Total number of pages, when the API says (enables `concurrency`). */
  pageCount?: number | undefined;
}

/** How to walk the pages. */
export interface PaginateOptions {
  /** First page number. Default 1. */
  startPage?: number | undefined;
  /**
   * Pages fetched at once. 1 (default) fetches the next page while the caller works on the current one; N > 1
   * fetches up to N pages ahead in parallel once the page count is known. Items are always yielded in order. More
   * than 64 (`MAX_CONCURRENCY`) is a `ValidationError` at the first `next()`.
   */
  concurrency?: number | undefined;
  /**
   * Fetch the next page while the caller works on the current one. Default true; false fetches each page only when
   * the caller asks for it (and ignores `concurrency`).
   */
  prefetch?: boolean | undefined;
  /** Stops the iteration (and cancels pages in flight) when it aborts. */
  signal?: AbortSignal | undefined;
  /** Time limit in ms for the whole iteration; it then ends with a `TimeoutError` of code `deadline`. */
  deadline?: number | undefined;
  sdk?: string | undefined;
}

/** Fetches one page; should honour `signal` (the iteration stops waiting for it when it aborts either way). */
export type PageFetcher<T> = (page: number, signal: AbortSignal) => Promise<Page<T>>;

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/** The most pages fetched at once: beyond it, a mistyped `concurrency` (`Infinity`) would start every page at once. */
export const MAX_CONCURRENCY = 64;

/**
 * Iterates every item of every page exactly once, in order. Memory holds at most the pages in flight plus the
 * current one. Breaking out of the loop (or aborting) cancels what is in flight; no rejection goes unhandled. An
 * abort or the deadline takes effect at the next item, even in the middle of a page.
 *
 * The iterator is hand-written rather than an `async function*`, because a generator costs a full suspend and
 * resume per item (bench/findings.md: ~0.5 ms of CPU per 1,000-row page): `next()` answers straight from the
 * current page with a resolved promise and only awaits when a page runs out. Overlapping `next()` calls queue
 * behind a page wait as with a generator.
 */
export function paginate<T>(fetchPage: PageFetcher<T>, options: PaginateOptions = {}): AsyncGenerator<T> {
  const { signal: outer, deadline, sdk, prefetch, concurrency } = options;
  let items: readonly T[] = [];
  let index = 0;
  /** The next page to wait for. */
  let next = options.startPage ?? 1;
  let pageCount: number | undefined;
  /** The current page is the last one. */
  let last = false;
  let closed = false;
  /** The iteration's signal and deadline, opened at the first `next()`. */
  let scope: CallScope | undefined;
  let waiting: Promise<unknown> | undefined;
  const width = Math.max(1, Math.floor(concurrency ?? 1) || 1);
  const inFlight = new Map<number, Promise<Page<T>>>();
  const stopped = () => {
    if (scope?.aborted) throw toAbortError(scope.signal.reason, sdk);
  };
  // Cancels pages in flight and releases the deadline and the caller's signal; the iterator is done.
  const close = () => {
    if (closed) return;
    closed = true;
    items = [];
    if (inFlight.size > 0) scope?.abort(new Error("iteration stopped"));
    scope?.dispose();
  };
  // Page `n`, fetched once; a synchronous throw becomes a rejection, handled so none goes unreported.
  const start = (n: number) => {
    let page = inFlight.get(n);
    if (!page) {
      const { signal } = scope as CallScope;
      page = new Promise<Page<T>>((resolve) => resolve(fetchPage(n, signal)));
      page.catch(noop);
      inFlight.set(n, page);
    }
    return page;
  };
  // Waits for the next page (opening the iteration first), then starts the pages to fetch ahead.
  const nextPage = async (): Promise<readonly T[]> => {
    if (!scope) {
      checkSignal(outer, sdk);
      if (!(width <= MAX_CONCURRENCY))
        throw invalidOption("concurrency", `must be a number from 1 to ${MAX_CONCURRENCY}`, sdk);
      if (outer?.aborted) throw toAbortError(outer.reason, sdk);
      scope = callScope(outer, deadline, sdk, "iteration");
    }
    const n = next++;
    // Once the iteration is aborted, its reason wins over the page's outcome, whichever it was.
    const page = await abortable(start(n), scope.signal).finally(stopped);
    inFlight.delete(n);
    if (page.pageCount !== undefined) pageCount = page.pageCount;
    last = !(page.hasNext && (pageCount === undefined || n < pageCount));
    if (!last && prefetch !== false) {
      // Keep `concurrency` pages ahead when the total is known, else just the next one.
      const ahead = pageCount === undefined ? n + 1 : Math.min(pageCount, n + width);
      for (let k = n + 1; k <= ahead; k++) start(k);
    }
    return page.items;
  };
  const iterator: AsyncGenerator<T> = {
    next() {
      if (waiting) return waiting.then(() => iterator.next());
      if (index < items.length) {
        if (scope?.aborted) return iterator.throw(toAbortError(scope.signal.reason, sdk)) as never;
        return Promise.resolve({ value: items[index++] as T, done: false });
      }
      if (last) close();
      if (closed) return Promise.resolve(DONE);
      // The page read is let go before the next one arrives, so the two are never alive together.
      items = [];
      const turn = nextPage().then(
        (page) => {
          waiting = undefined;
          items = page;
          index = 0;
          return iterator.next();
        },
        (error: unknown) => {
          waiting = undefined;
          close();
          throw error;
        },
      );
      waiting = turn.catch(noop);
      return turn;
    },
    async return() {
      close();
      return DONE;
    },
    async throw(error: unknown) {
      close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** Like {@link paginate}, one page at a time: each page is the one item of itself. */
export function pages<T>(fetchPage: PageFetcher<T>, options: PaginateOptions = {}): AsyncGenerator<Page<T>> {
  return paginate(async (n, signal) => {
    const page = await fetchPage(n, signal);
    return { ...page, items: [page] };
  }, options);
}
