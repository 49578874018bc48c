/**
 * An object whose keys must keep the server's order in the JSON text. `JSON.stringify` lists integer-like keys
 * first and ascending, but the real API writes id-keyed maps (`{"114": …, "108": …}`) in its own sort order, so
 * the fake does too: a client that wants the server's order has to read it from the text, as with the real API.
 */
export class Keyed {
  constructor(readonly entries: readonly (readonly [string, unknown])[]) {}

  get size(): number {
    return this.entries.length;
  }
}

/** Serialises like `JSON.stringify`, writing every {@link Keyed} map in its own entry order. */
export function toJsonText(value: unknown): string {
  if (value instanceof Keyed) {
    const parts = value.entries.map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`);
    return `{${parts.join(",")}}`;
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : toJsonText(item))).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${toJsonText(item)}`);
    }
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
