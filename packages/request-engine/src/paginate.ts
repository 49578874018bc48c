import { TimeoutError } from "@offerkit/errors";
import { toAbortError } from "./clock.js";

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
  /** Stops the iteration (and cancels pages in flight) when it aborts. */
  signal?: AbortSignal | undefined;
  /** Time limit in ms for the whole iteration. */
  deadline?: number | undefined;
  sdk?: string | undefined;
}

/** Fetches one page; must honour `signal`. */
export type PageFetcher<T> = (page: number, signal: AbortSignal) => Promise<Page<T>>;

/**
 * Iterates every item of every page exactly once, in order. Memory holds at most the pages in flight plus the
 * current one. Breaking out of the loop (or aborting) cancels what is in flight; no rejection goes unhandled.
 */
export async function* paginate<T>(fetchPage: PageFetcher<T>, options: PaginateOptions = {}): AsyncGenerator<T> {
  for await (const page of pages(fetchPage, options)) yield* page.items;
}

/** Like {@link paginate}, one page at a time. */
export async function* pages<T>(fetchPage: PageFetcher<T>, options: PaginateOptions = {}): AsyncGenerator<Page<T>> {
  const { sdk } = options;
  const controller = new AbortController();
  const outer = options.signal;
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) throw toAbortError(outer.reason, sdk);
  outer?.addEventListener("abort", onAbort, { once: true });
  const timer =
    options.deadline === undefined
      ? undefined
      : setTimeout(
          () =>
            controller.abort(
              new TimeoutError(`The iteration ran past its ${options.deadline} ms deadline`, { sdk, code: "deadline" }),
            ),
          options.deadline,
        );
  const width = Math.max(1, Math.floor(options.concurrency ?? 1));
  const inFlight = new Map<number, Promise<Page<T>>>();
  const start = (n: number) => {
    const p = fetchPage(n, controller.signal);
    p.catch(() => undefined); // awaited later; never an unhandled rejection if the loop stops first
    inFlight.set(n, p);
  };
  try {
    let next = options.startPage ?? 1;
    let pageCount: number | undefined;
    start(next);
    for (;;) {
      const current = inFlight.get(next) as Promise<Page<T>>;
      let page: Page<T>;
      try {
        page = await current;
      } catch (error) {
        if (controller.signal.aborted) throw toAbortError(controller.signal.reason, sdk);
        throw error;
      }
      inFlight.delete(next);
      if (page.pageCount !== undefined) pageCount = page.pageCount;
      const more = page.hasNext && (pageCount === undefined || next < pageCount);
      if (more) {
        // Keep `width` pages ahead when the total is known, else just the next one.
        const ahead = pageCount === undefined ? 1 : width;
        const last = pageCount === undefined ? next + 1 : Math.min(pageCount, next + ahead);
        for (let n = next + 1; n <= last; n++) if (!inFlight.has(n)) start(n);
      }
      yield page;
      if (!more) return;
      next++;
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    outer?.removeEventListener("abort", onAbort);
    if (inFlight.size > 0) controller.abort(new Error("iteration stopped"));
  }
}
