/**
 * JSON parsing that keeps the server's key order.
 *
 * HasOffers returns rows as objects keyed by id (`{"114": {...}, "108": {...}}`) in the order it sorted them, but a
 * JavaScript object lists integer-like keys in ascending numeric order, whatever order they were written in: a plain
 * `JSON.parse` would silently undo `sort[Offer.id]=desc`. So integer-like keys are marked before parsing (which makes
 * them ordinary string keys that keep insertion order), and each marked object is rebuilt with its real keys plus a
 * hidden list of them in source order, which {@link orderedValues} reads.
 */

const ORDER = Symbol("hasoffers.keyOrder");

/** `"123":` outside a string: the quote before the digits is not escaped (inside a string it must be). */
const INDEX_KEY = /(?<!\\)"(\d+)"(\s*:)/g;
/** A NUL first character: no real HasOffers key starts with one, and it stops the key being integer-like. */
const MARK = "\0";

/** Parses JSON text like `JSON.parse`, remembering the source order of integer-like keys. Throws on bad JSON. */
export function parseOrdered(text: string): unknown {
  const marked = text.replace(INDEX_KEY, '"\\u0000$1"$2');
  return marked === text ? JSON.parse(text) : JSON.parse(marked, restore);
}

/** An object's values in the order the server wrote them. */
export function orderedValues(object: object): unknown[] {
  const order = (object as { [ORDER]?: readonly string[] })[ORDER] ?? Object.keys(object);
  return order.map((key) => (object as Record<string, unknown>)[key]);
}

/** Rebuilds each object with marked keys (innermost first, as `JSON.parse` revives) with its real keys in order. */
function restore(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (!keys.some((key) => key[0] === MARK)) return value;
  const out = {};
  const order = keys.map((key) => {
    const real = key.replace(MARK, "");
    // defineProperty, not assignment: a `__proto__` key must stay data, never become the prototype.
    Object.defineProperty(out, real, {
      value: (value as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return real;
  });
  return Object.defineProperty(out, ORDER, { value: order });
}
