import { type CallScope, callScope } from "./call-scope.js";
import { abortable, noop, toAbortError } from "./clock.js";
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
  return new ItemIterator<T>(options.sdk, () => {
    const scope = open(options);
    return { scope, pages: walk(fetchPage, options, scope) };
  });
}

/** Like {@link paginate}, one page at a time. */
export async function* pages<T>(
  fetchPage: PageFetcher<T>,
  options: PaginateOptions = {},
): AsyncGenerator<Page<T>> {
  yield* walk(fetchPage, options, open(options));
}

/** The iteration's own signal: the caller's, the deadline, and the iteration stopping. */
function open(options: PaginateOptions): CallScope {
  if (options.signal?.aborted) throw toAbortError(options.signal.reason, options.sdk);
  return callScope(options.signal, options.deadline, options.sdk, "iteration");
}

/**
 * The pages in order, fetched ahead as the options say. However the walk ends (done, error, `return`), pages still
 * in flight are cancelled and the scope's deadline and signal link are released.
 */
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
    if (inFlight.has(n)) return;
    // A synchronous throw becomes a rejection; `catch` marks it handled, as the loop may stop before awaiting it.
    const page = new Promise<Page<T>>((resolve) => resolve(fetchPage(n, signal)));
    page.catch(noop);
    inFlight.set(n, page);
  };
  try {
    let pageCount: number | undefined;
    for (let next = options.startPage ?? 1; ; next++) {
      start(next);
      // Once the iteration is aborted, its reason wins over the page's outcome, whichever it was.
      const page = await abortable(inFlight.get(next) as Promise<Page<T>>, signal).finally(() => {
        if (signal.aborted) throw toAbortError(signal.reason, sdk);
      });
      inFlight.delete(next);
      if (page.pageCount !== undefined) pageCount = page.pageCount;
      const more = page.hasNext && (pageCount === undefined || next < pageCount);
      if (more && prefetch) {
        // Keep `width` pages ahead when the total is known, else just the next one.
        const last = pageCount === undefined ? next + 1 : Math.min(pageCount, next + width);
        for (let n = next + 1; n <= last; n++) start(n);
      }
      yield page;
      if (!more) return;
    }
  } finally {
    if (inFlight.size > 0) scope.abort(new Error("iteration stopped"));
    scope.dispose();
  }
}
