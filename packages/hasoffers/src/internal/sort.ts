/** `"name"` ascending, `"-id"` descending; a qualified `"Stat.date"` is kept as is. */
export type SortKey<F extends string = string> = F | `-${F}` | `${string}.${string}` | `-${string}.${string}`;

/** One sort key or several, applied in order. */
export type Sort<F extends string = string> = SortKey<F> | readonly SortKey<F>[];

/**
 * Turns `"-id"` or `["-id", "name"]` into the API's `sort` parameter, qualifying bare fields with the model:
 * `{ "Offer.id": "desc", "Offer.name": "asc" }` → `sort[Offer.id]=desc&sort[Offer.name]=asc`.
 */
export function encodeSort(
  sort: Sort | undefined,
  model: string,
): Record<string, "asc" | "desc"> | undefined {
  if (sort === undefined) return undefined;
  const keys: readonly string[] = typeof sort === "string" ? [sort] : sort;
  const out: Record<string, "asc" | "desc"> = {};
  for (const raw of keys) {
    const key = raw.trim();
    const desc = key.startsWith("-");
    const field = desc ? key.slice(1) : key;
    if (field === "") continue;
    out[field.includes(".") ? field : `${model}.${field}`] = desc ? "desc" : "asc";
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
