/**
 * Compares the JSON types a schema allows (`type`, including 3.1 `["string", "null"]` and the 3.0
 * `nullable: true` spelling, which are treated as the same thing).
 */
import { narrowingLevel, record, wideningLevel } from "./diff-context.mjs";
import { target } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./schema-site.mjs").SchemaSite} SchemaSite */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

/** Schema keys this comparison accounts for. */
export const TYPE_KEYS = ["type", "nullable"];

/**
 * The set of allowed types, or undefined when the schema does not restrict the type at all.
 * @param {SpecNode} schema
 * @returns {Set<string> | undefined}
 */
export function typeSet(schema) {
  if (schema.type === undefined) return undefined;
  const listed = Array.isArray(schema.type) ? schema.type : [schema.type];
  const set = new Set(listed.filter((type) => typeof type === "string"));
  if (schema.nullable === true) set.add("null");
  return set;
}

/**
 * Whether a value of `type` is allowed by `set` (every integer is also a number).
 * @param {Set<string> | undefined} set
 * @param {string} type
 */
function accepts(set, type) {
  return set === undefined || set.has(type) || (type === "integer" && set.has("number"));
}

/** @param {Set<string> | undefined} set */
function show(set) {
  return set === undefined ? "any" : [...set].join("|") || "(none)";
}

/**
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {SpecNode} before
 * @param {SpecNode} after
 */
export function compareTypes(ctx, site, before, after) {
  const oldTypes = typeSet(before);
  const newTypes = typeSet(after);
  const removed =
    oldTypes === undefined ? (newTypes ? ["any"] : []) : [...oldTypes].filter((t) => !accepts(newTypes, t));
  const added =
    newTypes === undefined ? (oldTypes ? ["any"] : []) : [...newTypes].filter((t) => !accepts(oldTypes, t));
  const dir = site.direction;
  const where = target(site);
  if (removed.length > 0 && added.length > 0) {
    record(
      ctx,
      "breaking",
      "type-changed",
      `${dir} type changed at ${where}: ${show(oldTypes)} → ${show(newTypes)}`,
    );
  } else if (removed.length === 1 && removed[0] === "null") {
    record(ctx, narrowingLevel(dir), "nullable-removed", `${dir} ${where} is no longer nullable`);
  } else if (removed.length > 0) {
    const message = `${dir} type narrowed at ${where}: ${show(oldTypes)} → ${show(newTypes)}`;
    record(ctx, narrowingLevel(dir), "type-narrowed", message);
  } else if (added.length === 1 && added[0] === "null") {
    record(ctx, wideningLevel(dir), "nullable-added", `${dir} ${where} became nullable`);
  } else if (added.length > 0) {
    const message = `${dir} type widened at ${where}: ${show(oldTypes)} → ${show(newTypes)}`;
    record(ctx, wideningLevel(dir), "type-widened", message);
  }
}
