// @ts-check
/**
 * Tools the checks need but the repo does not depend on (other Node majors, Deno, Bun, the edge-runtime VM),
 * installed from the npm registry once into a cache folder inside the repo's node_modules and reused by later runs.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./workspace-packages.mjs";

const run = promisify(execFile);

/** The cache folder of one tool: inside the repo's node_modules, so a clean clone starts fresh. */
export const npmCacheDir = (/** @type {string} */ name) =>
  join(repoRoot, "node_modules", ".cache", `offerkit-${name}`);

/**
 * Installs `specs` (`"deno@2"`, `"node@22"`…) into `dir` unless a finished install is there: `installed` (a file
 * the install creates, e.g. the binary) and the marker written once npm succeeded, so an interrupted install is
 * redone rather than trusted. Resolves to `{ skip }` with the reason when the registry cannot be reached or is too
 * slow to finish in time, so a check reports that instead of failing for a reason that has nothing to do with the
 * packages; any other install failure throws. A failed install leaves no folder behind.
 * @param {string} dir
 * @param {string[]} specs
 * @param {string} installed path inside `dir`
 * @returns {Promise<{ dir: string } | { skip: string }>}
 */
export async function installCached(dir, specs, installed) {
  const marker = join(dir, ".offerkit-installed");
  if (existsSync(join(dir, installed)) && existsSync(marker)) return { dir };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
  try {
    await run(
      "npm",
      ["install", ...specs, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
      {
        cwd: dir,
        timeout: 240_000,
        shell: process.platform === "win32",
      },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const failure = /** @type {any} */ (error);
    // Killed at the time limit: a registry too slow to reach, not a problem with the packages.
    if (failure.killed)
      return { skip: `npm install ${specs.join(" ")} did not finish within 240 s (slow registry)` };
    const reason = String(failure.stderr || error).trim();
    // Only an unreachable registry is a reason to skip; any other failure is a real problem to show.
    if (!/ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|network|offline/i.test(reason))
      throw error;
    return {
      skip: `npm registry unreachable, cannot install ${specs.join(" ")}: ${reason.split("\n").slice(-2).join(" ")}`,
    };
  }
  if (!existsSync(join(dir, installed)))
    throw new Error(`npm install ${specs.join(" ")} in ${dir} succeeded but left no ${installed}`);
  writeFileSync(marker, `${specs.join(" ")}\n`);
  return { dir };
}
