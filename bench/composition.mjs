#!/usr/bin/env node
/**
 * What a main bundle is made of, source file by source file: each wrapper's entry bundled from its TypeScript
 * sources the way `pnpm bench` bundles the built one (esbuild, ESM, minified, every export kept), with the minified
 * bytes each module leaves in the output. For size work: what a change would save, before making it.
 *
 *   node bench/composition.mjs                       both wrappers' main entries
 *   node bench/composition.mjs hasoffers/raw-logs    any entry, as `<package>[/<subpath>]`
 *   node bench/composition.mjs --mangle-props ...    the same with every property name mangled: a bundle that no
 *                                                    longer works, printed only as an upper bound on what shorter
 *                                                    internal names could save
 */
import { gzipSync } from "node:zlib";
import { BROWSER_BUNDLE, loadEsbuild, root } from "./lib/paths.mjs";

const sources = (pkg, sub) =>
  `${root}packages/${pkg}/src/${sub === "raw-logs" ? "raw-logs/index" : (sub ?? "index")}.ts`;

/** Resolves `@offerkit/<pkg>[/<sub>]` to the package's source entry, as the tests do. */
const workspaceSources = {
  name: "workspace-sources",
  setup(build) {
    build.onResolve({ filter: /^@offerkit\// }, ({ path }) => {
      const [, pkg, sub] = path.split("/");
      return { path: sources(pkg, sub) };
    });
  },
};

const { build } = loadEsbuild();
const args = process.argv.slice(2);
const mangle = args.includes("--mangle-props");
const named = args.filter((arg) => arg !== "--mangle-props");
const targets = named.length > 0 ? named : ["trackofferz", "hasoffers"];
/** Keeps the names the language itself reads (promises, errors, functions); every other property is renamed. */
const MANGLE = {
  mangleProps: /./,
  reserveProps: /^(then|catch|finally|length|prototype|constructor|message|stack|name|cause)$/,
};
for (const target of targets) {
  const [pkg, sub] = target.split("/");
  const result = await build({
    ...BROWSER_BUNDLE,
    entryPoints: [sources(pkg, sub)],
    plugins: [workspaceSources],
    ...(mangle ? MANGLE : {}),
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const rows = Object.entries(inputs)
    .map(([file, { bytesInOutput }]) => [
      bytesInOutput,
      file.replace(/^.*?packages\//, "").replace(/^.*node_modules\//, ""),
    ])
    .filter(([bytes]) => bytes > 0)
    .sort((a, b) => b[0] - a[0]);
  console.log(
    `\n@offerkit/${target}${mangle ? " (every property mangled)" : ""}: ${code.length} bytes minified, ${gzipSync(code, { level: 9 }).length} min+gz`,
  );
  for (const [bytes, file] of rows) console.log(`${String(bytes).padStart(8)}  ${file}`);
}
