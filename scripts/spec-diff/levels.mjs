/**
 * The two ordered scales the check works with: how much a spec changed, and how much a release bumps.
 * Kept apart on purpose: "breaking" is a property of a change, "major" is a property of a release,
 * and for 0.x packages the two do not line up (a breaking change ships as a minor bump).
 */

/** @typedef {"none" | "patch" | "minor" | "breaking"} ChangeLevel */
/** @typedef {"none" | "patch" | "minor" | "major"} BumpType */

/** Change levels, weakest first. @type {readonly ChangeLevel[]} */
export const CHANGE_LEVELS = ["none", "patch", "minor", "breaking"];

/** Bump types, weakest first. @type {readonly BumpType[]} */
export const BUMP_TYPES = ["none", "patch", "minor", "major"];

/**
 * The stronger of two change levels.
 * @param {ChangeLevel} a
 * @param {ChangeLevel} b
 * @returns {ChangeLevel}
 */
export function maxChangeLevel(a, b) {
  return CHANGE_LEVELS.indexOf(a) >= CHANGE_LEVELS.indexOf(b) ? a : b;
}

/**
 * The stronger of two bump types.
 * @param {BumpType} a
 * @param {BumpType} b
 * @returns {BumpType}
 */
export function maxBump(a, b) {
  return BUMP_TYPES.indexOf(a) >= BUMP_TYPES.indexOf(b) ? a : b;
}

/**
 * Whether releasing with `given` is at least as strong as `required`.
 * @param {BumpType} given
 * @param {BumpType} required
 */
export function bumpCovers(given, required) {
  return BUMP_TYPES.indexOf(given) >= BUMP_TYPES.indexOf(required);
}

/**
 * Narrows an arbitrary string to a bump type, for values read from changeset files.
 * @param {unknown} value
 * @returns {value is BumpType}
 */
export function isBumpType(value) {
  return typeof value === "string" && /** @type {readonly string[]} */ (BUMP_TYPES).includes(value);
}
