#!/usr/bin/env node
/**
 * The offerkit benchmark suite: every figure of the performance targets, measured side by side in one run on
 * loopback against the BUILT packages (run `pnpm build` first; `pnpm bench` does).
 *
 *   node bench/run.mjs                 full run; prints the table and writes bench/RESULTS.md
 *   node bench/run.mjs --quick         every scenario at tiny sizes; writes nothing (CI: proves the suite works)
 *   node bench/run.mjs --only size,cold-start --out /tmp/r.md   a subset; --out also writes <out>.json
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { coldStartFigure } from "./figures/cold-start.mjs";
import { paginationFigure } from "./figures/pagination.mjs";
import { perCallFigure } from "./figures/per-call.mjs";
import { rawLogsFigure } from "./figures/raw-logs.mjs";
import { sizeFigure } from "./figures/size.mjs";
import { describeMachine } from "./lib/machine.mjs";
import { root } from "./lib/paths.mjs";
import { renderResults } from "./lib/render.mjs";
import { startServer } from "./lib/server.mjs";
import { snapshotPackages } from "./lib/snapshot.mjs";
import { sizes } from "./sizes.mjs";

const figures = {
  "per-call": perCallFigure,
  pagination: paginationFigure,
  "raw-logs": rawLogsFigure,
  size: sizeFigure,
  "cold-start": coldStartFigure,
};

const { values } = parseArgs({
  options: { quick: { type: "boolean" }, only: { type: "string" }, out: { type: "string" } },
});
const only = values.only ? values.only.split(",") : Object.keys(figures);
for (const name of only) {
  if (!figures[name]) throw new Error(`unknown figure ${name}; one of ${Object.keys(figures).join(", ")}`);
}
for (const pkg of ["errors", "request-engine", "trackofferz-core", "hasoffers-core"]) {
  if (!existsSync(`${root}packages/${pkg}/dist/index.js`)) {
    throw new Error(`packages/${pkg} is not built: run \`pnpm build\` first`);
  }
}
// Measure a frozen copy of the builds; lib/paths.mjs (here and in every child process) reads it from the env.
const snapshot = snapshotPackages();
process.env.OFFERKIT_BENCH_PACKAGES = snapshot.packages;

const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const context = { sizes: values.quick ? sizes.quick : sizes.full, log, server: await startServer() };
const load = [loadavg()[0]];
const sections = [];
try {
  for (const name of only) {
    log(`${name}…`);
    const started = performance.now();
    sections.push(await figures[name](context));
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  context.server.stop();
  snapshot.remove();
}
load.push(loadavg()[0]);

const machine = `${describeMachine()}; 1-minute load average ${load.map((l) => l.toFixed(1)).join(" at the start, ")} at the end`;
const findings = values.quick ? "" : readFileSync(new URL("./findings.md", import.meta.url), "utf8");
const markdown = renderResults({ machine, quick: values.quick, sections, findings });
process.stdout.write(`${markdown}\n`);
// Only a complete full run replaces the recorded results; quick and partial runs write where --out says, if anywhere.
const complete = !values.quick && !values.only;
const out = values.out ?? (complete ? `${root}bench/RESULTS.md` : undefined);
if (out) {
  writeFileSync(out, markdown);
  // The raw figures too when asked for a file of one's own (the quick-mode test reads them).
  if (values.out) writeFileSync(`${out}.json`, JSON.stringify({ machine, sections }, null, 2));
  log(`wrote ${out}`);
}
