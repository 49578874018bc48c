import { type CallOptions, paginate } from "@offerkit/request-engine";
import { SDK } from "../internal/errors.js";
import { hasNextPage, knownPageCount, type Page } from "../internal/page.js";
import { checkPositive } from "./method-table.js";
import type { PagingOptions } from "./options.js";

/** Fetches one page: `find({ ...options, page, limit }, call)`, as a finder such as `findAll` does. */
export type Finder = (options: any, call: CallOptions) => Promise<Page<any>>;

/**
 * The iterating twin of a finder: yields every row of every page in order, fetching `pageSize` rows per request,
 * up to `concurrency` pages at once once the page count is known. Breaking out of the loop or aborting cancels
 * what is in flight.
 */
export function pagesOf(find: Finder) {
  return async function* iterate(options: PagingOptions = {}): AsyncGenerator<unknown> {
    const limit = checkPositive(options.pageSize, "pageSize") ?? 100;
    const { timeout, maxRetries } = options;
    yield* paginate(
      async (page, signal) => {
        const result = await find({ ...options, page, limit }, { signal, timeout, maxRetries });
        return {
          items: result.items,
          hasNext: hasNextPage(result, limit),
          pageCount: knownPageCount(result),
        };
      },
      {
        startPage: options.startPage,
        concurrency: options.concurrency,
        signal: options.signal,
        deadline: options.deadline,
        sdk: SDK,
      },
    );
  };
}
