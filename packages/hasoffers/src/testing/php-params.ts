/** A decoded PHP request value: a string leaf, a list (`a[]`, `a[0]`) or a map (`a[b]`). */
export type PhpValue = string | PhpValue[] | { [key: string]: PhpValue };

/**
 * An ordered PHP array under construction. PHP arrays keep insertion order for every key, integer-like ones
 * included, which plain JS objects do not; the order decides `sort[a]=…&sort[b]=…` precedence.
 */
class PhpArray {
  readonly entries = new Map<string, PhpArray | string>();
  #next = 0;

  /** The key `[]` appends under: one past the largest integer key so far, as PHP does. */
  nextKey(): string {
    return String(this.#next);
  }

  set(key: string, value: PhpArray | string): void {
    this.entries.set(key, value);
    if (/^(0|-?[1-9][0-9]*)$/.test(key)) this.#next = Math.max(this.#next, Number(key) + 1);
  }

  /** A list when the keys are exactly 0..n-1 in order (PHP's own "is a list" rule), otherwise a map. */
  toValue(): PhpValue {
    const keys = [...this.entries.keys()];
    const values = [...this.entries.values()].map((v) => (typeof v === "string" ? v : v.toValue()));
    if (keys.every((key, index) => key === String(index))) return values;
    const out: Record<string, PhpValue> = {};
    keys.forEach((key, index) => {
      out[key] = values[index]!;
    });
    return out;
  }
}

/** Splits `filters[OR][id][]` into the base name and its bracket segments; `undefined` segments for a bare name. */
function parseKey(raw: string): { base: string; path: string[] } {
  const open = raw.indexOf("[");
  // PHP turns dots and spaces of the base name into underscores; a name that opens no complete bracket keeps
  // its `[` as `_` too.
  const clean = (name: string) => name.replace(/[. []/g, "_");
  if (open <= 0) return { base: clean(raw), path: [] };
  const path: string[] = [];
  let at = open;
  while (at < raw.length && raw[at] === "[") {
    const close = raw.indexOf("]", at);
    if (close === -1) break;
    path.push(raw.slice(at + 1, close));
    at = close + 1;
  }
  if (path.length === 0) return { base: clean(raw), path: [] };
  return { base: clean(raw.slice(0, open)), path };
}

/**
 * Decodes `name=value` pairs the way PHP fills `$_GET`/`$_POST`: `a[b][c]=v` nests, `a[]=v` appends, a later
 * plain key overwrites an earlier one, and anything after the last complete bracket is ignored. Maps whose
 * keys are exactly `0..n-1` come back as arrays (`ids[]=1&ids[]=2` → `["1","2"]`, `a[0][b]=x` → `[{b:"x"}]`).
 * Order is kept while decoding; in the returned maps JS still lists integer-like keys first, ascending.
 */
export function decodePhpParams(pairs: Iterable<readonly [string, string]>): Record<string, PhpValue> {
  const root = new PhpArray();
  for (const [rawKey, value] of pairs) {
    const { base, path } = parseKey(rawKey);
    if (base === "") continue;
    if (path.length === 0) {
      root.set(base, value);
      continue;
    }
    let node = root;
    let key = base;
    for (const segment of path) {
      let child = node.entries.get(key);
      // A scalar already at this key is replaced by an array, as PHP does for `a=1&a[b]=2`.
      if (!(child instanceof PhpArray)) {
        child = new PhpArray();
        node.set(key, child);
      }
      node = child;
      key = segment === "" ? node.nextKey() : segment;
    }
    node.set(key, value);
  }
  const value = root.toValue();
  if (typeof value === "string") return {};
  return Array.isArray(value) ? Object.fromEntries(value.map((v, i) => [String(i), v])) : value;
}

/** Reads one decoded value as a list of strings: a list as is, a map's values, a scalar as one item. */
export function asList(value: PhpValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === "string") return [value];
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.filter((v): v is string => typeof v === "string");
}

/** Reads one decoded value as a map (a list becomes a map of its indices); scalars give an empty map. */
export function asMap(value: PhpValue | undefined): Record<string, PhpValue> {
  if (value === undefined || typeof value === "string") return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  return value;
}
