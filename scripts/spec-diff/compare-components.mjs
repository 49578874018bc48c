/**
 * Compares `components`. Every named component becomes a name in the generated types
 * (`components["schemas"]["Offer"]`), so removing one is breaking and adding one is a feature.
 * A component that operations reach in both documents has already been compared where it is used,
 * with the right direction; the rest are compared here on their own.
 */

import { isDocKey } from "./compare-rest.mjs";
import { compareSchema } from "./compare-schema.mjs";
import { record } from "./diff-context.mjs";
import { jsonEqual } from "./json-equal.mjs";
import { asNode } from "./resolve-ref.mjs";
import { rootSite } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

/** Sections that only hold documentation. */
const DOC_SECTIONS = new Set(["examples"]);

/** @param {string} name */
function escapePointer(name) {
  return name.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * @param {string} section
 * @param {string} name
 */
function label(section, name) {
  return section === "schemas" ? `schema ${name}` : `component ${section}/${name}`;
}

/**
 * The object without its documentation keys, for a shallow "same apart from wording?" check.
 * @param {SpecNode} node
 */
function withoutDocs(node) {
  return Object.fromEntries(Object.entries(node).filter(([key]) => !isDocKey(key)));
}

/**
 * @param {DiffContext} ctx
 * @param {unknown} oldComponents
 * @param {unknown} newComponents
 */
export function compareComponents(ctx, oldComponents, newComponents) {
  const before = asNode(oldComponents);
  const after = asNode(newComponents);
  for (const section of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const oldSection = asNode(before[section]);
    const newSection = asNode(after[section]);
    const kind = section === "schemas" ? "schema" : "component";
    for (const name of Object.keys(oldSection)) {
      if (Object.hasOwn(newSection, name)) continue;
      const level = DOC_SECTIONS.has(section) ? "patch" : "breaking";
      record(ctx, level, `${kind}-removed`, `removed ${label(section, name)}`);
    }
    for (const name of Object.keys(newSection)) {
      if (!Object.hasOwn(oldSection, name)) {
        const level = DOC_SECTIONS.has(section) ? "patch" : "minor";
        record(ctx, level, `${kind}-added`, `added ${label(section, name)}`);
        continue;
      }
      const pointer = `#/components/${escapePointer(section)}/${escapePointer(name)}`;
      if (ctx.reachedOld.has(pointer) && ctx.reachedNew.has(pointer)) continue;
      compareUnused(ctx, section, name, oldSection[name], newSection[name]);
    }
  }
}

/**
 * A component no operation reaches on both sides. Schemas get the full comparison read both ways;
 * other kinds are checked for "identical", "only wording changed", or else treated as breaking.
 * @param {DiffContext} ctx
 * @param {string} section
 * @param {string} name
 * @param {unknown} oldValue
 * @param {unknown} newValue
 */
function compareUnused(ctx, section, name, oldValue, newValue) {
  if (jsonEqual(oldValue, newValue)) return;
  if (section === "schemas") {
    compareSchema(ctx, rootSite("schema", name), oldValue, newValue);
  } else if (
    DOC_SECTIONS.has(section) ||
    jsonEqual(withoutDocs(asNode(oldValue)), withoutDocs(asNode(newValue)))
  ) {
    record(ctx, "patch", "doc-changed", `documentation of ${label(section, name)} changed`);
  } else {
    record(ctx, "breaking", "component-changed", `${label(section, name)} changed (treated as breaking)`);
  }
}
