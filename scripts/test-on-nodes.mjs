// @ts-check
/**
 * Runs the packages' unit, reliability and example suites again on the other Node majors the packages promise
 * (22 and 24; `pnpm test:unit` runs them on this machine's Node). Each binary comes from the npm registry once and is
 * cached (scripts/packed/node-binary.mjs). Behaviour differs between majors where it matters: V8's `stack` accessor,
 * `DecompressionStream`'s strictness, how far zlib runs ahead — all three broke a test on Node 24 only.
 *
 *   node scripts/test-on-nodes.mjs          Node 22 and 24
 *   node scripts/test-on-nodes.mjs 24       one major
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensureNode } from "./packed/node-binary.mjs";
import { repoRoot } from "./packed/workspace-packages.mjs";

const majors = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [22, 24];
const suites = ["packages", "test/reliability", "examples"];
const vitest = join(repoRoot, "node_modules", "vitest", "vitest.mjs");

let failed = false;
for (const major of majors) {
  const node = await ensureNode(major);
  if ("skip" in node) {
    console.log(`[nodes] Node ${major} skipped: ${node.skip}`);
    continue;
  }
  console.log(`[nodes] ${suites.join(", ")} on Node ${node.version}`);
  const code = await new Promise((resolve) => {
    const child = spawn(node.bin, [vitest, "run", ...suites], { cwd: repoRoot, stdio: "inherit" });
    child.on("close", resolve);
  });
  if (code !== 0) {
    console.error(`[nodes] failed on Node ${node.version} (exit ${code})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
