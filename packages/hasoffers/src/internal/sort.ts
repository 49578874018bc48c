import { nonEmpty } from "./filters.js";

/** `"name"` ascending, `"-id"` descending; a qualified `"Stat.date"` is kept as is. */
export type SortKey<F extends string = string> = F | `-${F}` | `${string}.${string}` | `-${string}.${string}`;

/** One sort key or several, applied in order. */
export type Sort<F extends string = string> = SortKey<F> | readonly SortKey<F>[];

/**
 * Turns `"-id"` or `["-id", "name"]` into the API's `sort` parameter, qualifying bare fields with the model:
 * `{ "Offer.id": "desc", "Offer.name": "asc" }` → `sort[Offer.id]=desc&sort[Offer.name]=asc`.
 */
export function encodeSort(sort: Sort | undefined, model: string): Record<string, unknown> | undefined {
  const out: Record<string, string> = {};
  for (const key of sort === undefined ? [] : [sort].flat()) {
    const field = key.trim().replace(/^-/, "");
    if (field)
      out[field.includes(".") ? field : `${model}.${field}`] = key.trim().startsWith("-") ? "desc" : "asc";
  }
  return nonEmpty(out);
}
