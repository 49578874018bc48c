#!/usr/bin/env node
/**
 * spec-diff: fails when a spec change is not covered by a big enough pending changeset.
 *
 *     node scripts/spec-diff/cli.mjs [--base <rev>] [--json]
 *
 * Exit codes: 0 covered (or nothing to release), 1 a changeset is missing or too small,
 * 2 the check could not run (no base branch, unreadable spec or changeset, bad arguments).
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkChangesets } from "./check-changesets.mjs";
import { diffSpecs } from "./diff-specs.mjs";
import { formatReport } from "./format-report.mjs";
import { repoRoot, resolveBase } from "./git.mjs";
import { readChangesets } from "./read-changesets.mjs";
import { readWorkspaceVersions } from "./read-workspace-versions.mjs";

const USAGE = `usage: node scripts/spec-diff/cli.mjs [--base <rev>] [--json]

Compares every specs/*.openapi.yaml with its version on the base branch (default: origin/main,
else main; compared at the merge-base with HEAD), classifies each change as breaking, minor or
patch, and checks that the pending .changeset/*.md files bump the affected packages enough.

  --base <rev>  base branch or commit to compare against
  --json        print the result as JSON instead of text`;

function main() {
  const { values } = parseArgs({
    options: {
      base: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = repoRoot(process.cwd());
  const base = resolveBase(root, values.base);
  const specs = diffSpecs(root, base.rev);
  const check = checkChangesets({
    specs,
    versions: readWorkspaceVersions(root),
    changesets: readChangesets(join(root, ".changeset")),
  });
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ ok: check.ok, base, specs, packages: check.packages, warnings: check.warnings }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${formatReport({ base, specs, check })}\n`);
  }
  return check.ok ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`spec-diff: ${/** @type {Error} */ (error).message}\n`);
  process.exitCode = 2;
}
