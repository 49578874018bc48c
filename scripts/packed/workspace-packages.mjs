// @ts-check
/**
 * The publishable packages of the workspace, read from `packages/*` on every call so a package that lands later is
 * covered without touching the checks.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Subpath entries that may use Node built-ins (fakes, Node adapters). Every other entry is a "main" entry and must
 * run in browsers and edge runtimes on fetch and Web Streams alone.
 */
export const nodeOnlyEntries = new Set(["./testing", "./node"]);

/**
 * @typedef {object} WorkspacePackage
 * @property {string} dir absolute package folder
 * @property {string} folder folder name under `packages/`
 * @property {string} name npm name
 * @property {string} version
 * @property {Record<string, any>} manifest the package.json as written in the repo
 * @property {string[]} entries public subpaths from `exports` (".", "./testing", ...), without "./package.json"
 * @property {string[]} mainEntries the entries that must not need Node built-ins
 */

/**
 * Every non-private package under `packages/` that has a package.json, sorted by folder name.
 * @param {string} [root]
 * @returns {WorkspacePackage[]}
 */
export function listPackages(root = repoRoot) {
  const base = join(root, "packages");
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, "package.json")))
    .map((d) => d.name)
    .sort()
    .map((folder) => {
      const dir = join(base, folder);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const entries = listEntries(manifest);
      return {
        dir,
        folder,
        name: manifest.name,
        version: manifest.version,
        manifest,
        entries,
        mainEntries: entries.filter((e) => !nodeOnlyEntries.has(e)),
      };
    })
    .filter((pkg) => pkg.manifest.private !== true);
}

/**
 * The public subpaths a manifest exports. A package without `exports` has one entry, ".".
 * @param {Record<string, any>} manifest
 * @returns {string[]}
 */
export function listEntries(manifest) {
  const exp = manifest.exports;
  if (!exp || typeof exp !== "object" || Array.isArray(exp)) return ["."];
  const keys = Object.keys(exp);
  if (!keys.every((k) => k.startsWith("."))) return ["."]; // conditions only: one entry
  return keys.filter((k) => k !== "./package.json" && !k.includes("*")).sort();
}

/**
 * The import specifier of an entry: `("@offerkit/x", "./testing")` -> `"@offerkit/x/testing"`.
 * @param {string} name
 * @param {string} entry
 */
export function specifierOf(name, entry) {
  return entry === "." ? name : `${name}/${entry.slice(2)}`;
}

/**
 * The source file of an entry by the repo's convention (the one vitest's aliases use too): "." -> src/index.ts,
 * "./x" -> src/x.ts, or src/x/index.ts when the entry is a folder.
 * @param {WorkspacePackage} pkg
 * @param {string} entry
 */
export function sourceOf(pkg, entry) {
  if (entry === ".") return join(pkg.dir, "src", "index.ts");
  const file = join(pkg.dir, "src", `${entry.slice(2)}.ts`);
  const folder = join(pkg.dir, "src", entry.slice(2), "index.ts");
  return existsSync(file) || !existsSync(folder) ? file : folder;
}

/**
 * Packages with a file named in `exports` missing on disk: their build has not run (or failed). The packed checks
 * read the built output, so they stop early with "run `pnpm build` first" instead of failing on a half-empty tarball.
 * @param {WorkspacePackage[]} packages
 * @returns {{ name: string, missing: string[] }[]}
 */
export function unbuiltPackages(packages) {
  return packages
    .map((pkg) => ({
      name: pkg.name,
      missing: exportTargets(pkg.manifest.exports).filter((file) => !existsSync(join(pkg.dir, file))),
    }))
    .filter((p) => p.missing.length > 0);
}

/**
 * Every file path an `exports` map points at.
 * @param {unknown} exp
 * @returns {string[]}
 */
function exportTargets(exp) {
  if (typeof exp === "string") return exp.includes("*") ? [] : [exp];
  if (!exp || typeof exp !== "object") return [];
  return [...new Set(Object.values(exp).flatMap(exportTargets))];
}
