import { paginate } from "@offerkit/request-engine";
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

/** The rows of a page, for the row iterators. */
export const rowsOf = <Row>(page: ApiPage<Row>): readonly Row[] => page.rows;
/** The page itself as the one item, for the page iterators. */
export const wholePage = <P>(page: P): readonly P[] => [page];

/**
 * Walks a paged report with the engine's `paginate`: in order, each page once, the next one prefetched (or
 * `concurrency` pages once the total is known), stopping when `has_next` is false and cancelling what is in flight
 * as soon as the caller stops. Yields what `itemsOf` takes from each page; an abort or the deadline takes effect at
 * the next item, even in the middle of a page. A date error of the first page's request is the iteration's error,
 * before anything is sent.
 */
export function walkReport<Params extends { page_size?: number }, P extends ApiPage<unknown>, Item>(
  fetchOne: (params: Params & { page: number }, call: RequestOptions) => Promise<P>,
  params: Params,
  { signal, deadline, concurrency, timeout, maxRetries }: IterateOptions,
  itemsOf: (page: P) => readonly Item[],
): AsyncGenerator<Item> {
  const pageSize = params.page_size ?? ITERATION_PAGE_SIZE;
  return paginate(
    async (page, pageSignal) => {
      const body = await fetchOne(
        { ...params, page, page_size: pageSize },
        { signal: pageSignal, timeout, maxRetries },
      );
      const pageCount = body.page_size > 0 ? Math.ceil(body.total / body.page_size) : undefined;
      return { items: itemsOf(body), hasNext: body.has_next, pageCount };
    },
    { signal, deadline, concurrency, sdk: SDK },
  );
}
