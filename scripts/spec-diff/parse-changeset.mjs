/**
 * Reads the releases a changeset file asks for from its front matter:
 *
 *     ---
 *     "@offerkit/trackofferz-core": minor
 *     ---
 *     Summary for the changelog.
 */
import { parse } from "yaml";
import { isBumpType } from "./levels.mjs";

/** @typedef {import("./levels.mjs").BumpType} BumpType */

/**
 * @typedef {object} Changeset
 * @property {string} file where it was read from, for messages
 * @property {{ name: string, type: BumpType }[]} releases
 */

const FRONT_MATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * @param {string} text the file's content
 * @param {string} file the file's name, for messages
 * @returns {Changeset}
 * @throws {Error} when the front matter is missing or names a bump that is not major/minor/patch
 */
export function parseChangeset(text, file) {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file}: no front matter (--- … ---) at the top`);
  const data = parse(match[1] ?? "") ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error(`${file}: front matter must map package names to major, minor or patch`);
  }
  const releases = Object.entries(data).map(([name, type]) => {
    if (!isBumpType(type))
      throw new Error(`${file}: "${name}" has bump "${type}"; expected major, minor or patch`);
    return { name, type };
  });
  return { file, releases };
}
