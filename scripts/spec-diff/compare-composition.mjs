/**
 * Compares `oneOf` / `anyOf` (and `allOf` that could not be flattened) conservatively: identical
 * branches are fine, a branch that points at the same component is compared inside, and anything
 * else counts as breaking — with one exception: a new `anyOf` branch in a request only accepts more.
 * A new `oneOf` branch does not, because a value that matched one branch may now match two, which
 * `oneOf` rejects.
 */
import { compareSchema } from "./compare-schema.mjs";
import { record } from "./diff-context.mjs";
import { jsonEqual } from "./json-equal.mjs";
import { pointerName } from "./resolve-ref.mjs";
import { childSite, target } from "./schema-site.mjs";
import { stripSchemaDocs } from "./strip-schema-docs.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./schema-site.mjs").SchemaSite} SchemaSite */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

/** Schema keys this comparison accounts for. */
export const COMPOSITION_KEYS = ["oneOf", "anyOf", "allOf", "discriminator"];

/** @param {unknown} branch */
function refOf(branch) {
  const ref = /** @type {SpecNode} */ (branch)?.$ref;
  return typeof ref === "string" ? ref : undefined;
}

/**
 * @param {unknown} branch
 * @param {number} index
 */
function branchName(branch, index) {
  const ref = refOf(branch);
  return ref ? pointerName(ref) : `#${index}`;
}

/**
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {"oneOf" | "anyOf" | "allOf"} key
 * @param {SpecNode} before
 * @param {SpecNode} after
 */
export function compareComposition(ctx, site, key, before, after) {
  const oldBranches = Array.isArray(before[key]) ? before[key] : undefined;
  const newBranches = Array.isArray(after[key]) ? after[key] : undefined;
  const dir = site.direction;
  const where = target(site);
  if (!oldBranches && !newBranches) return;
  if (!oldBranches || !newBranches) {
    const verb = oldBranches ? "removed" : "introduced";
    record(ctx, "breaking", "composition-changed", `${dir} ${key} ${verb} at ${where}`);
    return;
  }
  const unmatched = new Set(newBranches.keys());
  /** @param {(candidate: unknown) => boolean} test */
  const take = (test) => {
    const index = [...unmatched].find((i) => test(newBranches[i]));
    if (index !== undefined) unmatched.delete(index);
    return index;
  };
  oldBranches.forEach((oldBranch, oldIndex) => {
    const ref = refOf(oldBranch);
    const index = ref
      ? take((candidate) => refOf(candidate) === ref)
      : take((candidate) => jsonEqual(stripSchemaDocs(candidate), stripSchemaDocs(oldBranch)));
    if (index === undefined) {
      const name = branchName(oldBranch, oldIndex);
      record(
        ctx,
        "breaking",
        "composition-branch-removed",
        `${dir} ${key} branch ${name} removed at ${where}`,
      );
      return;
    }
    compareSchema(
      ctx,
      childSite(site, `<${key} ${branchName(oldBranch, oldIndex)}>`),
      oldBranch,
      newBranches[index],
    );
  });
  for (const index of unmatched) {
    const level = key === "anyOf" && dir === "request" ? "minor" : "breaking";
    const name = branchName(newBranches[index], index);
    record(ctx, level, "composition-branch-added", `${dir} ${key} branch ${name} added at ${where}`);
  }
}

/**
 * A changed discriminator (property name or mapping) changes how every payload is interpreted.
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {SpecNode} before
 * @param {SpecNode} after
 */
export function compareDiscriminator(ctx, site, before, after) {
  if (jsonEqual(before.discriminator, after.discriminator)) return;
  record(
    ctx,
    "breaking",
    "discriminator-changed",
    `${site.direction} discriminator changed at ${target(site)}`,
  );
}
