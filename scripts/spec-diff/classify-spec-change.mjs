/**
 * Classifies the difference between two versions of one OpenAPI 3.1 document.
 */
import { compareComponents } from "./compare-components.mjs";
import { comparePaths } from "./compare-paths.mjs";
import { compareRest } from "./compare-rest.mjs";
import { createDiffContext, record } from "./diff-context.mjs";
import { jsonEqual } from "./json-equal.mjs";
import { CHANGE_LEVELS, maxChangeLevel } from "./levels.mjs";
import { asNode } from "./resolve-ref.mjs";

/** @typedef {import("./levels.mjs").ChangeLevel} ChangeLevel */
/** @typedef {import("./diff-context.mjs").SpecChange} SpecChange */

/**
 * @typedef {object} SpecClassification
 * @property {ChangeLevel} level the strongest change found; `none` when the documents mean the same
 * @property {SpecChange[]} changes every reason, strongest first
 */

const HANDLED = new Set(["paths", "components", "security", "servers", "openapi", "info"]);

/**
 * Compares two parsed OpenAPI documents (old = base branch, new = working tree).
 * Levels: `breaking` can break an existing client, `minor` adds something, `patch` changes only
 * documentation, `none` means no difference at all (for example only key order or YAML style).
 * @param {unknown} oldDoc
 * @param {unknown} newDoc
 * @returns {SpecClassification}
 */
export function classifySpecChange(oldDoc, newDoc) {
  const before = asNode(oldDoc);
  const after = asNode(newDoc);
  const ctx = createDiffContext(before, after);
  comparePaths(ctx, before.paths, after.paths);
  // After paths, so the components step knows which components operations already covered.
  compareComponents(ctx, before.components, after.components);
  if (!jsonEqual(before.security, after.security)) {
    record(ctx, "breaking", "security-changed", "global security requirements changed");
  }
  if (!jsonEqual(before.servers, after.servers)) {
    // The SDK takes its base URL from its options; the spec's servers are documentation plus a default.
    record(ctx, "minor", "servers-changed", "servers changed");
  }
  if (before.openapi !== after.openapi) {
    record(
      ctx,
      "patch",
      "doc-changed",
      `openapi version field changed: ${before.openapi} → ${after.openapi}`,
    );
  }
  compareInfo(ctx, asNode(before.info), asNode(after.info));
  compareRest(ctx, before, after, HANDLED, "document root");
  const changes = [...ctx.changes].sort(
    (a, b) => CHANGE_LEVELS.indexOf(b.level) - CHANGE_LEVELS.indexOf(a.level),
  );
  /** @type {ChangeLevel} */
  const level = changes.reduce(
    (strongest, change) => maxChangeLevel(strongest, change.level),
    /** @type {ChangeLevel} */ ("none"),
  );
  return { level, changes };
}

/**
 * `info` (title, version, contact, …) only describes the document.
 * @param {import("./diff-context.mjs").DiffContext} ctx
 * @param {import("./resolve-ref.mjs").SpecNode} before
 * @param {import("./resolve-ref.mjs").SpecNode} after
 */
function compareInfo(ctx, before, after) {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!jsonEqual(before[key], after[key])) record(ctx, "patch", "doc-changed", `info.${key} changed`);
  }
}
