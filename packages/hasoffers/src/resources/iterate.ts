import { type CallOptions, paginate } from "@offerkit/request-engine";
import { SDK } from "../internal/errors.js";
import { followPage, type Page } from "../internal/page.js";
import { checkOptions, checkPositive } from "./method-table.js";
import type { PagingOptions } from "./options.js";

/** Fetches one page: `find({ ...options, page, limit }, call)`, as a finder such as `findAll` does. */
export type Finder = (options: any, call: CallOptions) => Promise<Page<any>>;

/**
 * The iterating twin of a finder: yields every row of every page in order, fetching `pageSize` rows per request,
 * up to `concurrency` pages at once once the page count is known. Breaking out of the loop or aborting cancels
 * what is in flight. A bad `pageSize` rejects the first `next()`, before any request; paging metadata that
 * contradicts the pages asked for ends the iteration with an `InvalidResponseError` (`inconsistent_paging`).
 */
export function pagesOf(find: Finder) {
  return (options?: PagingOptions): AsyncGenerator<unknown> =>
    paginate(
      async (page, signal) => {
        const given = checkOptions(options);
        const limit = checkPositive(given.pageSize, "pageSize") ?? 100;
        const { timeout, maxRetries } = given;
        const result = await find({ ...given, page, limit }, { signal, timeout, maxRetries });
        // A server ignoring `page`, or sending no paging information, ends here rather than repeating rows.
        return { items: result.items, ...followPage(result, page, limit) };
      },
      { ...options, sdk: SDK },
    );
}
