/**
 * Which release each package needs for a spec change.
 *
 * `specs/<api>.openapi.yaml` generates the types of `@offerkit/<api>-core`; the wrapper
 * `@offerkit/<api>` re-exposes those types, so it moves whenever they change.
 *
 * Before 1.0 the semver-0 convention applies (and is what `^0.y.z` ranges in npm implement): the
 * minor digit is the breaking digit, and the patch digit carries features and fixes alike.
 *
 * | spec change | core ≥ 1.0 | core 0.x | wrapper ≥ 1.0 | wrapper 0.x |
 * | ----------- | ---------- | -------- | ------------- | ----------- |
 * | breaking    | major      | minor    | major         | minor       |
 * | minor       | minor      | patch    | patch         | patch       |
 * | patch       | patch      | patch    | —             | —           |
 * | none        | —          | —        | —             | —           |
 */

/** @typedef {import("./levels.mjs").BumpType} BumpType */
/** @typedef {import("./levels.mjs").ChangeLevel} ChangeLevel */

/**
 * @typedef {object} PackageRequirement
 * @property {string} name
 * @property {string | undefined} version current version in the workspace, if the package exists
 * @property {BumpType} required
 * @property {string} because
 */

/**
 * `specs/trackofferz.openapi.yaml` → `trackofferz`.
 * @param {string} file
 */
export function apiOfSpecFile(file) {
  return (file.split("/").at(-1) ?? file).replace(/\.openapi\.ya?ml$/, "");
}

/**
 * @param {string} api
 * @returns {{ core: string, wrapper: string }}
 */
export function packagesOfApi(api) {
  return { core: `@offerkit/${api}-core`, wrapper: `@offerkit/${api}` };
}

/**
 * Whether a version is in the 0.x range. A package that does not exist yet will start there.
 * @param {string | undefined} version
 */
export function isPreOne(version) {
  return version === undefined || /^0\./.test(version);
}

/**
 * @param {string} api
 * @param {ChangeLevel} level how the spec changed
 * @param {Record<string, string>} versions current versions by package name
 * @returns {PackageRequirement[]}
 */
export function requiredBumps(api, level, versions) {
  const { core, wrapper } = packagesOfApi(api);
  const coreVersion = versions[core];
  const wrapperVersion = versions[wrapper];
  return [
    {
      name: core,
      version: coreVersion,
      required: coreBump(level, isPreOne(coreVersion)),
      because: `${level} change to specs/${api}.openapi.yaml`,
    },
    {
      name: wrapper,
      version: wrapperVersion,
      required: wrapperBump(level, isPreOne(wrapperVersion)),
      because:
        level === "breaking" || level === "minor"
          ? `re-exports ${core} types, which a ${level} spec change alters`
          : `${core} types unchanged by a ${level} spec change`,
    },
  ];
}

/**
 * @param {ChangeLevel} level
 * @param {boolean} preOne
 * @returns {BumpType}
 */
function coreBump(level, preOne) {
  if (level === "breaking") return preOne ? "minor" : "major";
  if (level === "minor") return preOne ? "patch" : "minor";
  return level === "patch" ? "patch" : "none";
}

/**
 * @param {ChangeLevel} level
 * @param {boolean} preOne
 * @returns {BumpType}
 */
function wrapperBump(level, preOne) {
  if (level === "breaking") return preOne ? "minor" : "major";
  return level === "minor" ? "patch" : "none";
}
