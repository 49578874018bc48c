/**
 * Compares two schemas as seen from one direction (request, response, or both for a free-standing
 * component). Each concern lives in its own module; this one resolves refs, guards recursion,
 * flattens `allOf`, and hands anything no rule analysed to {@link compareRest}.
 */
import { COMPOSITION_KEYS, compareComposition, compareDiscriminator } from "./compare-composition.mjs";
import { CONSTRAINT_KEYS, compareConstraints } from "./compare-constraints.mjs";
import { compareEnum, ENUM_KEYS } from "./compare-enum.mjs";
import { compareObject, OBJECT_KEYS } from "./compare-object.mjs";
import { compareRest } from "./compare-rest.mjs";
import { compareTypes, TYPE_KEYS } from "./compare-types.mjs";
import { record } from "./diff-context.mjs";
import { jsonEqual, showValue } from "./json-equal.mjs";
import { mergeAllOf } from "./merge-all-of.mjs";
import { asNode, deref, pointerName } from "./resolve-ref.mjs";
import { childSite, componentSite, target } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./schema-site.mjs").SchemaSite} SchemaSite */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

const ACCESS_KEYS = ["readOnly", "writeOnly"];
const HANDLED = new Set([
  ...TYPE_KEYS,
  ...ENUM_KEYS,
  ...CONSTRAINT_KEYS,
  ...OBJECT_KEYS,
  ...COMPOSITION_KEYS,
  ...ACCESS_KEYS,
  "items",
  "default",
]);

/** Stable small ids for objects, so a pair of schemas can be remembered in a Set. */
const ids = new WeakMap();
let lastId = 0;
/** @param {object} node */
function idOf(node) {
  if (!ids.has(node)) ids.set(node, ++lastId);
  return ids.get(node);
}

/**
 * Compares `oldRaw` (from the old document) with `newRaw` (from the new one), recording reasons in
 * `ctx`. Both may be `$ref`s. A component reached through the same pointer on both sides is compared
 * once per direction and reported under its own name, so a change to a shared schema shows up once
 * rather than at every operation that uses it.
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {unknown} oldRaw
 * @param {unknown} newRaw
 */
export function compareSchema(ctx, site, oldRaw, newRaw) {
  const before = deref(ctx.oldDoc, oldRaw, ctx.reachedOld);
  const after = deref(ctx.newDoc, newRaw, ctx.reachedNew);
  let here = site;
  // Same component on both sides, used the same way: compare it once per direction, under its name.
  // Differing `$ref` siblings (a local description or keyword) make this use special: compare it here.
  if (before.pointer && before.pointer === after.pointer && jsonEqual(siblings(oldRaw), siblings(newRaw))) {
    const key = `${site.direction} ${before.pointer}`;
    if (ctx.memo.has(key)) return;
    ctx.memo.add(key);
    here = componentSite(site, pointerName(before.pointer));
  }
  // A recursive schema leads back to a pair already being compared further up; stop there.
  const pair = `${idOf(before.target)}:${idOf(after.target)}`;
  if (ctx.visiting.has(pair)) return;
  ctx.visiting.add(pair);
  try {
    compareResolved(ctx, here, before.node, after.node);
  } finally {
    ctx.visiting.delete(pair);
  }
}

/**
 * The keys next to a `$ref`.
 * @param {unknown} raw
 */
function siblings(raw) {
  const { $ref, ...rest } = asNode(raw);
  return rest;
}

/**
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {SpecNode} oldNode
 * @param {SpecNode} newNode
 */
function compareResolved(ctx, site, oldNode, newNode) {
  let before = oldNode;
  let after = newNode;
  if (Array.isArray(before.allOf) || Array.isArray(after.allOf)) {
    const mergedOld = mergeAllOf(ctx.oldDoc, before, ctx.reachedOld);
    const mergedNew = mergeAllOf(ctx.newDoc, after, ctx.reachedNew);
    if (mergedOld && mergedNew) {
      before = mergedOld;
      after = mergedNew;
    }
  }
  compareTypes(ctx, site, before, after);
  compareEnum(ctx, site, before, after);
  compareConstraints(ctx, site, before, after);
  compareObject(ctx, site, before, after);
  if (before.items !== undefined || after.items !== undefined) {
    compareSchema(ctx, childSite(site, "[]"), before.items, after.items);
  }
  compareComposition(ctx, site, "allOf", before, after);
  compareComposition(ctx, site, "oneOf", before, after);
  compareComposition(ctx, site, "anyOf", before, after);
  compareDiscriminator(ctx, site, before, after);
  compareAccess(ctx, site, before, after);
  compareDefault(ctx, site, before, after);
  compareRest(ctx, before, after, HANDLED, target(site));
}

/**
 * `readOnly`/`writeOnly` decide whether a property exists for a direction; the parent object already
 * accounted for that (see compare-object.mjs). Only a component seen from both sides is affected.
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {SpecNode} before
 * @param {SpecNode} after
 */
function compareAccess(ctx, site, before, after) {
  for (const key of ACCESS_KEYS) {
    if ((before[key] === true) === (after[key] === true)) continue;
    const level = site.direction === "schema" ? "breaking" : "patch";
    record(
      ctx,
      level,
      "access-changed",
      `${key} ${after[key] === true ? "set" : "cleared"} at ${target(site)}`,
    );
  }
}

/**
 * A request default says what omitting a value means, so changing it changes behaviour for every
 * client that omits it. Documenting a default that was not written down before is only docs.
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {SpecNode} before
 * @param {SpecNode} after
 */
function compareDefault(ctx, site, before, after) {
  if (jsonEqual(before.default, after.default)) return;
  const detail = `${showValue(before.default ?? "(none)")} → ${showValue(after.default ?? "(none)")}`;
  const level = site.direction === "response" || before.default === undefined ? "patch" : "breaking";
  record(ctx, level, "default-changed", `${site.direction} default changed at ${target(site)}: ${detail}`);
}
