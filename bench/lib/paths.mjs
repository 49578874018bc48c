import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** The monorepo root. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Scratch space for generated inputs (gitignored): the raw-log zips live here between runs. */
export const tmpDir = fileURLToPath(new URL("../.tmp/", import.meta.url));

/** The built (dist) ESM entry of a workspace package, as a user would import it. */
export function distEntry(pkg, entry = "index") {
  return `${root}packages/${pkg}/dist/${entry}.js`;
}

/** A `require` rooted in a workspace package, to reach its own dependencies (pnpm keeps them private). */
export function requireFrom(pkgDir) {
  return createRequire(`${root}${pkgDir}/package.json`);
}

/**
 * esbuild, as the root's tsup already depends on it: the bench measures bundles with the exact esbuild the
 * packages are built with, without adding a root dependency.
 */
export function loadEsbuild() {
  const fromTsup = createRequire(createRequire(`${root}package.json`).resolve("tsup"));
  return fromTsup("esbuild");
}
