/**
 * The spec-diff check as functions, for tests and other scripts. The CLI is cli.mjs.
 */
export { checkChangesets } from "./check-changesets.mjs";
export { classifySpecChange } from "./classify-spec-change.mjs";
export { diffSpecs } from "./diff-specs.mjs";
export { formatReport } from "./format-report.mjs";
export { bumpCovers, maxBump, maxChangeLevel } from "./levels.mjs";
export { parseChangeset } from "./parse-changeset.mjs";
export { readChangesets } from "./read-changesets.mjs";
export { apiOfSpecFile, packagesOfApi, requiredBumps } from "./required-bumps.mjs";
