import { type Page, pages, paginate } from "@offerkit/request-engine";
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

/** One page for the engine's iterators, with the body as the API sent it. */
type Entry<P extends ApiPage<unknown>> = Page<P["rows"][number]> & { body: P };

/** The engine's page fetcher for a report: `page_size` (default 1000) and the per-request options filled in. */
function pageFetcher<Params extends { page_size?: number }, P extends ApiPage<unknown>>(
  fetchOne: (params: Params & { page: number }, call: RequestOptions) => Promise<P>,
  params: Params,
  { timeout, maxRetries }: IterateOptions,
): (page: number, pageSignal: AbortSignal) => Promise<Entry<P>> {
  const pageSize = params.page_size ?? ITERATION_PAGE_SIZE;
  return async (page, pageSignal) => {
    const body = await fetchOne(
      { ...params, page, page_size: pageSize },
      { signal: pageSignal, timeout, maxRetries },
    );
    const pageCount = body.page_size > 0 ? Math.ceil(body.total / body.page_size) : undefined;
    return { items: body.rows, hasNext: body.has_next, pageCount, body };
  };
}

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
  const { signal, deadline, concurrency } = options;
  const fetchPage = pageFetcher(fetchOne, params, options);
  for await (const page of pages(fetchPage, { signal, deadline, concurrency, sdk: SDK })) {
    yield (page as Entry<P>).body;
  }
}

/**
 * Like {@link walkPages}, row by row with the engine's `paginate`: an abort or the deadline takes effect at the
 * next row, even in the middle of a page, so no row arrives after the caller aborted.
 */
export function walkRows<Params extends { page_size?: number }, Row>(
  fetchOne: (params: Params & { page: number }, call: RequestOptions) => Promise<ApiPage<Row>>,
  params: Params,
  options: IterateOptions,
): AsyncGenerator<Row> {
  const { signal, deadline, concurrency } = options;
  return paginate(pageFetcher(fetchOne, params, options), { signal, deadline, concurrency, sdk: SDK });
}
