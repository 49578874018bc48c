/**
 * Loads the pending changesets from a `.changeset` folder.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseChangeset } from "./parse-changeset.mjs";

/** @typedef {import("./parse-changeset.mjs").Changeset} Changeset */

/**
 * Every `*.md` in `dir` except README.md, in file-name order. A missing folder means no changesets.
 * @param {string} dir absolute path of the `.changeset` folder
 * @param {string} [displayDir] how the folder is named in messages
 * @returns {Changeset[]}
 */
export function readChangesets(dir, displayDir = ".changeset") {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => parseChangeset(readFileSync(join(dir, name), "utf8"), `${displayDir}/${name}`));
}
