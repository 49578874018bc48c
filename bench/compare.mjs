#!/usr/bin/env node
/**
 * A/B of a few page loops with the instant server, outside the suite: the same scenario script, server and sizes as
 * `pnpm bench`, runs interleaved, each loop's fastest and median run against the first loop's. For checking how
 * much a figure moves between runs, or a change before recording it. Writes nothing. Run it with another Node binary
 * to measure that Node (the child processes use the same one).
 *
 *   node bench/compare.mjs <clicks|offers> <rounds> <loop> <loop>…
 *   node bench/compare.mjs clicks 15 "bare fetch loop" iterClicks
 */
import { runLoops } from "./figures/pagination.mjs";
import { startServer } from "./lib/server.mjs";
import { median } from "./lib/stats.mjs";
import { sizes } from "./sizes.mjs";

const [api, roundsArg, ...loops] = process.argv.slice(2);
const rounds = Number(roundsArg);
const size = sizes.full.pagination[api];
if (!size || !(rounds >= 1) || loops.length < 2) {
  console.error('usage: node bench/compare.mjs <clicks|offers> <rounds> "<loop>" "<loop>"…');
  process.exit(2);
}

const { pages, pageSize, passes = 1 } = size;
const server = await startServer();
let results;
try {
  const input = { api, base: server.base(pages, 0), warmupBase: server.base(3, 0), pageSize, passes };
  results = await runLoops(input, loops, rounds, pages * pageSize * passes);
} finally {
  server.stop();
}
const runs = Object.fromEntries(
  loops.map((loop) => {
    if (results[loop].length === 0) throw new Error(`no loop "${loop}" (or the packages are not built)`);
    return [loop, results[loop].map((result) => result.ms)];
  }),
);

const fastest = (list) => Math.min(...list);
const [base] = loops;
console.log(`${api}, ${rounds} rounds, Node ${process.version}; ratios are rows/s against "${base}"`);
for (const loop of loops) {
  const best = fastest(runs[loop]);
  const middle = median(runs[loop]);
  console.log(
    `${loop.padEnd(44)} fastest ${best.toFixed(1)} ms (${(fastest(runs[base]) / best).toFixed(3)}×)` +
      `  median ${middle.toFixed(1)} ms (${(median(runs[base]) / middle).toFixed(3)}×)`,
  );
}
