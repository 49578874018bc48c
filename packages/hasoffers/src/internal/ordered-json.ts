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
const MARK = "\0";

/** Parses JSON text like `JSON.parse`, remembering the source order of integer-like keys. Throws on bad JSON. */
export function parseOrdered(text: string): unknown {
  // Testing first is cheaper than a replace that finds nothing, on every small answer.
  return HAS_INDEX_KEY.test(text)
    ? restore(JSON.parse(text.replace(INDEX_KEY, '"\\u0000$1"$2')))
    : JSON.parse(text);
}

/** An object's values in the order the server wrote them. */
export function orderedValues(object: object): unknown[] {
  const order = (object as { [ORDER]?: readonly string[] })[ORDER] ?? Object.keys(object);
  return order.map((key) => (object as Record<string, unknown>)[key]);
}

/**
 * Gives every object (or array) with marked keys its real keys back, in source order, at any depth. Recurses only
 * into objects and arrays: a call per primitive field would cost more than the parse.
 */
function restore(value: object): object {
  const keys = Object.keys(value);
  const order: string[] | undefined = keys.some((key) => key[0] === MARK) ? [] : undefined;
  const out: Record<string, unknown> = order ? {} : (value as Record<string, unknown>);
  for (const key of keys) {
    let item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === "object") item = restore(item);
    if (order) {
      const real = key.replace(MARK, "");
      order.push(real);
      // defineProperty, not assignment: a `__proto__` key must stay data, never become the prototype.
      Object.defineProperty(out, real, { value: item, enumerable: true, writable: true, configurable: true });
    } else out[key] = item;
  }
  return order ? Object.defineProperty(out, ORDER, { value: order }) : out;
}
