import { type Page, pages } from "@offerkit/request-engine";
import { SDK } from "./errors.js";
import type { IterateOptions, RequestOptions } from "./types.js";

/** A page as the API returns it. */
interface ApiPage<Row> {
  page: number;
  page_size: number;
  total: number;
  has_next: boolean;
  rows: Row[];
}

/** Iterators ask for the largest page the API serves, so a long report takes the fewest round trips. */
export const ITERATION_PAGE_SIZE = 1000;

/**
 * Walks a paged report page by page with the engine's `pages`: in order, each page once, the next one prefetched
 * (or `concurrency` pages once the total is known), stopping when `has_next` is false and cancelling what is in
 * flight as soon as the caller stops.
 */
export async function* walkPages<Params extends { page_size?: number }, P extends ApiPage<unknown>>(
  fetchOne: (params: Params & { page: number }, call: RequestOptions) => Promise<P>,
  params: Params,
  options: IterateOptions,
): AsyncGenerator<P> {
  const { signal, deadline, concurrency, timeout, maxRetries } = options;
  const pageSize = params.page_size ?? ITERATION_PAGE_SIZE;
  type Entry = Page<unknown> & { body: P };
  const fetchPage = async (page: number, pageSignal: AbortSignal): Promise<Entry> => {
    const body = await fetchOne(
      { ...params, page, page_size: pageSize },
      { signal: pageSignal, timeout, maxRetries },
    );
    const pageCount = body.page_size > 0 ? Math.ceil(body.total / body.page_size) : undefined;
    return { items: body.rows, hasNext: body.has_next, pageCount, body };
  };
  for await (const page of pages(fetchPage, { signal, deadline, concurrency, sdk: SDK })) {
    yield (page as Entry).body;
  }
}
