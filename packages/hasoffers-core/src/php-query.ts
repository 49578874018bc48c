/**
 * PHP-style query encoding, as the HasOffers API (a PHP application) decodes it:
 * `{ filters: { status: ["a", "b"], id: { GREATER_THAN: 5 } } }` -> `filters[status][]=a&filters[status][]=b&filters[id][GREATER_THAN]=5`.
 * Arrays of scalars use `[]`, arrays of objects use indices (`daterange[0][start]=…`), `null`/`undefined` are
 * dropped at any depth, booleans become `1`/`0`. Key order is kept.
 */
export function encodePhpQuery(params: Record<string, unknown>): string {
  const out: string[] = [];
  for (const key of Object.keys(params)) append(out, encodeURIComponent(key), params[key]);
  return out.join("&");
}

function append(out: string[], key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    const structured = value.some((v) => v !== null && typeof v === "object");
    value.forEach((item, index) => {
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
      append(out, `${key}[${encodeURIComponent(k)}]`, (value as Record<string, unknown>)[k]);
    return;
  }
  const text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  out.push(`${key}=${encodeURIComponent(text)}`);
}
