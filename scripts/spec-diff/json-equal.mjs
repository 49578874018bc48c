/**
 * Structural equality for parsed YAML/JSON values. Key order is ignored because YAML authors
 * reorder keys freely and that never changes what a spec means.
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
export function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const aRecord = /** @type {Record<string, unknown>} */ (a);
  const bRecord = /** @type {Record<string, unknown>} */ (b);
  const aKeys = Object.keys(aRecord);
  if (aKeys.length !== Object.keys(bRecord).length) return false;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && jsonEqual(aRecord[key], bRecord[key]));
}

/**
 * A short, stable rendering of a value for messages (`"reversed"`, `128`, `{"a":1}`).
 * @param {unknown} value
 */
export function showValue(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
