import { CallScope } from "./call-scope.js";
import { abortable, toAbortError } from "./clock.js";
import { ItemIterator } from "./item-iterator.js";

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
   * fetches up to N pages ahead in parallel once the page count is known. Items are always yielded in order.
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

const noop = () => undefined;

/**
 * Iterates every item of every page exactly once, in order. Memory holds at most the pages in flight plus the
 * current one. Breaking out of the loop (or aborting) cancels what is in flight; no rejection goes unhandled. An
 * abort or the deadline takes effect at the next item, even in the middle of a page.
 */
export function paginate<T>(fetchPage: PageFetcher<T>, options: PaginateOptions = {}): AsyncGenerator<T> {
  return new ItemIterator<T>({
    sdk: options.sdk,
    open: () => {
      const scope = open(options);
      return { scope, pages: closing(walk(fetchPage, options, scope), scope) };
    },
  });
}

/** Like {@link paginate}, one page at a time. */
export async function* pages<T>(
  fetchPage: PageFetcher<T>,
  options: PaginateOptions = {},
): AsyncGenerator<Page<T>> {
  const scope = open(options);
  yield* closing(walk(fetchPage, options, scope), scope);
}

/** `pages`, then the scope's deadline and signal link released, however the walk ends. */
async function* closing<P>(pages: AsyncGenerator<P>, scope: CallScope): AsyncGenerator<P> {
  try {
    yield* pages;
  } finally {
    scope.dispose();
  }
}

/** The iteration's own signal: the caller's, the deadline, and the iteration stopping. */
function open(options: PaginateOptions): CallScope {
  if (options.signal?.aborted) throw toAbortError(options.signal.reason, options.sdk);
  return new CallScope(options.signal, options.deadline, options.sdk, "iteration");
}

async function* walk<T>(
  fetchPage: PageFetcher<T>,
  options: PaginateOptions,
  scope: CallScope,
): AsyncGenerator<Page<T>> {
  const { sdk } = options;
  const { signal } = scope;
  const prefetch = options.prefetch !== false;
  const width = prefetch ? Math.max(1, Math.floor(options.concurrency ?? 1) || 1) : 1;
  const inFlight = new Map<number, Promise<Page<T>>>();
  const start = (n: number) => {
    let p: Promise<Page<T>>;
    try {
      p = Promise.resolve(fetchPage(n, signal));
    } catch (error) {
      p = Promise.reject(error);
    }
    p.catch(noop); // awaited later; never an unhandled rejection if the loop stops first
    inFlight.set(n, p);
  };
  try {
    let next = options.startPage ?? 1;
    let pageCount: number | undefined;
    for (;;) {
      if (!inFlight.has(next)) start(next);
      let page: Page<T>;
      try {
        page = await abortable(inFlight.get(next) as Promise<Page<T>>, signal);
      } catch (error) {
        if (signal.aborted) throw toAbortError(signal.reason, sdk);
        throw error;
      }
      inFlight.delete(next);
      if (signal.aborted) throw toAbortError(signal.reason, sdk);
      if (page.pageCount !== undefined) pageCount = page.pageCount;
      const more = page.hasNext && (pageCount === undefined || next < pageCount);
      if (more && prefetch) {
        // Keep `width` pages ahead when the total is known, else just the next one.
        const last = pageCount === undefined ? next + 1 : Math.min(pageCount, next + width);
        for (let n = next + 1; n <= last; n++) if (!inFlight.has(n)) start(n);
      }
      yield page;
      if (!more) return;
      next++;
    }
  } finally {
    if (inFlight.size > 0) scope.abort(new Error("iteration stopped"));
  }
}
