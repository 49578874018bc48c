import { callScope } from "./call-scope.js";
import { abortable, noop, toAbortError } from "./clock.js";

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

export async function* paginate<T>(
  fetchPage: PageFetcher<T>,
  options: PaginateOptions = {},
): AsyncGenerator<T> {
  const { signal: outer, deadline, sdk, prefetch, concurrency } = options;
  if (outer?.aborted) throw toAbortError(outer.reason, sdk);
  const scope = callScope(outer, deadline, sdk, "iteration");
  const { signal } = scope;
  const stopped = () => {
    if (signal.aborted) throw toAbortError(signal.reason, sdk);
  };
  const inFlight = new Map<number, Promise<Page<T>>>();
  const start = (n: number) => {
    if (inFlight.has(n)) return;
    const page = new Promise<Page<T>>((resolve) => resolve(fetchPage(n, signal)));
    page.catch(noop);
    inFlight.set(n, page);
  };
  let pageCount: number | undefined;
  try {
    for (let n = options.startPage ?? 1; ; n++) {
      start(n);
      const page = await abortable(inFlight.get(n) as Promise<Page<T>>, signal).finally(stopped);
      inFlight.delete(n);
      if (page.pageCount !== undefined) pageCount = page.pageCount;
      const more = page.hasNext && (pageCount === undefined || n < pageCount);
      if (more && prefetch !== false) {
        const last =
          pageCount === undefined
            ? n + 1
            : Math.min(pageCount, n + Math.max(1, Math.floor(concurrency ?? 1) || 1));
        for (let ahead = n + 1; ahead <= last; ahead++) start(ahead);
      }
      for (const item of page.items) {
        stopped();
        yield item;
      }
      if (!more) return;
    }
  } finally {
    if (inFlight.size > 0) scope.abort(new Error("iteration stopped"));
    scope.dispose();
  }
}

/** Like {@link paginate}, one page at a time: each page is the one item of itself. */
export function pages<T>(fetchPage: PageFetcher<T>, options: PaginateOptions = {}): AsyncGenerator<Page<T>> {
  return paginate(async (n, signal) => {
    const page = await fetchPage(n, signal);
    return { ...page, items: [page] };
  }, options);
}
