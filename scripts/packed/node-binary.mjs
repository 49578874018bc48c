// @ts-check
/**
 * Node binaries of the majors the packages promise to run on, for the "works on Node 20 and Node 24" checks: the
 * running Node when it is that major, otherwise the `node` package of the npm registry installed once into a cache
 * folder and reused by later runs.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./workspace-packages.mjs";

const run = promisify(execFile);

/** Where installed binaries are cached: inside the repo's node_modules, so a clean clone starts fresh. */
export const nodeCacheDir = (/** @type {number} */ major) =>
  join(repoRoot, "node_modules", ".cache", `offerkit-node${major}`);

/**
 * The path and version of a Node binary of the given major, installing it on first use. Resolves to `{ skip }` with
 * the reason when the registry cannot be reached, so the check reports that instead of failing for a reason that
 * has nothing to do with the packages; any other install failure throws.
 * @param {number} major
 * @param {string} [cacheDir]
 * @returns {Promise<{ bin: string, version: string } | { skip: string }>}
 */
export async function ensureNode(major, cacheDir = nodeCacheDir(major)) {
  if (Number(process.versions.node.split(".")[0]) === major)
    return { bin: process.execPath, version: process.version };
  const bin = join(
    cacheDir,
    "node_modules",
    "node",
    "bin",
    process.platform === "win32" ? "node.exe" : "node",
  );
  if (!existsSync(bin)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, "package.json"), '{ "private": true }\n');
    try {
      await run(
        "npm",
        ["install", `node@${major}`, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
        { cwd: cacheDir, timeout: 240_000, shell: process.platform === "win32" },
      );
    } catch (error) {
      const reason = String(/** @type {any} */ (error).stderr || error).trim();
      // Only an unreachable registry is a reason to skip; any other failure is a real problem to show.
      if (!/ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|network|offline/i.test(reason))
        throw error;
      return {
        skip: `npm registry unreachable, cannot install node@${major}: ${reason.split("\n").slice(-2).join(" ")}`,
      };
    }
  }
  const { stdout } = await run(bin, ["--version"]);
  return { bin, version: stdout.trim() };
}
