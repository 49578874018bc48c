#!/usr/bin/env node
// @ts-check
/**
 * `node attw-tarballs.mjs <tgz>...`: runs are-the-types-wrong's analysis on each tarball and prints
 * `{ "<tgz>": [problems] }` as JSON. The core library is the one @arethetypeswrong/cli (a root dev dependency)
 * depends on, so CLI and checks never disagree on a version. No DefinitelyTyped lookups: nothing leaves the machine.
 */
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./workspace-packages.mjs";

const fromCli = createRequire(
  realpathSync(join(repoRoot, "node_modules", "@arethetypeswrong", "cli", "package.json")),
);
/** @type {any} */
const core = await import(pathToFileURL(fromCli.resolve("@arethetypeswrong/core")).href);

/** @type {Record<string, unknown[]>} */
const result = {};
for (const tarball of process.argv.slice(2)) {
  const pkg = core.createPackageFromTarballData(new Uint8Array(readFileSync(tarball)));
  const analysis = await core.checkPackage(pkg);
  result[tarball] = analysis.types ? analysis.problems : [{ kind: "NoTypes" }];
}
process.stdout.write(JSON.stringify(result));
