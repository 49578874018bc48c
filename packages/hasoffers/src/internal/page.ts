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

// Pages whose answer left out `pageCount` (so more pages may follow a full one).
const GUESSED = new WeakSet<object>();

/** The page count HasOffers sent, or `undefined` when it left it out. */
export function knownPageCount(page: Page<unknown>): number | undefined {
  return GUESSED.has(page) ? undefined : page.pageCount;
}

/** Whether another page may follow `page`, fetched with `limit` rows per page. */
export function hasNextPage(page: Page<unknown>, limit: number): boolean {
  if (page.page < page.pageCount) return true;
  return GUESSED.has(page) && page.items.length >= limit && page.items.length > 0;
}

/**
 * Reads both answer shapes of the finders: the paging wrapper `{page, current, count, pageCount, data}` (sent with
 * `limit`, and by some targets always; any object with `data`, as no row is keyed `data`), or the rows keyed by id
 * without a wrapper; `[]` or `null` mean no rows.
 * `toItem` turns each raw record into the caller's row.
 */
export function readPage<T>(data: unknown, toItem: (record: unknown) => T): Page<T> {
  const wrapped = isRow(data) && "data" in data;
  const items = collection(wrapped ? data.data : data).map(toItem);
  const n = items.length;
  if (!wrapped) return { items, page: 1, pageCount: n && 1, count: n };
  const page = int(data.page) ?? 1;
  const pageCount = int(data.pageCount);
  const current = int(data.current);
  const result: Page<T> = { items, page, pageCount: pageCount ?? (n && page), count: int(data.count) ?? n };
  if (current !== undefined) result.current = current;
  if (pageCount === undefined) GUESSED.add(result);
  return result;
}

/** A paging number HasOffers sent (a JSON number or a numeric string), or `undefined`. */
function int(value: unknown): number | undefined {
  const n =
    typeof value === "number" || (typeof value === "string" && value !== "") ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}
