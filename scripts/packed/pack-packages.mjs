// @ts-check
/**
 * Packs the workspace packages exactly as `pnpm publish` would ship them: `pnpm pack` applies `files`,
 * `publishConfig` and rewrites `workspace:^` ranges to the real versions.
 */
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { readTarball } from "./read-tarball.mjs";
import { repoRoot } from "./workspace-packages.mjs";

const run = promisify(execFile);

/** The pnpm that ships with the repo (a root dev dependency), so no global install or corepack is needed. */
export const pnpmBin = join(repoRoot, "node_modules", ".bin", "pnpm");

/**
 * @typedef {object} PackedPackage
 * @property {import("./workspace-packages.mjs").WorkspacePackage} pkg
 * @property {string} tarball absolute path of the .tgz
 * @property {Map<string, Buffer>} files the tarball's files by path inside the package
 * @property {Record<string, any>} manifest the package.json inside the tarball (ranges already rewritten)
 */

/**
 * Packs every given package into `destination` with one pnpm process.
 * @param {import("./workspace-packages.mjs").WorkspacePackage[]} packages
 * @param {string} destination
 * @param {string} [root] the workspace root the packages belong to
 * @returns {Promise<PackedPackage[]>}
 */
export async function packPackages(packages, destination, root = repoRoot) {
  mkdirSync(destination, { recursive: true });
  const filters = packages.flatMap((pkg) => [
    "--filter",
    `./${relative(root, pkg.dir).split("\\").join("/")}`,
  ]);
  let stdout;
  try {
    ({ stdout } = await run(
      pnpmBin,
      ["-r", ...filters, "pack", "--pack-destination", destination, "--json"],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, npm_config_update_notifier: "false" },
      },
    ));
  } catch (error) {
    const e = /** @type {any} */ (error);
    const reason = /"message":\s*"([^"]*)"/.exec(e.stdout ?? "")?.[1] ?? `${e.stderr ?? ""}`.trim();
    throw new Error(`pnpm pack failed: ${reason || e.message}`);
  }
  if (!stdout.trim()) throw new Error(`pnpm pack packed nothing in ${root}`);
  /** @type {{ name: string, filename: string }[]} */
  const reports = [JSON.parse(stdout)].flat();
  return packages.map((pkg) => {
    const report = reports.find((r) => r.name === pkg.name);
    if (!report) throw new Error(`pnpm pack did not pack ${pkg.name}`);
    const files = readTarball(report.filename);
    const manifestBytes = files.get("package.json");
    if (!manifestBytes) throw new Error(`${report.filename} has no package.json`);
    return { pkg, tarball: report.filename, files, manifest: JSON.parse(manifestBytes.toString("utf8")) };
  });
}
