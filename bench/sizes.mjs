/**
 * How big each scenario runs. `full` is what `pnpm bench` measures and records; `quick` runs every scenario at tiny
 * sizes to prove the suite still works (CI), and its figures mean nothing.
 */
export const sizes = {
  full: {
    perCall: { rounds: 40, block: 200, warmup: 500 },
    pagination: {
      // The instant-server ratio's target margin (5 %) is inside one 7-round run's noise on a shared VM (0.90–1.09×
      // for the same code, bench/findings.md §2), so that scenario takes more rounds.
      clicks: {
        pages: 200,
        pageSize: 1000,
        rounds: 7,
        instantRounds: 15,
        memoryPages: [100, 1000],
        heldRuns: 5,
      },
      // 40 pages stay under HasOffers' default pacing (50 calls per 10 s), so pacing never enters the figure; five
      // passes (a fresh client each) make the run long enough to time.
      offers: {
        pages: 40,
        pageSize: 100,
        rounds: 7,
        instantRounds: 15,
        memoryPages: [10, 40],
        heldRuns: 5,
        passes: 5,
      },
    },
    rawLogs: { mib: 400, rounds: 3, allAtOnceKinds: ["stored", "deflated"] },
    coldStartRuns: 15,
  },
  quick: {
    perCall: { rounds: 2, block: 10, warmup: 10 },
    pagination: {
      clicks: { pages: 3, pageSize: 50, rounds: 1, memoryPages: [2, 4] },
      offers: { pages: 3, pageSize: 10, rounds: 1, memoryPages: [2, 4] },
    },
    rawLogs: { mib: 1, rounds: 1, allAtOnceKinds: ["stored", "deflated", "data-descriptor"] },
    coldStartRuns: 1,
  },
};
