/**
 * PHP-style query encoding, as the HasOffers API (a PHP application) decodes it:
 * `{ filters: { status: ["a", "b"], id: { GREATER_THAN: 5 } } }` -> `filters[status][]=a&filters[status][]=b&filters[id][GREATER_THAN]=5`.
 * Arrays of scalars use `[]`, arrays of objects use indices (`daterange[0][start]=…`), `null`/`undefined` are
 * dropped at any depth, booleans become `1`/`0`. Key order is kept. A lone UTF-16 surrogate (which has no UTF-8
 * form, so `encodeURIComponent` would throw) is sent as U+FFFD, as `URLSearchParams` does.
 */
export function encodePhpQuery(params: Record<string, unknown>): string {
  const out: string[] = [];
  for (const key of Object.keys(params)) append(out, encode(key), params[key]);
  return out.join("&");
}

function append(out: string[], key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    // Dropped items leave no gap in the indices, so PHP still reads a list (`[null, x]` is `[x]`, not `{1: x}`).
    const items = value.filter((v) => v !== null && v !== undefined);
    const structured = items.some((v) => typeof v === "object");
    items.forEach((item, index) => {
      append(out, structured ? `${key}[${index}]` : `${key}[]`, item);
    });
    return;
  }
  if (value instanceof Date) {
    out.push(`${key}=${encodeURIComponent(value.toISOString())}`);
    return;
  }
  if (typeof value === "object") {
    for (const k of Object.keys(value))
      append(out, `${key}[${encode(k)}]`, (value as Record<string, unknown>)[k]);
    return;
  }
  const text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  out.push(`${key}=${encode(text)}`);
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encode(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, "\uFFFD"));
}
