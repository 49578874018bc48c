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

/**
 * Iterates every item of every page exactly once, in order. Memory holds at most the pages in flight plus the
 * current one. Breaking out of the loop (or aborting) cancels what is in flight; no rejection goes unhandled. An
 * abort or the deadline takes effect at the next item, even in the middle of a page.
 */
export function paginate<T>(fetchPage: PageFetcher<T>, options: PaginateOptions = {}): AsyncGenerator<T> {
  return new ItemIterator(fetchPage, options);
}

/** Like {@link paginate}, one page at a time: each page is the one item of itself. */
export function pages<T>(fetchPage: PageFetcher<T>, options: PaginateOptions = {}): AsyncGenerator<Page<T>> {
  return paginate(async (n, signal) => {
    const page = await fetchPage(n, signal);
    return { ...page, items: [page] };
  }, options);
}
