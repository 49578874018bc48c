import { runChild } from "../lib/child.mjs";
import { mib, ms, perSec, ratio, table } from "../lib/format.mjs";
import { median, rotate } from "../lib/stats.mjs";

const LATENCY_MS = 5;
/**
 * V8 flags for the memory runs that keep the heap small: old space capped at 32 MiB (a page of 1,000 clicks parses
 * to ~3 MiB), young space at 4 MiB per semi-space. Under them V8 collects early instead of growing the heap, so
 * peak RSS follows what the loop holds, and a loop holding on to its pages would run out of memory.
 */
const SMALL_HEAP = ["--max-old-space-size=32", "--max-semi-space-size=4"];
/**
 * `ladder`: loops run with the instant server only, each adding one layer between the bare loop and the iterator,
 * so the table shows where the iterator's time goes in every run rather than in a one-off profile.
 */
const apis = {
  clicks: {
    label: "TrackOfferz `iterClicks`",
    sdk: "iterClicks",
    unit: "rows",
    ladder: ["bare fetch loop + AbortSignal", "clickPages (one await per page)"],
  },
  offers: {
    label: "HasOffers `offers.iterate`",
    sdk: "iterate",
    unit: "offers",
    ladder: [
      "bare fetch loop + AbortSignal",
      "ho.call() page loop (raw data, order kept)",
      "offers.findAll() page loop (models)",
    ],
  },
};

/**
 * Runs every loop `rounds` times in fresh processes, interleaved (the order rotated each round), and returns each
 * loop's runs in order; a loop whose package is not built has none. Also what `bench/compare.mjs` runs.
 */
export async function runLoops(input, loops, rounds, expectedRows) {
  const runs = Object.fromEntries(loops.map((loop) => [loop, []]));
  for (let round = 0; round < rounds; round++) {
    for (const loop of rotate(loops, round)) {
      const result = await runChild("paginate.mjs", { ...input, loop });
      if (result.missing) continue;
      // Every row once: a loop that drops or repeats pages would post a meaningless speed.
      if (result.rows !== expectedRows)
        throw new Error(`${loop} yielded ${result.rows} rows, not ${expectedRows}`);
      runs[loop].push(result);
    }
  }
  return runs;
}

/**
 * Keeps the fastest of each loop's runs: other work on a shared machine only ever adds time, so the best run is the
 * steadiest estimate of each loop's own speed.
 */
async function compare(input, loops, rounds, expectedRows) {
  const runs = await runLoops(input, loops, rounds, expectedRows);
  return Object.fromEntries(
    loops.map((loop) => {
      const list = runs[loop];
      if (list.length === 0) return [loop, undefined];
      return [
        loop,
        {
          ms: Math.min(...list.map((r) => r.ms)),
          rows: list[0].rows,
        },
      ];
    }),
  );
}

const speedup = (base, run) => (base && run ? base.ms / run.ms : Number.NaN);
const target = (figure, goal, value, limit) => ({
  figure,
  target: goal,
  measured: Number.isFinite(value) ? ratio(value) : "not built",
  met: Number.isFinite(value) ? value >= limit : undefined,
});

/** Figure 2 for one API: throughput against the bare loop in three situations, then memory and early exit. */
async function paginationOf(api, { server, sizes }) {
  const { label, sdk, unit, ladder } = apis[api];
  const {
    pages,
    pageSize,
    rounds,
    instantRounds = rounds,
    memoryPages,
    heldRuns = 1,
    passes = 1,
  } = sizes.pagination[api];
  const concurrent = `${sdk} concurrency 4`;
  const loops = ["bare fetch loop", sdk, concurrent];
  const warmupBase = server.base(3, 0);
  const input = { api, warmupBase, pageSize, passes };

  const expected = pages * pageSize * passes;
  const instantLoops = [loops[0], ...ladder, ...loops.slice(1)];
  const instant = await compare(
    { ...input, base: server.base(pages, 0) },
    instantLoops,
    instantRounds,
    expected,
  );
  const busy = await compare(
    { ...input, base: server.base(pages, LATENCY_MS), busyMsPerPage: LATENCY_MS },
    loops,
    rounds,
    expected,
  );
  const idle = await compare({ ...input, base: server.base(pages, LATENCY_MS) }, loops, rounds, expected);

  const rows = [];
  const scenarios = [
    ["instant server, idle caller", instant, instantLoops],
    [`${LATENCY_MS} ms per page, caller busy ${LATENCY_MS} ms per page`, busy, loops],
    [`${LATENCY_MS} ms per page, idle caller`, idle, loops],
  ];
  for (const [name, results, loops] of scenarios) {
    for (const loop of loops) {
      const r = results[loop];
      rows.push([
        name,
        loop,
        r ? ms(r.ms) : "not built",
        r ? perSec((r.rows / r.ms) * 1000, unit) : "–",
        r ? ratio(speedup(results["bare fetch loop"], r)) : "–",
      ]);
    }
  }

  const memoryRows = [];
  const live = {};
  const heldRss = {};
  for (const loop of loops) {
    for (const count of memoryPages) {
      const memoryInput = {
        ...input,
        loop,
        base: server.base(count, 0),
        liveHeapEvery: Math.max(1, count / 20),
      };
      const r = await runChild("paginate.mjs", memoryInput, { execArgv: ["--expose-gc"] });
      if (r.missing) continue;
      // The same run with V8 told to keep its heap small, and nothing forcing collections: peak RSS then shows what
      // the process needs rather than how far V8 lets garbage pile up before collecting it. One run's peak moves by
      // ±5 MiB with the JIT's and the collector's timing, whatever the page count, so the median of several is kept.
      const peaks = [];
      for (let run = 0; run < heldRuns; run++) {
        const held = await runChild(
          "paginate.mjs",
          { ...memoryInput, liveHeapEvery: 0 },
          { execArgv: SMALL_HEAP },
        );
        peaks.push(held.peakRss);
      }
      const heldPeak = median(peaks);
      live[loop] = { ...live[loop], [count]: r.maxLiveHeap };
      heldRss[loop] = { ...heldRss[loop], [count]: heldPeak };
      memoryRows.push([
        loop,
        String(count),
        mib(r.rssBefore),
        mib(r.peakRss),
        mib(r.maxLiveHeap),
        mib(heldPeak),
      ]);
    }
  }
  const [few, many] = memoryPages;
  /** A memory figure of one loop, from the small to the large page count: met when it grows less than `limitMiB`. */
  const growthTarget = (figure, goal, byCount, limitMiB) => {
    const g = byCount ? byCount[many] - byCount[few] : Number.NaN;
    return {
      figure,
      target: `${goal} (< ${limitMiB} MiB more)`,
      measured: Number.isFinite(g) ? `${g >= 0 ? "+" : ""}${mib(g)}` : "not built",
      met: Number.isFinite(g) ? g < limitMiB * 2 ** 20 : undefined,
    };
  };

  const stop = await runChild("paginate.mjs", {
    ...input,
    loop: concurrent,
    base: server.base(pages, 200),
    stopEarly: server.origin,
  });

  const targets = [
    target(
      `2. ${label}: instant server`,
      api === "clicks" ? "≥ 0.95× bare loop" : "≥ 0.95× bare loop (set for iterClicks; held to iterate too)",
      speedup(instant["bare fetch loop"], instant[sdk]),
      0.95,
    ),
    target(
      `2. ${label}: prefetch, busy caller`,
      "≥ 1.6× faster than bare loop",
      speedup(busy["bare fetch loop"], busy[sdk]),
      1.6,
    ),
    target(
      `2. ${label}: concurrency 4`,
      "≥ 2.5× faster than bare loop",
      speedup(idle["bare fetch loop"], idle[concurrent]),
      2.5,
    ),
  ];
  for (const loop of [sdk, concurrent]) {
    targets.push(
      growthTarget(
        `2. ${label}: memory ${few} → ${many} pages (${loop})`,
        "live heap does not grow with page count",
        live[loop],
        4,
      ),
      growthTarget(
        `2. ${label}: peak RSS ${few} → ${many} pages, heap held small (${loop})`,
        "does not grow with page count",
        heldRss[loop],
        8,
      ),
    );
  }
  targets.push({
    figure: `2. ${label}: leaving the loop early`,
    target: "cancels pages in flight",
    measured: stop.missing ? "not built" : `${stop.aborted} of ${stop.requests - 1} in flight cancelled`,
    met: stop.missing ? undefined : stop.requests > 1 && stop.aborted === stop.requests - 1,
  });

  const body =
    `**${label}**: ${pages} pages of ${pageSize} ${unit}${passes > 1 ? ` (×${passes} passes, a fresh client each)` : ""}, ` +
    `fastest of ${rounds} fresh-process runs per loop (${instantRounds} with the instant server; runs interleaved), ` +
    `busy caller = serialises every row and spends ${LATENCY_MS} ms per page in all (as long as the server waits).\n\n` +
    table(["scenario", "loop", "whole run", "throughput", "speed-up vs bare loop"], rows) +
    "\n\nMemory of one process (instant server, idle caller). With V8's default heap sizing, peak RSS grows with " +
    "the run length for the bare loop too: V8 lets its heap, and the page buffers waiting for collection, grow while " +
    "garbage comes in fast. The live heap (largest `heapUsed` right after a forced GC, sampled 20 times per run) is " +
    "what the loop actually holds. The last column is the same run in a process told to keep its heap small " +
    `(\`${SMALL_HEAP.join(" ")}\`, no forced GC, so with few pages it can sit above the sampled run; median of ` +
    `${heldRuns} run${heldRuns > 1 ? "s" : ""}): a loop that ` +
    "held on to pages would run out of memory there, and peak RSS shows what the process needs:\n\n" +
    table(
      ["loop", "pages", "RSS before", "peak RSS", "max live heap", "peak RSS, heap held small"],
      memoryRows,
    ) +
    "\n\n" +
    `Leaving the loop at the first ${unit.slice(0, -1)} (concurrency 4, 200 ms pages): the server saw ` +
    (stop.missing
      ? "– (not built)"
      : `${stop.requests} requests, ${stop.aborted} hung up on before answering.`);
  return { body, targets };
}

/** Figure 2: pagination for both wrappers. */
export async function paginationFigure(context) {
  const parts = [];
  const targets = [];
  for (const api of Object.keys(apis)) {
    const { body, targets: met } = await paginationOf(api, context);
    parts.push(body);
    targets.push(...met);
  }
  return { title: "2. Pagination", body: parts.join("\n\n"), targets };
}
