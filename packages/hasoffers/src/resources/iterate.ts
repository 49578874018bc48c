import { ValidationError } from "@offerkit/errors";
import { type CallOptions, paginate } from "@offerkit/request-engine";
import { SDK } from "../internal/errors.js";
import { hasNextPage, knownPageCount, type Page } from "../internal/page.js";
import type { PagingOptions } from "./options.js";

/** Fetches one page of `limit` rows. */
export type PageRequest<T> = (page: number, limit: number, call: CallOptions) => Promise<Page<T>>;

/**
 * Yields every row of every page in order, fetching `pageSize` rows per request, up to `concurrency` pages at once
 * once the page count is known. Breaking out of the loop or aborting cancels what is in flight.
 */
export async function* iteratePages<T>(request: PageRequest<T>, options: PagingOptions): AsyncGenerator<T> {
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new ValidationError("pageSize must be a positive integer", { sdk: SDK, param: "pageSize" });
  }
  const { timeout, maxRetries } = options;
  yield* paginate(
    async (page, signal) => {
      const result = await request(page, pageSize, { signal, timeout, maxRetries });
      return {
        items: result.items,
        hasNext: hasNextPage(result, pageSize),
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
}
