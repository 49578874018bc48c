/**
 * A schema with its documentation removed, for "are these two the same apart from wording?"
 * Walks the schema's structure so a *property* called `description` is kept while the keyword
 * `description` is dropped.
 */
import { isDocKey } from "./compare-rest.mjs";

/** Keywords whose value is one subschema. */
const SUBSCHEMA = new Set([
  "items",
  "not",
  "if",
  "then",
  "else",
  "additionalProperties",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
]);
/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
/** Keywords whose value maps names to subschemas. */
const SUBSCHEMA_MAP = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

/**
 * @param {unknown} schema
 * @returns {unknown}
 */
export function stripSchemaDocs(schema) {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  /** @type {Record<string, unknown>} */
  const result = {};
  for (const [key, value] of Object.entries(schema)) {
    if (isDocKey(key)) continue;
    if (SUBSCHEMA.has(key)) {
      result[key] = stripSchemaDocs(value);
    } else if (SUBSCHEMA_LIST.has(key) && Array.isArray(value)) {
      result[key] = value.map(stripSchemaDocs);
    } else if (SUBSCHEMA_MAP.has(key) && typeof value === "object" && value !== null) {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, stripSchemaDocs(sub)]),
      );
    } else {
      result[key] = value;
    }
  }
  return result;
}
