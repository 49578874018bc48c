import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/*
 * An independent, deliberately simple JSON reader for the recorded fixtures that keeps every object's key order
 * (as Map), so tests can serve the bodies exactly as recorded and know the server's row order without trusting the
 * SDK's own order-preserving parser.
 */

export type Json = null | boolean | number | string | Json[] | Map<string, Json>;

export function readJson(text: string): Json {
  let i = 0;
  const ws = () => {
    while (/\s/.test(text[i] ?? "")) i++;
  };
  const value = (): Json => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const map = new Map<string, Json>();
      ws();
      if (text[i] === "}") {
        i++;
        return map;
      }
      for (;;) {
        ws();
        const key = value() as string;
        ws();
        i++; // :
        map.set(key, value());
        ws();
        if (text[i++] === "}") return map;
      }
    }
    if (c === "[") {
      i++;
      const list: Json[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return list;
      }
      for (;;) {
        list.push(value());
        ws();
        if (text[i++] === "]") return list;
      }
    }
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
      i++;
      return JSON.parse(text.slice(start, i)) as string;
    }
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!m) throw new SyntaxError(`bad JSON at ${i}`);
    i += m[0].length;
    return JSON.parse(m[0]) as Json;
  };
  return value();
}

export function writeJson(value: Json): string {
  if (value instanceof Map)
    return `{${[...value].map(([k, v]) => `${JSON.stringify(k)}:${writeJson(v)}`).join(",")}}`;
  if (Array.isArray(value)) return `[${value.map(writeJson).join(",")}]`;
  return JSON.stringify(value);
}

/** A plain value (objects as records) for assertions where order does not matter. */
export function plain(value: Json): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]));
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

export function get(value: Json | undefined, ...path: string[]): Json | undefined {
  let v = value;
  for (const key of path) v = v instanceof Map ? v.get(key) : undefined;
  return v;
}

/** One recorded HTTP exchange. */
export interface Interaction {
  file: string;
  index: number;
  method: string;
  urlBase: string;
  query: [string, string][];
  status: number;
  headers: Record<string, string>;
  /** The body as recorded, key order kept (JSON answers). */
  json: Json | undefined;
  /** The raw body (S3 downloads). */
  text: string | null;
}

/** The recorded HasOffers traffic, kept in the repository (fixtures/README.md). */
export const FIXTURES = join(import.meta.dirname, "../../../../fixtures/hasoffers-recorded");

/** Every interaction of every recorded cassette. */
export function loadInteractions(): Interaction[] {
  const out: Interaction[] = [];
  for (const file of readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const cassette = readJson(readFileSync(join(FIXTURES, file), "utf8"));
    const list = get(cassette, "interactions") as Json[];
    list.forEach((entry, index) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of (get(entry, "response_headers") as Map<string, Json>) ?? [])
        headers[k] = String((v as Json[])[0]);
      out.push({
        file,
        index,
        method: get(entry, "method") as string,
        urlBase: get(entry, "url_base") as string,
        query: (get(entry, "query") as Json[]).map((pair) => [
          (pair as string[])[0] ?? "",
          (pair as string[])[1] ?? "",
        ]),
        status: get(entry, "status", "code") as number,
        headers,
        json: (get(entry, "response_json") ?? undefined) as Json | undefined,
        text: (get(entry, "response_text") ?? null) as string | null,
      });
    });
  }
  return out;
}
