import { isRow, type RelationKinds, toModel } from "../internal/normalize.js";
import { type Page, readPage } from "../internal/page.js";

/** The answer of an action method (`block`, `add…`, `set…`): `true` when it was done. */
export function done(data: unknown): boolean {
  return (
    data === true ||
    data === 1 ||
    data === "1" ||
    data === "true" ||
    (isRow(data) && Object.keys(data).length > 0)
  );
}

/** A list of id strings (`findAllIds`, `get…Ids`); `[]` when none. */
export function idList(data: unknown): string[] {
  if (data === null || data === undefined || data === "") return [];
  if (!Array.isArray(data)) throw new TypeError("expected a list of ids");
  return data.map(String);
}

/** One page of `model` rows (the paging wrapper, or rows keyed by id). */
export const pageOf =
  (model: string, kinds?: RelationKinds) =>
  (data: unknown): Page<unknown> =>
    readPage(data, (record) => toModel(record, model, kinds));

/** The `model` rows of a collection, without paging metadata. */
export const rowsOf = (model: string, kinds?: RelationKinds) => {
  const page = pageOf(model, kinds);
  return (data: unknown): unknown[] => page(data).items;
};

/** One `model` record (flat or under its model's name). */
export const recordOf =
  (model: string) =>
  (data: unknown): unknown =>
    toModel(data, model);
