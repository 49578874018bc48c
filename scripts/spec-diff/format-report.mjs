/**
 * Renders the check's result for a terminal.
 */

/** @typedef {import("./diff-specs.mjs").SpecDiff} SpecDiff */
/** @typedef {import("./check-changesets.mjs").ChangesetCheck} ChangesetCheck */
/** @typedef {import("./git.mjs").BaseRevision} BaseRevision */

/**
 * @typedef {object} Report
 * @property {BaseRevision} base
 * @property {SpecDiff[]} specs
 * @property {ChangesetCheck} check
 */

/**
 * @param {Report} report
 * @returns {string}
 */
export function formatReport({ base, specs, check }) {
  const how = base.mergeBase ? "merge-base" : "commit";
  const lines = [
    `spec-diff: comparing specs/*.openapi.yaml with ${base.ref} (${how} ${base.rev.slice(0, 12)})`,
    "",
  ];
  for (const spec of specs) {
    lines.push(`${spec.file}: ${spec.status === "unchanged" ? "unchanged" : spec.level}`);
    for (const change of spec.changes) lines.push(`  ${change.level}: ${change.message}`);
  }
  if (specs.length === 0) lines.push("no specs found");
  lines.push("");
  if (check.packages.length === 0) {
    lines.push("No spec changes need a release.");
    return lines.join("\n");
  }
  lines.push("Required bumps:");
  for (const pkg of check.packages) {
    const mark = pkg.ok ? "ok   " : "SHORT";
    const version = pkg.version ?? "(not in workspace)";
    const from = pkg.givenBy.length > 0 ? ` (${pkg.givenBy.join(", ")})` : "";
    lines.push(
      `  ${mark} ${pkg.name}@${version}: needs ${pkg.required}, changesets give ${pkg.given}${from}`,
    );
    for (const reason of pkg.because) lines.push(`          ${reason}`);
  }
  for (const warning of check.warnings) lines.push(`warning: ${warning}`);
  lines.push("");
  const short = check.packages.filter((pkg) => !pkg.ok);
  if (short.length === 0) {
    lines.push("OK: pending changesets cover every spec change.");
  } else {
    lines.push(
      `FAIL: ${short.length} package(s) need a bigger changeset. Run \`pnpm changeset\` and choose at least the bump shown`,
      "(before 1.0: breaking → minor, additions and docs → patch; from 1.0: breaking → major, additions → minor).",
    );
  }
  return lines.join("\n");
}
