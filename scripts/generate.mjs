#!/usr/bin/env node
/**
 * The one code generator: every `specs/<api>.openapi.yaml` -> `packages/<api>-core/src/generated/schema.ts`
 * through openapi-typescript.
 *
 *   node scripts/generate.mjs                 regenerate every API
 *   node scripts/generate.mjs --only <api>    regenerate one API (what each core's `generate` script runs under turbo)
 *   node scripts/generate.mjs --check         fail when any generated file differs from what its spec produces
 *
 * `--check` generates each API on its own and compares byte for byte, so a stale second API is never missed
 * (openapi-typescript's own --check only looks at what one configuration produces).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const generatorVersion = require("openapi-typescript/package.json").version;

const args = process.argv.slice(2);
const check = args.includes("--check");
const onlyIndex = args.indexOf("--only");
const only = onlyIndex === -1 ? undefined : args[onlyIndex + 1];

const README = `# Generated code — do not edit

Everything in this folder is written by \`scripts/generate.mjs\` from the OpenAPI spec named in each file's first
line. Change the spec in \`specs/\` and run \`pnpm generate\`; \`pnpm check:generated\` fails while this folder and
the specs disagree.
`;

/** Every API with a spec, as `{ api, spec, outDir }`. */
export function listApis() {
  return readdirSync(join(root, "specs"))
    .filter((file) => file.endsWith(".openapi.yaml"))
    .sort()
    .map((file) => {
      const api = file.slice(0, -".openapi.yaml".length);
      return {
        api,
        spec: join(root, "specs", file),
        outDir: join(root, "packages", `${api}-core`, "src", "generated"),
      };
    });
}

/** The files one spec generates, as `{ [absolutePath]: contents }`. */
export async function render({ spec, outDir }) {
  const ast = await openapiTS(pathToFileURL(spec), { alphabetize: false, exportType: false });
  const specPath = relative(root, spec).split("\\").join("/");
  const header =
    `// Generated from ${specPath} by openapi-typescript ${generatorVersion}. DO NOT EDIT.\n` +
    "// Regenerate with `pnpm generate`; `pnpm check:generated` proves this file matches the spec.\n\n";
  return { [join(outDir, "schema.ts")]: header + astToString(ast), [join(outDir, "README.md")]: README };
}

async function main() {
  const apis = listApis().filter((entry) => only === undefined || entry.api === only);
  if (only !== undefined && apis.length === 0) throw new Error(`No spec specs/${only}.openapi.yaml`);
  const stale = [];
  for (const entry of apis) {
    if (!existsSync(dirname(entry.outDir))) {
      throw new Error(
        `specs/${entry.api}.openapi.yaml has no package: expected packages/${entry.api}-core/src`,
      );
    }
    const files = await render(entry);
    for (const [path, contents] of Object.entries(files)) {
      const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
      if (check) {
        if (current !== contents) stale.push(relative(root, path));
      } else if (current !== contents) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, contents);
        console.log(`generated ${relative(root, path)}`);
      }
    }
    if (check) {
      const extra = existsSync(entry.outDir)
        ? readdirSync(entry.outDir).filter((f) => !Object.keys(files).some((p) => p.endsWith(`/${f}`)))
        : [];
      for (const f of extra)
        stale.push(`${relative(root, join(entry.outDir, f))} (not produced by the generator)`);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(
        `Generated code is out of date with the specs:\n  ${stale.join("\n  ")}\nRun \`pnpm generate\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`check:generated: ${apis.map((a) => a.api).join(", ")} match their specs`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
