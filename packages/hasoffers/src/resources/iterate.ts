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
  return (options?: PagingOptions): AsyncGenerator<unknown> => {
    // Read once, at the first page: every page asks for the same rows, even if the caller changes `options` (or the
    // filters inside it) during the walk.
    let query: { given: PagingOptions; limit: number } | undefined;
    return paginate(
      async (page, signal) => {
        if (!query) {
          const given = snapshot(checkOptions(options), 0);
          query = { given, limit: checkPositive(given.pageSize, "pageSize") ?? 100 };
        }
        const { given, limit } = query;
        const { timeout, maxRetries } = given;
        const result = await find({ ...given, page, limit }, { signal, timeout, maxRetries });
        // A server ignoring `page`, or sending no paging information, ends here rather than repeating rows.
        return { items: result.items, ...followPage(result, page, limit) };
      },
      { ...options, sdk: SDK },
    );
  };
}

/** How deep finder options nest: options → `filters` → `OR` → a field → its operators or list. */
const OPTIONS_DEPTH = 5;

/**
 * A copy of the plain data in `value` (objects and arrays, to the depth finder options have); anything else, such as
 * a signal, is kept as it is, and so is whatever lies deeper (a loop in the caller's object cannot run away).
 */
function snapshot<T>(value: T, depth: number): T {
  if (typeof value !== "object" || value === null || depth >= OPTIONS_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => snapshot(item, depth + 1)) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  // `fromEntries` defines each key, so a `__proto__` key stays data and never becomes the prototype.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, snapshot(item, depth + 1)]),
  ) as T;
}
