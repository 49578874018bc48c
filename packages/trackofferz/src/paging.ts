import { InvalidResponseError } from "@offerkit/errors";
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
 *
 * Paging metadata the walk cannot trust ends it with an `InvalidResponseError` (code `inconsistent_paging`) rather
 * than repeating or skipping rows: an answer for another page than the one asked for (a server that ignores `page`
 * would otherwise serve page 1 forever), a page without rows that says more follow (nothing bounds such a walk), and
 * a page with more rows than its own `page_size` that says more follow.
 * `total` is not checked: it may grow while a live report is walked.
 */
export function walkReport<Params extends { page_size?: number }, P extends ApiPage<unknown>, Item>(
  fetchOne: (params: Params & { page: number }, call: RequestOptions) => Promise<P>,
  params: Params,
  options: IterateOptions | null,
  itemsOf: (page: P) => readonly Item[],
): AsyncGenerator<Item> {
  // `null` from plain JavaScript means no options, as `undefined` does.
  const { signal, deadline, concurrency, timeout, maxRetries } = options ?? {};
  // Taken once: every page asks for the same report, even if the caller changes `params` during the walk.
  const query = { ...params, page_size: params?.page_size ?? ITERATION_PAGE_SIZE };
  return paginate(
    async (page, pageSignal) => {
      const body = await fetchOne({ ...query, page }, { signal: pageSignal, timeout, maxRetries });
      checkPaging(body, page);
      const pageCount = body.page_size > 0 ? Math.ceil(body.total / body.page_size) : undefined;
      return { items: itemsOf(body), hasNext: body.has_next, pageCount };
    },
    { signal, deadline, concurrency, sdk: SDK },
  );
}

/** Throws when a page's own metadata says the walk would repeat rows, skip them or never end. */
function checkPaging(body: ApiPage<unknown>, requested: number): void {
  let problem: string | undefined;
  if (body.page !== requested) {
    problem = `answered page ${body.page} when page ${requested} was asked for`;
  } else if (body.has_next && body.rows.length === 0) {
    problem = `answered page ${requested} with no rows but has_next: true`;
  } else if (body.has_next && body.rows.length > body.page_size) {
    // Pages are cut at `page_size` rows; more rows than that, with more pages to come, means the page numbers cannot
    // be trusted (and a `page_size` of 0 would leave the walk with no page count, asking for ever more pages while
    // rows keep coming). On the last page the rows are taken as they are.
    problem = `sent ${body.rows.length} rows on page ${requested} of page_size ${body.page_size}`;
  }
  if (problem !== undefined) {
    throw new InvalidResponseError(
      `TrackOfferz ${problem}; the iteration stopped rather than repeat or lose rows`,
      {
        sdk: SDK,
        code: "inconsistent_paging",
      },
    );
  }
}
