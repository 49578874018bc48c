/**
 * Compares every spec in the working tree with its version at the base revision.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { classifySpecChange } from "./classify-spec-change.mjs";
import { listSpecsAt, showFile } from "./git.mjs";
import { apiOfSpecFile } from "./required-bumps.mjs";

/** @typedef {import("./levels.mjs").ChangeLevel} ChangeLevel */
/** @typedef {import("./diff-context.mjs").SpecChange} SpecChange */

/**
 * @typedef {object} SpecDiff
 * @property {string} file e.g. `specs/trackofferz.openapi.yaml`
 * @property {string} api e.g. `trackofferz`
 * @property {"added" | "removed" | "modified" | "unchanged"} status
 * @property {ChangeLevel} level
 * @property {SpecChange[]} changes
 */

/**
 * @param {string} root repository root
 * @param {string} rev base commit
 * @returns {SpecDiff[]}
 */
export function diffSpecs(root, rev) {
  const specsDir = join(root, "specs");
  const current = existsSync(specsDir)
    ? readdirSync(specsDir)
        .filter((name) => name.endsWith(".openapi.yaml"))
        .map((name) => `specs/${name}`)
    : [];
  const onBase = listSpecsAt(root, rev);
  const files = [...new Set([...current, ...onBase])].sort();
  return files.map((file) => {
    const api = apiOfSpecFile(file);
    if (!onBase.includes(file)) {
      const message = `new spec ${file} (not on base)`;
      return {
        file,
        api,
        status: "added",
        level: "minor",
        changes: [{ level: "minor", kind: "spec-added", message }],
      };
    }
    const oldText = showFile(root, rev, file);
    if (!current.includes(file)) {
      const message = `removed spec ${file}`;
      return {
        file,
        api,
        status: "removed",
        level: "breaking",
        changes: [{ level: "breaking", kind: "spec-removed", message }],
      };
    }
    const newText = readFileSync(join(root, file), "utf8");
    if (oldText === newText) return { file, api, status: "unchanged", level: "none", changes: [] };
    const { level, changes } = classifySpecChange(
      parseSpec(oldText, `${file} at base`),
      parseSpec(newText, file),
    );
    return { file, api, status: "modified", level, changes };
  });
}

/**
 * @param {string} text
 * @param {string} label
 */
function parseSpec(text, label) {
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`${label} is not valid YAML: ${/** @type {Error} */ (error).message}`, { cause: error });
  }
}
