import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** The monorepo root. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Scratch space for generated inputs (gitignored): the raw-log zips live here between runs. */
export const tmpDir = fileURLToPath(new URL("../.tmp/", import.meta.url));

/**
 * Where the measured packages live: `packages/`, or the snapshot a run takes of their builds (see
 * `snapshot.mjs`), handed to every child process through the environment.
 */
export function packagesDir() {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by bench/run.mjs for its own children, not a turbo input
  return process.env.OFFERKIT_BENCH_PACKAGES ?? `${root}packages/`;
}

/** The built (dist) ESM entry of a workspace package, as a user would import it. */
export function distEntry(pkg, entry = "index") {
  return `${packagesDir()}${pkg}/dist/${entry}.js`;
}

/** A `require` rooted in a workspace package, to reach its own dependencies (pnpm keeps them private). */
export function requireFrom(pkg) {
  return createRequire(`${packagesDir()}${pkg}/package.json`);
}

/** The ESM entry of openapi-fetch, the exact copy the cores depend on. */
export function openapiFetchEntry() {
  const manifest = requireFrom("trackofferz-core").resolve("openapi-fetch/package.json");
  return manifest.replace(/package\.json$/, "dist/index.mjs");
}

/**
 * esbuild, as the root's tsup already depends on it: the bench measures bundles with the exact esbuild the
 * packages are built with, without adding a root dependency.
 */
export function loadEsbuild() {
  const fromTsup = createRequire(createRequire(`${root}package.json`).resolve("tsup"));
  return fromTsup("esbuild");
}

/**
 * How the bench bundles an entry for the browser, the way an app's bundler would: ESM, minified, every export kept,
 * one output in memory with its metafile. The size figure and `composition.mjs` both use it, so they agree.
 */
export const BROWSER_BUNDLE = Object.freeze({
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
});
