/**
 * Flattens `allOf` into one schema when that is unambiguous, which is the common "base object plus
 * extra fields" pattern. Comparing the flattened shapes then reports precise property-level changes
 * (and moving a field between a base and an extension is correctly seen as no change at all).
 * When members disagree on a keyword the merge gives up and the caller falls back to the
 * conservative composition comparison.
 */
import { isDocKey } from "./compare-rest.mjs";
import { jsonEqual } from "./json-equal.mjs";
import { deref } from "./resolve-ref.mjs";

/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

const MAX_DEPTH = 16;

/**
 * @param {SpecNode} doc
 * @param {SpecNode} schema
 * @param {Set<string>} reached collects the pointers followed, like {@link deref}
 * @returns {SpecNode | undefined} the flattened schema, or undefined when it cannot be merged safely
 */
export function mergeAllOf(doc, schema, reached, depth = 0) {
  if (!Array.isArray(schema.allOf)) return schema;
  if (depth > MAX_DEPTH) return undefined;
  const { allOf, ...own } = schema;
  /** @type {SpecNode | undefined} */
  let merged = own;
  for (const member of allOf) {
    const flat = mergeAllOf(doc, deref(doc, member, reached).node, reached, depth + 1);
    if (!flat || !merged) return undefined;
    merged = mergeTwo(merged, flat);
  }
  return merged;
}

/**
 * @param {SpecNode} into
 * @param {SpecNode} from
 * @returns {SpecNode | undefined}
 */
function mergeTwo(into, from) {
  const result = { ...into };
  for (const [key, value] of Object.entries(from)) {
    if (key === "required") {
      result.required = [...new Set([...(result.required ?? []), ...value])];
    } else if (key === "properties") {
      const properties = { ...(result.properties ?? {}) };
      for (const [name, property] of Object.entries(value)) {
        if (Object.hasOwn(properties, name) && !jsonEqual(properties[name], property)) return undefined;
        properties[name] = property;
      }
      result.properties = properties;
    } else if (!Object.hasOwn(result, key)) {
      result[key] = value;
    } else if (!jsonEqual(result[key], value) && !isDocKey(key)) {
      return undefined;
    }
  }
  return result;
}
