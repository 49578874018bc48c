// @ts-check
/**
 * The scenario in Vercel's edge-runtime VM: bundled with the repo's esbuild for the browser platform (as an edge
 * deployment bundles it) and evaluated in an `EdgeVM`, a V8 context with the edge runtime's web globals and none of
 * Node's. The bundle may hold no `node:` import except the testing entries' `import("node:http")` inside `listen()`,
 * which the scenario never calls: anything else means a package needs Node where it promised not to.
 */
import { join, relative } from "node:path";
import { build } from "esbuild";
import { repoRoot } from "../packed/workspace-packages.mjs";

const here = join(repoRoot, "scripts", "runtimes");

/** Only the fakes may load Node's HTTP server, and only on demand (their `listen()`). */
const ON_DEMAND = /[\\/]packages[\\/](trackofferz|hasoffers)[\\/]dist[\\/]testing\.js$/;

/** @type {import("esbuild").Plugin} */
const noNodeBuiltins = {
  name: "no-node-builtins",
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => {
      if (args.kind === "dynamic-import" && ON_DEMAND.test(args.importer))
        return { path: args.path, external: true };
      return {
        errors: [
          {
            text: `${relative(repoRoot, args.importer)} imports ${args.path} (${args.kind}): edge runtimes have no Node`,
          },
        ],
      };
    });
  },
};

/**
 * The scenario as one script that assigns `runScenario` to `globalThis.__offerkitScenario`.
 * @returns {Promise<string>}
 */
export async function bundleScenario() {
  const result = await build({
    stdin: {
      contents:
        'import { runScenario } from "./scenario.mjs";\nglobalThis.__offerkitScenario = runScenario;\n',
      resolveDir: here,
      loader: "js",
    },
    bundle: true,
    platform: "browser",
    conditions: ["edge-light", "worker"],
    format: "iife",
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins: [noNodeBuiltins],
  });
  return result.outputFiles[0]?.text ?? "";
}

/**
 * Runs the scenario bundle in a fresh `EdgeVM`, printing one line per check; resolves to the number that failed.
 * @param {any} EdgeVM the class from `@edge-runtime/vm`
 * @param {(line: string) => void} print
 */
export async function runInEdgeVm(EdgeVM, print) {
  const code = await bundleScenario();
  const vm = new EdgeVM();
  vm.context.__offerkitPrint = print;
  vm.evaluate(code);
  return await vm.evaluate("__offerkitScenario(__offerkitPrint)");
}
