/**
 * One pass of one page loop over `pages` pages, in its own process: reports rows, wall time and peak RSS.
 * The caller either does nothing per row or serialises each row `reps` times (calibrated by the parent so a page
 * costs about as long as the server's latency). With `{ calibrate: true }` it reports how long one serialisation
 * pass over a page takes instead.
 */
import { peakRss, report, scenarioInput } from "../lib/child.mjs";
import { median } from "../lib/stats.mjs";
import { pageLoops } from "./page-loops.mjs";

const { api, loop, base, warmupBase, pageSize, reps = 0, calibrate = false, stopEarly } = scenarioInput();
const run = (await pageLoops())[api][loop];
if (!run) {
  report({ missing: true });
} else {
  let sink = 0;
  const idle = () => {
    sink++;
  };
  const busy = (row) => {
    for (let i = 0; i < reps; i++) sink += JSON.stringify(row).length;
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
  } else if (calibrate) {
    const rows = [];
    await run(warmupBase, pageSize, (row) => rows.push(row));
    const times = [];
    for (let pass = 0; pass < 30; pass++) {
      const started = performance.now();
      for (const row of rows.slice(0, pageSize)) sink += JSON.stringify(row).length;
      times.push(performance.now() - started);
    }
    report({ msPerPass: median(times.slice(10)) });
  } else {
    const onRow = reps > 0 ? busy : idle;
    await run(warmupBase, pageSize, onRow);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const rows = await run(base, pageSize, onRow);
    const ms = performance.now() - started;
    report({ rows, ms, rowsPerSec: (rows / ms) * 1000, rssBefore, peakRss: peakRss(), sink });
  }
}
