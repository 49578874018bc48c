// @ts-check
/**
 * Proves what the READMEs promise beyond Node: the built packages run on Deno, Bun and Vercel's edge runtime. The
 * same scenario (scripts/runtimes/scenario.mjs: a client, a call, paging with and without concurrency, typed
 * errors, retries, abort, no secret in errors, raw-log archives) runs
 *
 * - on Deno with no permissions at all, importing the dist files (their `@offerkit/*` imports resolve through the
 *   workspace's node_modules as an installed app's do);
 * - on Bun, the same way;
 * - in `@edge-runtime/vm`'s EdgeVM, bundled with esbuild for the browser platform, where no `node:` import may be
 *   bundled (scripts/runtimes/edge.mjs).
 *
 * Each runtime comes from the npm registry once and is cached (scripts/runtimes/install.mjs). Run after
 * `pnpm build`; Node's own runs are `pnpm test:unit` and `pnpm test:nodes`.
 *
 *   node scripts/test-on-runtimes.mjs              Deno, Bun and the edge runtime
 *   node scripts/test-on-runtimes.mjs deno edge    some of them
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./packed/workspace-packages.mjs";
import { runInEdgeVm } from "./runtimes/edge.mjs";
import { ensureBun, ensureDeno, ensureEdgeRuntime } from "./runtimes/install.mjs";

const ALL = ["deno", "bun", "edge"];
const wanted = process.argv.length > 2 ? process.argv.slice(2) : ALL;
const unknown = wanted.filter((name) => !ALL.includes(name));
if (unknown.length) {
  console.error(`[runtimes] unknown runtime ${unknown.join(", ")}; choose from ${ALL.join(", ")}`);
  process.exit(2);
}
const scenario = join(repoRoot, "scripts", "runtimes", "run-scenario.mjs");
const builtEntries = ["trackofferz/dist/index.js", "hasoffers/dist/index.js", "hasoffers/dist/raw-logs.js"];
const missing = builtEntries.filter((file) => !existsSync(join(repoRoot, "packages", file)));
if (missing.length) {
  console.error(`[runtimes] packages/${missing.join(", packages/")} missing: run \`pnpm build\` first`);
  process.exit(1);
}

/**
 * Runs the scenario program with a runtime binary, prefixing its lines with the runtime's name.
 * @param {string} name
 * @param {string} bin
 * @param {string[]} args
 * @returns {Promise<boolean>} whether every check passed
 */
function runScenarioWith(name, bin, args) {
  return new Promise((resolve) => {
    // Through a shell on Windows (for the .cmd shims), where paths with spaces must be quoted.
    const quote = (/** @type {string} */ path) => (process.platform === "win32" ? `"${path}"` : path);
    const child = spawn(quote(bin), [...args, quote(scenario)], {
      cwd: repoRoot,
      // No update checks or telemetry: the runtimes must not reach past the registry they came from.
      env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", DO_NOT_TRACK: "1", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 180_000,
      shell: process.platform === "win32", // node_modules/.bin holds .cmd shims there
    });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (/** @type {string} */ text) => {
        const lines = (rest + text).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) console.log(`[${name}] ${line}`);
      });
      stream.on("end", () => rest && console.log(`[${name}] ${rest}`));
    }
    child.on("error", (error) => {
      console.log(`[${name}] could not start ${bin}: ${error.message}`);
      resolve(false);
    });
    child.on("close", (code, signal) => {
      if (signal) console.log(`[${name}] killed by ${signal}`);
      resolve(code === 0);
    });
  });
}

/** @type {Record<string, () => Promise<boolean | { skip: string }>>} */
const runtimes = {
  async deno() {
    const deno = await ensureDeno();
    if ("skip" in deno) return deno;
    console.log(`[deno] ${deno.version}, no permissions`);
    // --no-prompt: a permission the scenario lacks fails the check instead of waiting for an answer.
    return runScenarioWith("deno", deno.bin, ["run", "--no-prompt", "--no-lock"]);
  },
  async bun() {
    const bun = await ensureBun();
    if ("skip" in bun) return bun;
    console.log(`[bun] ${bun.version}`);
    return runScenarioWith("bun", bun.bin, []);
  },
  async edge() {
    const edge = await ensureEdgeRuntime();
    if ("skip" in edge) return edge;
    console.log(`[edge] ${edge.version} (EdgeVM), esbuild bundle for the browser platform`);
    try {
      const failed = await runInEdgeVm(edge.EdgeVM, (line) => console.log(`[edge] ${line}`));
      if (failed) console.log(`[edge] ${failed} check(s) failed`);
      return failed === 0;
    } catch (error) {
      console.log(`[edge] FAIL the scenario did not run: ${error instanceof Error ? error.message : error}`);
      return false;
    }
  },
};

const started = Date.now();
/** @type {string[]} */
const failed = [];
for (const name of wanted) {
  const outcome = await runtimes[name]?.();
  if (typeof outcome === "object") console.log(`[${name}] skipped: ${outcome.skip}`);
  else if (!outcome) failed.push(name);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failed.length) {
  console.error(`[runtimes] failed on ${failed.join(", ")} (${seconds} s)`);
  process.exit(1);
}
console.log(`[runtimes] ${wanted.join(", ")}: every check passed (${seconds} s)`);
