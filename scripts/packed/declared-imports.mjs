// @ts-check
/**
 * Every package a built file imports must be one its manifest declares. A flat node_modules (npm's, or the
 * workspace's) hides a missing declaration, because some other package brought the import along; a user who installs
 * the package on its own then gets "Cannot find module". The check reads the imports esbuild sees in the shipped
 * JavaScript (ESM and CJS builds), so it needs no install.
 */
import { builtinModules } from "node:module";
import { build } from "esbuild";

const BUILTINS = new Set(builtinModules);

/**
 * The bare imports of the given JavaScript files that the manifest does not declare (and, for files that must run
 * without Node, any Node built-in they import).
 * @param {{ packageDir: string, manifest: Record<string, any>, files: string[], nodeAllowed: (file: string) => boolean }} input
 *   `files` relative to `packageDir`
 * @returns {Promise<string[]>} problems, one line each
 */
export async function undeclaredImports({ packageDir, manifest, files, nodeAllowed }) {
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  const problems = [];
  for (const file of files) {
    const result = await build({
      entryPoints: [file],
      absWorkingDir: packageDir,
      bundle: true,
      packages: "external",
      platform: "node",
      format: file.endsWith(".cjs") ? "cjs" : "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
      outdir: "out",
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.filter((i) => i.external).map((i) => i.path),
    );
    for (const path of new Set(imports)) {
      const bare = path.replace(/^node:/, "");
      if (path.startsWith("node:") || BUILTINS.has(bare.split("/")[0] ?? "")) {
        if (!nodeAllowed(file)) problems.push(`${file} imports the Node built-in "${path}"`);
        continue;
      }
      const name = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : path.split("/")[0];
      if (name && name !== manifest.name && !declared.has(name))
        problems.push(`${file} imports "${path}" but ${manifest.name} does not declare "${name}"`);
    }
  }
  return problems;
}
