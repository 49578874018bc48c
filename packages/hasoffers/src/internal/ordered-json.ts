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
const HAS_INDEX_KEY = /(?<!\\)"\d+"\s*:/;
/** A NUL first character: no real HasOffers key starts with one, and it stops the key being integer-like. */
const MARK = 0;

/** Parses JSON text like `JSON.parse`, remembering the source order of integer-like keys. Throws on bad JSON. */
export function parseOrdered(text: string): unknown {
  if (!HAS_INDEX_KEY.test(text)) return JSON.parse(text);
  return restore(JSON.parse(text.replace(INDEX_KEY, '"\\u0000$1"$2')));
}

/** An object's values in the order the server wrote them. */
export function orderedValues(object: object): unknown[] {
  const order = (object as { [ORDER]?: readonly string[] })[ORDER] ?? Object.keys(object);
  return order.map((key) => (object as Record<string, unknown>)[key]);
}

function restore(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restore(value[i]);
    return value;
  }
  if (value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  if (!keys.some((key) => key.charCodeAt(0) === MARK)) {
    for (const key of keys) source[key] = restore(source[key]);
    return source;
  }
  const out: Record<string, unknown> = {};
  const order: string[] = [];
  for (const key of keys) {
    const real = key.charCodeAt(0) === MARK ? key.slice(1) : key;
    order.push(real);
    // defineProperty, not assignment: a `__proto__` key must stay data, never become the prototype.
    Object.defineProperty(out, real, {
      value: restore(source[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  Object.defineProperty(out, ORDER, { value: order });
  return out;
}
