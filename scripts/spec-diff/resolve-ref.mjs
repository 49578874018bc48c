/**
 * Local `$ref` resolution (`#/components/...`). Resolution is lazy — done while comparing — rather
 * than an up-front dereference, because recursive schemas (a category whose children are categories)
 * would otherwise need a cyclic object graph.
 */

/** @typedef {Record<string, any>} SpecNode */

/**
 * @typedef {object} Resolved
 * @property {SpecNode} node the object to compare: the ref's target, with any sibling keywords laid over it
 * @property {string | undefined} pointer the first local pointer followed, if `node` came from a `$ref`
 * @property {SpecNode} target the target object itself, stable across calls (used for cycle detection)
 */

const MAX_HOPS = 32;

/**
 * Reads a JSON pointer such as `#/components/schemas/Offer` from `doc`.
 * @param {SpecNode} doc
 * @param {string} ref
 * @returns {unknown} the target, or undefined when the pointer is not local or leads nowhere
 */
export function resolvePointer(doc, ref) {
  if (ref === "#") return doc;
  if (!ref.startsWith("#/")) return undefined;
  /** @type {unknown} */
  let current = doc;
  for (const raw of ref.slice(2).split("/")) {
    const segment = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = /** @type {Record<string, unknown>} */ (current)[segment];
  }
  return current;
}

/**
 * Follows `$ref` chains in `node`. Refs that are remote or broken stay as they are, so the comparison
 * sees the raw `$ref` string and, if it changed, treats it conservatively as breaking.
 * In OpenAPI 3.1 a `$ref` may carry siblings (`description`, or schema keywords); they are laid over
 * the target — exact for descriptions, a close approximation of `allOf` for schema keywords.
 * @param {SpecNode} doc
 * @param {unknown} node
 * @param {Set<string>} [reached] collects every pointer followed (which components are in use)
 * @returns {Resolved}
 */
export function deref(doc, node, reached) {
  let current = asNode(node);
  /** @type {SpecNode} */
  let siblings = {};
  /** @type {string | undefined} */
  let pointer;
  for (let hop = 0; hop < MAX_HOPS && typeof current.$ref === "string"; hop++) {
    const target = resolvePointer(doc, current.$ref);
    if (typeof target !== "object" || target === null) break;
    const { $ref, ...rest } = current;
    pointer ??= $ref;
    reached?.add($ref);
    siblings = { ...rest, ...siblings };
    current = /** @type {SpecNode} */ (target);
  }
  const hasSiblings = Object.keys(siblings).length > 0;
  return { node: hasSiblings ? { ...current, ...siblings } : current, pointer, target: current };
}

/**
 * The display name of a component pointer: `#/components/schemas/ClickRow` → `ClickRow`.
 * @param {string} pointer
 */
export function pointerName(pointer) {
  const last = pointer.split("/").at(-1) ?? pointer;
  return decodeURIComponent(last).replaceAll("~1", "/").replaceAll("~0", "~");
}

/**
 * Treats JSON Schema boolean schemas and missing values as objects so callers need no special cases:
 * `true`/absent accept anything (`{}`), `false` accepts nothing (`{ not: {} }`).
 * @param {unknown} node
 * @returns {SpecNode}
 */
export function asNode(node) {
  if (node === false) return { not: {} };
  if (typeof node !== "object" || node === null || Array.isArray(node)) return {};
  return /** @type {SpecNode} */ (node);
}
