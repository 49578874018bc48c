/**
 * Compares object shapes: properties, which of them are required, and extra keys.
 *
 * Properties are viewed the way each direction sees them: a `readOnly` property is not part of a
 * request and a `writeOnly` one is not part of a response, so making a property read-only is the
 * same as removing it from requests.
 *
 * A property added to a response is a feature, not a widening: JSON objects are open unless a schema
 * says otherwise and the generated types only gain a member, so existing clients keep working.
 */
import { compareSchema } from "./compare-schema.mjs";
import { narrowingLevel, record, wideningLevel } from "./diff-context.mjs";
import { asNode, deref } from "./resolve-ref.mjs";
import { childSite, target } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./diff-context.mjs").Direction} Direction */
/** @typedef {import("./schema-site.mjs").SchemaSite} SchemaSite */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

/** Schema keys this comparison accounts for. */
export const OBJECT_KEYS = ["properties", "required", "additionalProperties"];

/**
 * The properties a reader in `direction` can see, by name.
 * @param {SpecNode} doc
 * @param {SpecNode} schema
 * @param {Direction} direction
 * @param {Set<string>} reached
 * @returns {Map<string, unknown>}
 */
function visibleProperties(doc, schema, direction, reached) {
  const properties =
    typeof schema.properties === "object" && schema.properties !== null ? schema.properties : {};
  const hidden = direction === "request" ? "readOnly" : direction === "response" ? "writeOnly" : undefined;
  return new Map(
    Object.entries(properties).filter(([, raw]) => !hidden || deref(doc, raw, reached).node[hidden] !== true),
  );
}

/** @param {SpecNode} schema */
function requiredNames(schema) {
  return new Set(Array.isArray(schema.required) ? schema.required : []);
}

/**
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {SpecNode} before
 * @param {SpecNode} after
 */
export function compareObject(ctx, site, before, after) {
  const dir = site.direction;
  const oldProps = visibleProperties(ctx.oldDoc, before, dir, ctx.reachedOld);
  const newProps = visibleProperties(ctx.newDoc, after, dir, ctx.reachedNew);
  const oldRequired = requiredNames(before);
  const newRequired = requiredNames(after);
  for (const [name, oldProp] of oldProps) {
    const where = target(childSite(site, `.${name}`));
    const newProp = newProps.get(name);
    if (!newProps.has(name)) {
      record(ctx, "breaking", "property-removed", `removed ${dir} property ${where}`);
      continue;
    }
    if (!oldRequired.has(name) && newRequired.has(name)) {
      record(
        ctx,
        narrowingLevel(dir),
        "property-became-required",
        `${dir} property ${where} became required`,
      );
    } else if (oldRequired.has(name) && !newRequired.has(name)) {
      record(ctx, wideningLevel(dir), "property-became-optional", `${dir} property ${where} became optional`);
    }
    compareSchema(ctx, childSite(site, `.${name}`), oldProp, newProp);
  }
  for (const name of newProps.keys()) {
    if (oldProps.has(name)) continue;
    const where = target(childSite(site, `.${name}`));
    if (dir === "response") {
      record(ctx, "minor", "property-added", `added response property ${where}`);
    } else if (newRequired.has(name)) {
      record(ctx, "breaking", "property-added-required", `added required ${dir} property ${where}`);
    } else {
      record(ctx, "minor", "property-added-optional", `added optional ${dir} property ${where}`);
    }
  }
  compareHiddenProperties(ctx, site, { before, after, oldProps, newProps });
  compareAdditionalProperties(ctx, site, before.additionalProperties, after.additionalProperties);
}

/**
 * Properties this direction does not see (readOnly in a request, writeOnly in a response) are still
 * members of the one generated type, so removing one still removes a name user code may use.
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {{ before: SpecNode, after: SpecNode, oldProps: Map<string, unknown>, newProps: Map<string, unknown> }} shapes
 */
function compareHiddenProperties(ctx, site, { before, after, oldProps, newProps }) {
  const oldNames = Object.keys(asNode(before.properties));
  const newNames = new Set(Object.keys(asNode(after.properties)));
  const hidden = site.direction === "request" ? "readOnly" : "writeOnly";
  for (const name of oldNames) {
    if (oldProps.has(name) || newNames.has(name)) continue;
    record(
      ctx,
      "breaking",
      "property-removed",
      `removed ${hidden} property ${target(childSite(site, `.${name}`))}`,
    );
  }
  for (const name of newNames) {
    if (newProps.has(name) || oldNames.includes(name)) continue;
    record(
      ctx,
      "minor",
      "property-added-optional",
      `added ${hidden} property ${target(childSite(site, `.${name}`))}`,
    );
  }
}

/**
 * `open` (absent, `true` or `{}`), `closed` (`false`) or a `schema` every extra value must match.
 * @param {unknown} value
 */
function openness(value) {
  if (value === undefined || value === true) return "open";
  if (value === false) return "closed";
  return typeof value === "object" && value !== null && Object.keys(value).length === 0 ? "open" : "schema";
}

/**
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {unknown} before
 * @param {unknown} after
 */
function compareAdditionalProperties(ctx, site, before, after) {
  const from = openness(before);
  const to = openness(after);
  const dir = site.direction;
  if (from === "schema" && to === "schema") {
    compareSchema(ctx, childSite(site, "{*}"), before, after);
    return;
  }
  if (from === to) return;
  const narrowed = from === "open" || to === "closed";
  const how = narrowed ? "narrowed" : "widened";
  const level = narrowed ? narrowingLevel(dir) : wideningLevel(dir);
  const message = `${dir} additionalProperties ${how} at ${target(site)}: ${from} → ${to}`;
  record(ctx, level, `additional-properties-${how}`, message);
}
