import { InvalidResponseError } from "@offerkit/errors";
import { SDK } from "./errors.js";
import { collection, isRow } from "./normalize.js";

/** One page of results, rows in the server's order, with the paging metadata HasOffers sent. */
export interface Page<T> {
  items: T[];
  /** This page's number, from 1. */
  page: number;
  /** Pages in all (`0` when nothing matches). Without `limit` every row comes at once: one page. */
  pageCount: number;
  /** Rows matching in all pages. When HasOffers leaves it out (tag relations), the rows on this page. */
  count: number;
  /** HasOffers' `current` field, when sent (its meaning is undocumented). */
  current?: number | undefined;
}

// The paging numbers each wrapped answer stated; an answer without the wrapper (every row at once) has no entry.
const STATED = new WeakMap<object, Stated>();

interface Stated {
  page: number | undefined;
  pageCount: number | undefined;
  count: number | undefined;
}

// A wrapper that states its page but not the page count (tag relations): more pages may follow a full one.
function guessed(page: Page<unknown>): boolean {
  const stated = STATED.get(page);
  return stated !== undefined && stated.page !== undefined && stated.pageCount === undefined;
}

/** The page count HasOffers sent, or `undefined` when it left it out. */
export function knownPageCount(page: Page<unknown>): number | undefined {
  return guessed(page) ? undefined : page.pageCount;
}

/** Whether another page may follow `page`, fetched with `limit` rows per page. */
export function hasNextPage(page: Page<unknown>, limit: number): boolean {
  if (page.page < page.pageCount) return true;
  return guessed(page) && page.items.length >= limit && page.items.length > 0;
}

/**
 * What follows page `requested` of an iteration: whether another page may, and the page count when known.
 * An answer that cannot be the page asked for ends the iteration with an `InvalidResponseError`
 * (`inconsistent_paging`) instead of repeating rows or asking forever:
 * - a stated `page` other than the one requested (a server ignoring `page`);
 * - every row at once (no wrapper, as without `limit`) for a page after the first;
 * - a wrapper without page numbers whose rows fill the page, or fall short of its `count`: whether more follow
 *   cannot be told, and asking again could return the same rows forever;
 * - an empty page that claims more follow;
 * - more rows than `limit` on a page that has others before or after it (a server ignoring `limit` would serve the
 *   same rows on every page).
 * Every row at once on the first page ends the iteration there (the server ignored `limit`).
 */
export function followPage(
  page: Page<unknown>,
  requested: number,
  limit: number,
): { hasNext: boolean; pageCount: number | undefined } {
  const stated = STATED.get(page);
  const n = page.items.length;
  if (stated === undefined) {
    if (requested !== 1)
      throw inconsistent(`HasOffers answered page ${requested} with every row at once, without paging`);
  } else if (stated.page !== undefined) {
    if (stated.page !== requested)
      throw inconsistent(`HasOffers answered page ${stated.page} when asked for page ${requested}`);
  } else if (stated.pageCount === undefined && (stated.count === undefined ? n >= limit : stated.count > n)) {
    throw inconsistent(
      `HasOffers sent page ${requested} without page numbers; whether more follow is unknown`,
    );
  }
  const hasNext = hasNextPage(page, limit);
  // More rows than asked for is harmless on a first page that is also the last (the server ignored `limit`, as
  // without a wrapper); with pages before or after it, the same rows would come again.
  if (n > limit && (hasNext || requested > 1))
    throw inconsistent(`HasOffers sent ${n} rows on page ${requested}, asked for ${limit} per page`);
  if (hasNext && n === 0)
    throw inconsistent(`HasOffers sent an empty page ${requested} of ${page.pageCount}`);
  return { hasNext, pageCount: knownPageCount(page) };
}

function inconsistent(message: string): InvalidResponseError {
  return new InvalidResponseError(message, { sdk: SDK, code: "inconsistent_paging" });
}

/**
 * Reads both answer shapes of the finders: the paging wrapper `{page, current, count, pageCount, data}` (sent with
 * `limit`, and by some targets always; any object with `data`, as no row is keyed `data`), or the rows keyed by id
 * without a wrapper (sent without `limit`: every row at once); `[]` or `null` mean no rows.
 * `toItem` turns each raw record into the caller's row.
 */
export function readPage<T>(data: unknown, toItem: (record: unknown) => T): Page<T> {
  const wrapped = isRow(data) && "data" in data;
  const items = collection(wrapped ? data.data : data).map(toItem);
  const n = items.length;
  if (!wrapped) return { items, page: 1, pageCount: n && 1, count: n };
  const stated: Stated = { page: int(data.page), pageCount: int(data.pageCount), count: int(data.count) };
  const page = stated.page ?? 1;
  const current = int(data.current);
  const result: Page<T> = {
    items,
    page,
    pageCount: stated.pageCount ?? (n && page),
    count: stated.count ?? n,
  };
  if (current !== undefined) result.current = current;
  STATED.set(result, stated);
  return result;
}

/** A paging number HasOffers sent (a JSON number or a numeric string), or `undefined`. */
function int(value: unknown): number | undefined {
  const n =
    typeof value === "number" || (typeof value === "string" && value !== "") ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}
