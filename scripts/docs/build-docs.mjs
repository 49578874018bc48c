#!/usr/bin/env node
// @ts-check
/**
 * `pnpm run docs`: the API reference of every package as one HTML site in docs/api (plus docs/api/api.json).
 *
 *   node scripts/docs/build-docs.mjs [--out <dir>] [--strict]
 *
 * Each package is converted on its own (its tsconfig, its entry points — "." -> src/index.ts, "./x" -> src/x.ts,
 * read from its `exports` so a new package or subpath is picked up), each entry module named after its import
 * specifier (`@offerkit/trackofferz/testing`), then the packages are merged into one site. Shared options live in
 * the root typedoc.json. TypeDoc's warnings (a broken `{@link}`, a type used in a public signature that is not
 * exported, a README link to a missing file) are printed and counted; they fail the build with `--strict`, and the
 * docs tests (scripts/test/packed-docs.test.ts) fail on them, so the reference cannot rot quietly.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { Application, OptionDefaults, ReflectionKind } from "typedoc";
import { listPackages, repoRoot, sourceOf, specifierOf } from "../packed/workspace-packages.mjs";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = outIndex === -1 ? join(repoRoot, "docs", "api") : resolve(args[outIndex + 1] ?? "");
const shared = {
  ...JSON.parse(readFileSync(join(repoRoot, "typedoc.json"), "utf8")),
  // openapi-typescript writes the spec's texts as @description (and enums' single values as @constant) in the
  // generated schemas: known tags, not typos.
  blockTags: [...OptionDefaults.blockTags, "@description", "@constant"],
};
delete shared.$schema;

// Inside the repo (node_modules/.cache), so the scratch tsconfigs find the repo's @types like the real ones do.
const cache = join(repoRoot, "node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const scratch = mkdtempSync(join(cache, "offerkit-docs-"));
let errors = 0;
let warnings = 0;
try {
  const jsonFiles = [];
  for (const pkg of listPackages()) {
    const readme = join(pkg.dir, "README.md");
    const app = await Application.bootstrap({
      ...shared,
      name: pkg.name,
      entryPoints: pkg.entries.map((entry) => sourceOf(pkg, entry)),
      tsconfig: sourcesOnlyTsconfig(pkg.dir),
      readme: existsSync(readme) ? readme : "none",
    });
    const project = await app.convert();
    if (!project) throw new Error(`TypeDoc could not convert ${pkg.name}`);
    nameModulesBySpecifier(project, pkg);
    app.validate(project);
    errors += app.logger.errorCount;
    warnings += app.logger.warningCount;
    const json = join(scratch, `${pkg.folder}.json`);
    await app.generateJson(project, json);
    jsonFiles.push(json);
  }
  mkdirSync(out, { recursive: true });
  const site = await Application.bootstrap({
    ...shared,
    name: "offerkit",
    entryPointStrategy: "merge",
    entryPoints: jsonFiles,
    readme: join(repoRoot, "README.md"),
  });
  const project = await site.convert();
  if (!project) throw new Error("TypeDoc could not merge the packages");
  await site.generateDocs(project, out);
  await site.generateJson(project, join(out, "api.json"));
  errors += site.logger.errorCount;
  warnings += site.logger.warningCount;
  console.log(`API reference: ${relative(process.cwd(), join(out, "index.html")) || "index.html"}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (errors + warnings > 0)
  console.error(`docs: TypeDoc reported ${errors} error(s) and ${warnings} warning(s) above`);
if (errors > 0 || (warnings > 0 && args.includes("--strict"))) process.exitCode = 1;

/**
 * A tsconfig in the scratch folder that is the package's own minus its tests: the reference documents `src/`, and
 * a test that does not compile yet must not stop the docs (`pnpm typecheck` is where tests are checked).
 * @param {string} packageDir
 */
function sourcesOnlyTsconfig(packageDir) {
  const file = join(scratch, `tsconfig.${packageDir.split(/[\\/]/).pop()}.json`);
  const config = { extends: join(packageDir, "tsconfig.json"), include: [join(packageDir, "src")] };
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/**
 * Names each entry module after the specifier users import (`@offerkit/x/testing`) instead of its file name.
 * @param {import("typedoc").ProjectReflection} project
 * @param {import("../packed/workspace-packages.mjs").WorkspacePackage} pkg
 */
function nameModulesBySpecifier(project, pkg) {
  if (pkg.entries.length < 2) return; // a single entry is the project itself, already named after the package
  for (const child of project.children ?? []) {
    if (child.kindOf(ReflectionKind.Module)) {
      const entry = child.name === "index" ? "." : `./${child.name}`;
      if (pkg.entries.includes(entry)) child.name = specifierOf(pkg.name, entry);
    }
  }
}
