/**
 * Decides whether the pending changesets release every package a spec change affects by enough.
 */
import { bumpCovers, maxBump } from "./levels.mjs";
import { isPreOne, requiredBumps } from "./required-bumps.mjs";

/** @typedef {import("./levels.mjs").BumpType} BumpType */
/** @typedef {import("./levels.mjs").ChangeLevel} ChangeLevel */
/** @typedef {import("./parse-changeset.mjs").Changeset} Changeset */

/**
 * @typedef {object} PackageCheck
 * @property {string} name
 * @property {string | undefined} version
 * @property {BumpType} required strongest bump any spec change asks for
 * @property {BumpType} given strongest bump the changesets give
 * @property {boolean} ok
 * @property {string[]} because why the bump is required
 * @property {string[]} givenBy changeset files that release the package
 */

/**
 * @typedef {object} ChangesetCheck
 * @property {boolean} ok
 * @property {PackageCheck[]} packages every package a changed spec affects
 * @property {string[]} warnings things that pass but look unintended
 */

/**
 * @param {object} input
 * @param {{ api: string, level: ChangeLevel }[]} input.specs how each spec changed
 * @param {Record<string, string>} input.versions current package versions by name
 * @param {Changeset[]} input.changesets pending changesets
 * @returns {ChangesetCheck}
 */
export function checkChangesets({ specs, versions, changesets }) {
  /** @type {Map<string, PackageCheck>} */
  const packages = new Map();
  for (const spec of specs) {
    if (spec.level === "none") continue;
    for (const requirement of requiredBumps(spec.api, spec.level, versions)) {
      const entry = packages.get(requirement.name) ?? {
        name: requirement.name,
        version: requirement.version,
        required: /** @type {BumpType} */ ("none"),
        given: /** @type {BumpType} */ ("none"),
        ok: true,
        because: [],
        givenBy: [],
      };
      entry.required = maxBump(entry.required, requirement.required);
      entry.because.push(requirement.because);
      packages.set(requirement.name, entry);
    }
  }
  /** @type {string[]} */
  const warnings = [];
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      const entry = packages.get(release.name);
      if (entry) {
        entry.given = maxBump(entry.given, release.type);
        entry.givenBy.push(changeset.file);
      }
      if (release.type === "major" && versions[release.name] && isPreOne(versions[release.name])) {
        warnings.push(
          `${changeset.file}: "major" on ${release.name}@${versions[release.name]} releases 1.0.0; before 1.0 a breaking change needs only "minor"`,
        );
      }
    }
  }
  for (const entry of packages.values()) {
    entry.ok = bumpCovers(entry.given, entry.required);
    if (entry.version === undefined && entry.required !== "none") {
      warnings.push(`${entry.name} is not a workspace package (packages/*/package.json); assumed to be 0.x`);
    }
  }
  const list = [...packages.values()];
  return { ok: list.every((entry) => entry.ok), packages: list, warnings };
}
