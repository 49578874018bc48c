// @ts-check
/**
 * Node binaries of the majors the packages promise to run on, for the "works on Node 20 and Node 24" checks: the
 * running Node when it is that major, otherwise the `node` package of the npm registry installed once into a cache
 * folder and reused by later runs (scripts/packed/npm-cache.mjs).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { installCached, npmCacheDir } from "./npm-cache.mjs";

const run = promisify(execFile);

/** Where the binaries of one major are cached. */
export const nodeCacheDir = (/** @type {number} */ major) => npmCacheDir(`node${major}`);

/**
 * The path and version of a Node binary of the given major, installing it on first use; `{ skip }` with the reason
 * when the registry cannot be reached, and any other install failure throws.
 * @param {number} major
 * @param {string} [cacheDir]
 * @returns {Promise<{ bin: string, version: string } | { skip: string }>}
 */
export async function ensureNode(major, cacheDir = nodeCacheDir(major)) {
  if (Number(process.versions.node.split(".")[0]) === major)
    return { bin: process.execPath, version: process.version };
  const bin = join("node_modules", "node", "bin", process.platform === "win32" ? "node.exe" : "node");
  const installed = await installCached(cacheDir, [`node@${major}`], bin);
  if ("skip" in installed) return installed;
  const { stdout } = await run(join(cacheDir, bin), ["--version"]);
  return { bin: join(cacheDir, bin), version: stdout.trim() };
}
