/**
 * The safety net behind every specific comparison: any key a comparison did not analyse is either
 * documentation (a patch-level change) or something this tool does not understand, which counts
 * as breaking so that nothing can slip through as a patch just because no rule covers it.
 */
import { record } from "./diff-context.mjs";
import { jsonEqual } from "./json-equal.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

/** Keys that only document: changing them never changes what goes over the wire or the types. */
export const DOC_KEYS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
  "deprecated",
  "$comment",
  "xml",
  "tags",
  "contact",
  "license",
  "termsOfService",
]);

/**
 * Whether `key` is documentation only (including `x-` vendor extensions).
 * @param {string} key
 */
export function isDocKey(key) {
  return DOC_KEYS.has(key) || key.startsWith("x-");
}

/**
 * Compares every key of the two objects that `handled` does not list.
 * @param {DiffContext} ctx
 * @param {SpecNode} oldNode
 * @param {SpecNode} newNode
 * @param {ReadonlySet<string>} handled keys the caller already compared
 * @param {string} subject how the object is named in messages
 */
export function compareRest(ctx, oldNode, newNode, handled, subject) {
  const keys = new Set([...Object.keys(oldNode), ...Object.keys(newNode)]);
  for (const key of keys) {
    if (handled.has(key) || jsonEqual(oldNode[key], newNode[key])) continue;
    if (isDocKey(key)) {
      record(ctx, "patch", "doc-changed", `${key} changed at ${subject}`);
    } else {
      record(
        ctx,
        "breaking",
        "unanalysed-change",
        `unanalysed change to "${key}" at ${subject} (treated as breaking)`,
      );
    }
  }
}
