// @ts-check
/**
 * The scenario as a program for Deno and Bun: one line per check, exit status 1 when any failed.
 *
 *   deno run --no-prompt --no-lock scripts/runtimes/run-scenario.mjs
 *   bun scripts/runtimes/run-scenario.mjs
 */
import { runScenario } from "./scenario.mjs";

/** @type {any} */
const runtime = globalThis;
let failed;
try {
  failed = await runScenario((line) => console.log(line));
} catch (error) {
  console.log(`FAIL the scenario itself: ${error instanceof Error ? error.stack : error}`);
  failed = 1;
}
if (failed) console.log(`${failed} check(s) failed`);
const code = failed ? 1 : 0;
if (runtime.Deno) runtime.Deno.exit(code);
else runtime.process.exit(code);
