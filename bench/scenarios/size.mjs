import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { installSize } from "../lib/install-size.mjs";
import { BROWSER_BUNDLE, loadEsbuild, openapiFetchEntry, packagesDir } from "../lib/paths.mjs";

/** Subpaths that are tooling, not library entries a browser app would bundle. */
const notBundled = new Set(["./package.json", "./testing"]);

/** Every library entry of a package: `{ subpath, file }` from its `exports` map (the ESM build). */
function entries(dir) {
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"));
  return Object.entries(manifest.exports ?? { ".": manifest.module ?? manifest.main })
    .filter(([subpath]) => !notBundled.has(subpath))
    .map(([subpath, target]) => {
      const file =
        typeof target === "string" ? target : (target.import?.default ?? target.import ?? target.default);
      return { subpath, file: `${dir}/${file}` };
    });
}

/** The package a bundled input file belongs to, when it came from node_modules (a third-party dependency). */
function thirdParty(input) {
  const at = input.lastIndexOf("node_modules/");
  if (at < 0) return undefined;
  const parts = input.slice(at + "node_modules/".length).split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * Bundles one entry for the browser the way an app's bundler would (esbuild, ESM, minified, every export kept)
 * and reports min and min+gzip bytes plus the third-party packages that ended up inside.
 */
async function bundle(esbuild, file) {
  try {
    const result = await esbuild.build({ ...BROWSER_BUNDLE, entryPoints: [file] });
    const code = result.outputFiles[0].contents;
    // Inputs the bundle really holds code of: a module parsed and then tree-shaken away whole is not inside.
    const inside = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
    const deps = new Set(
      Object.entries(inside)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([input]) => thirdParty(input))
        .filter(Boolean),
    );
    return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, deps: [...deps].sort() };
  } catch (error) {
    return { error: error.errors?.map((e) => e.text).join("; ") ?? String(error) };
  }
}

/** Sizes of the wrappers' entries (and openapi-fetch and the cores for reference), plus install sizes. */
export async function measureSizes(packages) {
  const esbuild = loadEsbuild();
  const rows = [];
  const openapiFetch = openapiFetchEntry();
  rows.push({ name: "openapi-fetch", subpath: ".", ...(await bundle(esbuild, openapiFetch)) });
  for (const pkg of packages) {
    const dir = `${packagesDir()}${pkg}`;
    if (!existsSync(`${dir}/package.json`) || !existsSync(`${dir}/dist`)) {
      rows.push({ name: `@offerkit/${pkg}`, subpath: ".", missing: true });
      continue;
    }
    const install = installSize(dir);
    for (const { subpath, file } of entries(dir)) {
      const measured = existsSync(file) ? await bundle(esbuild, file) : { missing: true };
      rows.push({ name: `@offerkit/${pkg}`, subpath, ...measured, ...(subpath === "." ? { install } : {}) });
    }
  }
  return rows;
}
