/**
 * One pass of one page loop over `pages` pages, in its own process: reports rows, wall time and peak RSS.
 * The caller either does nothing per row or is busy `busyMsPerPage` per page: it serialises every row and then
 * spins until the row's share of that time has passed, so the work per page is the same for every loop, whatever
 * the JIT and the GC do.
 */
import { peakRss, report, scenarioInput } from "../lib/child.mjs";
import { pageLoops } from "./page-loops.mjs";

const {
  api,
  loop,
  base,
  warmupBase,
  pageSize,
  busyMsPerPage = 0,
  stopEarly,
  liveHeapEvery = 0,
  passes = 1,
} = scenarioInput();
const run = (await pageLoops())[api][loop];
if (!run) {
  report({ missing: true });
} else {
  let sink = 0;
  const idle = () => {
    sink++;
  };
  const perRow = busyMsPerPage / pageSize;
  const busy = (row) => {
    const until = performance.now() + perRow;
    sink += JSON.stringify(row).length;
    while (performance.now() < until);
  };

  if (stopEarly) {
    // Hold the first row long enough for every prefetched request to reach the server (which answers after its
    // latency), then leave the loop; ask the server how many requests it saw and how many the client hung up on.
    const stats = `${stopEarly}/_stats`;
    await fetch(`${stats}?reset`).then((r) => r.text());
    for await (const _row of run.open(base, pageSize)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    report(await fetch(stats).then((r) => r.json()));
  } else {
    // Memory runs (`--expose-gc`): every `liveHeapEvery` pages, collect and record the live heap. Peak RSS alone
    // also grows with V8's heap sizing (the bare loop's does too); the live heap shows what the loop holds.
    let maxLiveHeap = 0;
    let seen = 0;
    const every = liveHeapEvery * pageSize;
    const sampling = (row) => {
      idle(row);
      if (++seen % every === 0) {
        globalThis.gc();
        maxLiveHeap = Math.max(maxLiveHeap, process.memoryUsage().heapUsed);
      }
    };
    const onRow = busyMsPerPage > 0 ? busy : every > 0 ? sampling : idle;
    await run(warmupBase, pageSize, onRow);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    // Several passes, each a fresh client, keep a HasOffers run long enough to time while every pass stays inside
    // the client's default pacing window.
    let rows = 0;
    for (let pass = 0; pass < passes; pass++) rows += await run(base, pageSize, onRow);
    const ms = performance.now() - started;
    report({ rows, ms, rowsPerSec: (rows / ms) * 1000, rssBefore, peakRss: peakRss(), maxLiveHeap, sink });
  }
}
