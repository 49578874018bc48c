// @ts-check
/**
 * A fresh npm project outside the workspace with the packed tarballs installed, the way a user's project gets
 * them from npm: no workspace links, no hoisted dev dependencies, only what the tarballs declare.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Creates the project and installs the tarballs with npm (`--prefer-offline`: the npm cache answers when it can,
 * the registry only for what the cache lacks, such as openapi-fetch on a fresh machine).
 * @param {string[]} tarballs absolute paths
 * @returns {Promise<{ dir: string, remove: () => void }>}
 */
export async function createConsumerProject(tarballs) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "offerkit-consumer-")));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "offerkit-consumer", version: "1.0.0", private: true }, null, 2)}\n`,
  );
  await run(
    "npm",
    [
      "install",
      ...tarballs,
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--loglevel=error",
    ],
    { cwd: dir, timeout: 240_000, shell: process.platform === "win32", env: npmEnv() },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The environment for npm: the caller's, minus the workspace settings pnpm exports to scripts it runs. */
function npmEnv() {
  /** @type {Record<string, string | undefined>} */
  const env = { ...process.env, npm_config_update_notifier: "false" };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(workspace|filter|recursive|dir|prefix|global|link|package_import_method)/i.test(key))
      delete env[key];
  }
  return env;
}
