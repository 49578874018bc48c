/**
 * Finds the current version of every workspace package under `packages/`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * @param {string} root repository root
 * @returns {Record<string, string>} package name → version
 */
export function readWorkspaceVersions(root) {
  const packagesDir = join(root, "packages");
  /** @type {Record<string, string>} */
  const versions = {};
  if (!existsSync(packagesDir)) return versions;
  for (const folder of readdirSync(packagesDir)) {
    const manifest = join(packagesDir, folder, "package.json");
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, "utf8"));
    if (typeof name === "string" && typeof version === "string") versions[name] = version;
  }
  return versions;
}
