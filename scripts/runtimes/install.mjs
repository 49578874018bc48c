// @ts-check
/**
 * The non-Node runtimes the packages promise to run on, each installed from the npm registry once into its cache
 * folder (scripts/packed/npm-cache.mjs): Deno and Bun as binaries (the npm packages bring the platform's build as
 * an optional dependency), Vercel's edge-runtime VM as a module to import.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { installCached, npmCacheDir } from "../packed/npm-cache.mjs";

const run = promisify(execFile);

/** @typedef {{ skip: string }} Skip */

/**
 * A runtime binary from the npm package of the same name, and the first line of its `--version`.
 * @param {"deno" | "bun"} name
 * @param {number} major
 * @returns {Promise<{ bin: string, version: string } | Skip>}
 */
async function ensureBinary(name, major) {
  const bin = join("node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
  const installed = await installCached(npmCacheDir(`${name}${major}`), [`${name}@${major}`], bin);
  if ("skip" in installed) return installed;
  const path = join(installed.dir, bin);
  const windows = process.platform === "win32"; // .cmd shims need a shell there, and quoted paths
  const { stdout } = await run(windows ? `"${path}"` : path, ["--version"], { shell: windows });
  return {
    bin: path,
    version: `${name} ${stdout
      .split("\n")[0]
      ?.replace(/^deno /, "")
      .trim()}`,
  };
}

/** Deno 2. */
export const ensureDeno = () => ensureBinary("deno", 2);

/** Bun 1. */
export const ensureBun = () => ensureBinary("bun", 1);

/**
 * The `EdgeVM` class of `@edge-runtime/vm` 5 and its version.
 * @returns {Promise<{ EdgeVM: any, version: string } | Skip>}
 */
export async function ensureEdgeRuntime() {
  const pkg = join("node_modules", "@edge-runtime", "vm", "package.json");
  const installed = await installCached(npmCacheDir("edge-runtime5"), ["@edge-runtime/vm@5"], pkg);
  if ("skip" in installed) return installed;
  // A CommonJS package: required from its cache folder, as a project that depends on it would.
  // The name is a variable so the type checker does not look for a package the repo does not depend on.
  const require = createRequire(join(installed.dir, "package.json"));
  const name = "@edge-runtime/vm";
  const { EdgeVM } = require(name);
  const { version } = require(`${name}/package.json`);
  return { EdgeVM, version: `@edge-runtime/vm ${version}` };
}
