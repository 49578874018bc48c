/**
 * Compares the closed set of values a schema allows (`enum`, `const`).
 *
 * The generated TypeScript types turn an enum into a union of literals, so a removed value breaks
 * typed code in *both* directions: a request can no longer send it, and in a response a comparison
 * against the removed literal stops compiling. An added value follows the usual direction rule:
 * more a client may send is a feature, more a client may receive breaks exhaustive handling.
 */
import { record, wideningLevel } from "./diff-context.mjs";
import { jsonEqual, showValue } from "./json-equal.mjs";
import { target } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./schema-site.mjs").SchemaSite} SchemaSite */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

/** Schema keys this comparison accounts for. */
export const ENUM_KEYS = ["enum", "const"];

/**
 * The allowed values, or undefined when the schema does not list them.
 * @param {SpecNode} schema
 * @returns {unknown[] | undefined}
 */
function allowedValues(schema) {
  /** @type {unknown[] | undefined} */
  let values = Array.isArray(schema.enum) ? [...schema.enum] : undefined;
  if (Object.hasOwn(schema, "const")) {
    values = values ? values.filter((value) => jsonEqual(value, schema.const)) : [schema.const];
  }
  return values;
}

/**
 * Values in `from` that `to` lacks.
 * @param {unknown[]} from
 * @param {unknown[]} to
 */
function missing(from, to) {
  return from.filter((value) => !to.some((other) => jsonEqual(value, other)));
}

/**
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {SpecNode} before
 * @param {SpecNode} after
 */
export function compareEnum(ctx, site, before, after) {
  const oldValues = allowedValues(before);
  const newValues = allowedValues(after);
  const dir = site.direction;
  const where = target(site);
  if (oldValues === undefined && newValues === undefined) return;
  if (oldValues === undefined) {
    const listed = newValues?.map(showValue).join(", ");
    record(ctx, "breaking", "enum-introduced", `${dir} values at ${where} restricted to: ${listed}`);
    return;
  }
  if (newValues === undefined) {
    record(ctx, wideningLevel(dir), "enum-dropped", `${dir} ${where} no longer restricted to an enum`);
    return;
  }
  const removed = missing(oldValues, newValues);
  const added = missing(newValues, oldValues);
  if (removed.length > 0) {
    const listed = removed.map(showValue).join(", ");
    record(ctx, "breaking", "enum-value-removed", `${dir} enum value removed at ${where}: ${listed}`);
  }
  if (added.length > 0) {
    const listed = added.map(showValue).join(", ");
    record(ctx, wideningLevel(dir), "enum-value-added", `${dir} enum value added at ${where}: ${listed}`);
  }
}
