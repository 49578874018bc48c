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
 * what is in flight. A bad `pageSize` rejects the first `next()`, before any request.
 */
export function pagesOf(find: Finder) {
  return (options: PagingOptions = {}): AsyncGenerator<unknown> =>
    paginate(
      async (page, signal) => {
        const limit = checkPositive(options.pageSize, "pageSize") ?? 100;
        const { timeout, maxRetries } = options;
        const result = await find({ ...options, page, limit }, { signal, timeout, maxRetries });
        return {
          items: result.items,
          hasNext: hasNextPage(result, limit),
          pageCount: knownPageCount(result),
        };
      },
      { ...options, sdk: SDK },
    );
}
