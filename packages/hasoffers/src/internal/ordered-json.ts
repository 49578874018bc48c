/**
 * JSON parsing that keeps the server's key order.
 *
 * HasOffers returns rows as objects keyed by id (`{"114": {...}, "108": {...}}`) in the order it sorted them, but a
 * JavaScript object lists integer-like keys (array indexes) in ascending numeric order, whatever order they were
 * written in: a plain `JSON.parse` would silently undo `sort[Offer.id]=desc`. So the tree `JSON.parse` built is
 * walked once to find these "id maps" (one can hide anywhere; only the walk, or a regular expression over every
 * character, which costs more, finds them all), and each one not already in ascending order gets a hidden list of
 * its keys in source order, which {@link orderedValues} reads. The values are exactly what `JSON.parse` returns.
 *
 * Where that order comes from: the keys of an id map whose values are all objects (every `findAll` page, every
 * contained relation) are found in the text by their `"<id>": {`, from a scan for `{` that `indexOf` does at memory
 * speed, and they come in the text in exactly the order the walk meets them. Any other id map (scalar values, or
 * ids written with `\u00XX` escapes, which the scan does not read) takes the slow way: the text is parsed again
 * with its integer-like keys marked. A name repeated within one object (JSON leaves its meaning open; PHP's encoder
 * never writes one) can leave id maps under it in the order of the dropped value.
 */

const ORDER = Symbol("hasoffers.keyOrder");

type Ordered = { [ORDER]?: readonly (string | number)[] };

/** Parses JSON text like `JSON.parse`, remembering the source order of integer-like keys. Throws on bad JSON. */
export function parseOrdered(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || orderIdMaps(value, text)) return value;
  // `\u0000` before the digits makes a key no array index, so JSON.parse keeps it in source order.
  return HAS_INDEX_KEY.test(text) ? restore(JSON.parse(text.replace(INDEX_KEY, '"\\u0000$1"$2'))) : value;
}

/**
 * An object's keys in the order the server wrote them. JavaScript lists integer-like keys in ascending order, so for
 * an id map from `ho.call()` (`{"114": …, "108": …}` of a `sort` the server applied) this is the only way to see
 * the server's order; any other object gives `Object.keys`.
 * @example const ids = orderedKeys(await ho.call("Employee", "findAll", { sort: { id: "desc" } }));
 */
export function orderedKeys(object: object): string[] {
  const order = (object as Ordered)[ORDER];
  return order ? order.map(String) : Object.keys(object);
}

/** An object's values in the order the server wrote them (see {@link orderedKeys}). */
export function orderedValues(object: object): unknown[] {
  const order = (object as Ordered)[ORDER] ?? Object.keys(object);
  return order.map((key) => (object as Record<PropertyKey, unknown>)[key]);
}

/** An id map part-way through the walk: the keys met so far, in source order. */
class PendingMap {
  readonly order: number[] = [];
  ascending = true;
  constructor(
    readonly map: Record<number, unknown>,
    readonly size: number,
  ) {}
}

/**
 * Walks the tree in source order (depth first, without recursion: deep nesting must not overflow the stack) and
 * orders every id map of objects by the `"<id>": {` keys of the text, taken one by one as the walk reaches them.
 * Returns false when only the slow way can tell: an id map of scalars, or ids mixed with names (the text list has
 * no place for them), or when that list does not match the tree one for one.
 */
function orderIdMaps(root: object, text: string): boolean {
  const stack: (object | PendingMap)[] = [root];
  let keys: readonly number[] | undefined;
  let next = 0;
  // `while (length)` rather than popping until undefined: reading past the end would deoptimise the loop.
  while (stack.length > 0) {
    const top = stack.pop() as object | PendingMap;
    if (top instanceof PendingMap) {
      const { map, order } = top;
      if (order.length === top.size) {
        // In ascending order the object's own key order is already the source order.
        if (!top.ascending) {
          if (new Set(order).size < order.length) return false;
          Object.defineProperty(map, ORDER, { value: order });
        }
        continue;
      }
      const key = keys?.[next++];
      if (key === undefined || !Object.hasOwn(map, key)) return false;
      const item = map[key];
      if (!isRecord(item)) return false;
      const last = order[order.length - 1];
      if (last !== undefined && key <= last) top.ascending = false;
      order.push(key);
      stack.push(top, item);
      continue;
    }
    const values = Array.isArray(top) ? top : Object.values(top);
    if (values !== top && values.length > 0 && startsWithIndex(top)) {
      if (values.every(isRecord)) {
        // Names mixed in with the ids need no check of their own: the text list holds ids only, so such a map
        // would take one of its ids twice, which is refused above.
        keys ??= recordKeys(text);
        stack.push(new PendingMap(top as Record<number, unknown>, values.length));
        continue;
      }
      if (values.length > 1) return false;
    }
    for (let i = values.length - 1; i >= 0; i--) {
      const item: unknown = values[i];
      if (typeof item === "object" && item !== null) stack.push(item);
    }
  }
  return next === (keys?.length ?? 0);
}

/**
 * Whether an object with own keys has integer-like ones: those are listed first, and own keys before inherited ones.
 * `for…in` can stop at the first key, where `Object.keys` would copy them all.
 */
function startsWithIndex(object: object): boolean {
  for (const key in object) return isIndex(key);
  return false;
}

/** The largest array index. */
const MAX_INDEX = 4294967294;

/** An array index: what a JavaScript object lists first, ascending — `0` to `4294967294`, written canonically. */
function isIndex(key: string): boolean {
  const length = key.length;
  const first = key.charCodeAt(0);
  if (!isDigit(first) || length > 10 || (first === 48 && length > 1)) return false;
  for (let i = 1; i < length; i++) if (!isDigit(key.charCodeAt(i))) return false;
  return length < 10 || Number(key) <= MAX_INDEX;
}

/**
 * The array-index keys written `"123": {` (an object as value), in source order, read backwards from each `{`.
 * Inside a string every quote is escaped, so no text there matches, and the quote that opens the digits must not
 * be escaped either, or they are only the tail of a longer name (`"a\"12": {`).
 */
function recordKeys(text: string): number[] {
  const keys: number[] = [];
  // From the second `{`: the first has nothing before it, and reading before the text would deoptimise the loop.
  for (let brace = text.indexOf("{", 1); brace !== -1; brace = text.indexOf("{", brace + 1)) {
    let at = brace - 1;
    let char = text.charCodeAt(at);
    while (isSpace(char)) char = text.charCodeAt(--at);
    if (char !== 58 /* : */) continue;
    do char = text.charCodeAt(--at);
    while (isSpace(char));
    if (char !== 34 /* " */) continue;
    let key = 0;
    let unit = 1;
    for (char = text.charCodeAt(--at); isDigit(char); char = text.charCodeAt(--at)) {
      key += (char - 48) * unit;
      unit *= 10;
    }
    const canonical = unit === 10 || key >= unit / 10; // no leading zero
    if (char === 34 && unit > 1 && text.charCodeAt(at - 1) !== 92 /* \ */ && canonical && key <= MAX_INDEX)
      keys.push(key);
  }
  return keys;
}

const isDigit = (char: number): boolean => char >= 48 && char <= 57;
const isSpace = (char: number): boolean => char === 32 || char === 10 || char === 13 || char === 9;
const isRecord = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// The slow way. A key of digits (also written as `\u0030`…`\u0039` escapes) outside a string: the quote before the
// digits is not escaped (inside a string it must be).
const INDEX_KEY = /(?<!\\)"((?:\d|\\u003\d)+)"(\s*:)/g;
const HAS_INDEX_KEY = /(?<!\\)"(?:\d|\\u003\d)+"\s*:/;
/** A NUL first character: no real HasOffers key starts with one, and it stops the key being integer-like. */
const MARK = 0;

/**
 * Gives every object with marked keys its real keys back, in source order, at any depth: such an object is rebuilt
 * and put in its holder's place. Iterative like the walk above.
 */
function restore(root: object): unknown {
  const top = { root };
  const stack: [holder: Record<string, unknown>, name: string][] = [[top, "root"]];
  while (stack.length > 0) {
    const [holder, name] = stack.pop() as [Record<string, unknown>, string];
    let object = holder[name] as Record<string, unknown>;
    let keys = Object.keys(object);
    if (!Array.isArray(object) && keys.some((key) => key.charCodeAt(0) === MARK)) {
      const marked = object;
      const rebuilt: Record<string, unknown> = {};
      keys = keys.map((key) => {
        const real = key.charCodeAt(0) === MARK ? key.slice(1) : key;
        // defineProperty, not assignment: a `__proto__` key must stay data, never become the prototype.
        if (real === "__proto__")
          Object.defineProperty(rebuilt, real, {
            value: marked[key],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else rebuilt[real] = marked[key];
        return real;
      });
      // The holder's own data property (or array slot) takes the assignment, even when it is named `__proto__`.
      holder[name] = object = Object.defineProperty(rebuilt, ORDER, { value: keys });
    }
    for (const key of keys) {
      const item = object[key];
      if (typeof item === "object" && item !== null) stack.push([object, key]);
    }
  }
  return top.root;
}
