import { describeValue } from "@offerkit/request-engine";
import { invalid } from "./errors.js";
import { nonEmpty } from "./filters.js";

/** `"name"` ascending, `"-id"` descending; a qualified `"Stat.date"` is kept as is. */
export type SortKey<F extends string = string> = F | `-${F}` | `${string}.${string}` | `-${string}.${string}`;

/** One sort key or several, applied in order. */
export type Sort<F extends string = string> = SortKey<F> | readonly SortKey<F>[];

/**
 * Turns `"-id"` or `["-id", "name"]` into the API's `sort` parameter, qualifying bare fields with the model:
 * `{ "Offer.id": "desc", "Offer.name": "asc" }` → `sort[Offer.id]=desc&sort[Offer.name]=asc`.
 * Anything but a string or a list of strings is a `ValidationError` (`invalid_sort`), not a guess.
 */
export function encodeSort(sort: Sort | undefined, model: string): Record<string, unknown> | undefined {
  if (sort === undefined) return undefined;
  const keys: readonly unknown[] = Array.isArray(sort) ? sort : [sort];
  const out: Record<string, string> = {};
  keys.forEach((key, index) => {
    if (typeof key !== "string") {
      const where = Array.isArray(sort) ? `sort[${index}]` : "sort";
      throw invalid(
        `Invalid ${where}: expected a field name such as "name" or "-id", got ${describeValue(key)}`,
        "sort",
        "invalid_sort",
      );
    }
    const trimmed = key.trim();
    const field = trimmed.replace(/^-/, "");
    if (field)
      out[field.includes(".") ? field : `${model}.${field}`] = trimmed.startsWith("-") ? "desc" : "asc";
  });
  return nonEmpty(out);
}
