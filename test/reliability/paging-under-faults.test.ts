import { HasOffers } from "@offerkit/hasoffers";
import { createFakeHasOffers, type Fault as HoFault } from "@offerkit/hasoffers/testing";
import { type ClickRow, TrackOfferz } from "@offerkit/trackofferz";
import { createFakeTrackOfferz, type Fault as TofzFault } from "@offerkit/trackofferz/testing";
import { describe, expect, test } from "vitest";
import { expectClean, guardProcess } from "./support/process-guard.js";
import { printTable, type TableRow } from "./support/table.js";

const FAULT_RATE = 0.2;

/**
 * Every fault that an iteration is expected to ride out. (An absurd `Retry-After` is left out on purpose: it fails
 * the call at once by design, which the fault-kind suite covers.)
 */
const TOFZ_FAULTS: TofzFault[] = [
  { type: "rate-limit", retryAfter: 0 },
  { type: "rate-limit", retryAfter: { date: 1 } },
  { type: "rate-limit", retryAfter: "soon" },
  { type: "status", status: 503, body: "json" },
  { type: "status", status: 502, body: "html" },
  { type: "status", status: 500, body: "empty" },
  { type: "reset" },
  { type: "hang" },
  { type: "truncate" },
  { type: "malformed-json" },
  { type: "wrong-shape" },
  { type: "slow-body", chunkDelayMs: 5 },
  { type: "slow-body", chunkDelayMs: 150, chunks: 4 },
  { type: "latency", ms: 15 },
];

const HO_FAULTS: HoFault[] = [
  { kind: "rateLimit" },
  { kind: "http", status: 429, body: "json", retryAfter: 0 },
  { kind: "http", status: 503, body: "json" },
  { kind: "http", status: 502, body: "html" },
  { kind: "http", status: 500, body: "empty" },
  { kind: "reset" },
  { kind: "truncate" },
  { kind: "malformedJson" },
  { kind: "wrongShape" },
  { kind: "hang" },
  { kind: "slowBody", delayMs: 1, chunkBytes: 4096 },
  { kind: "latency", ms: 15 },
];

/** Positions where `got` differs from `want`, plus rows missing or extra at the end. */
function mismatches<T>(got: readonly T[], want: readonly T[], key: (row: T) => string) {
  const seen = new Map<string, number>();
  for (const row of got) seen.set(key(row), (seen.get(key(row)) ?? 0) + 1);
  return {
    missing: want.filter((row) => !seen.has(key(row))).length,
    repeated: [...seen.values()].filter((n) => n > 1).length,
    outOfOrder: got.filter((row, i) => want[i] === undefined || key(row) !== key(want[i] as T)).length,
  };
}

/** iterClicks over 60 pages of 100 rows, against its own fake, at 20 % faults. */
async function iterateClicks(concurrency: number) {
  const fake = createFakeTrackOfferz({ clicks: 6_000, conversions: 100 });
  const server = await fake.listen();
  try {
    fake.faults.random({
      rate: FAULT_RATE,
      seed: 20 + concurrency,
      faults: TOFZ_FAULTS,
      match: { path: "/reports/clicks" },
    });
    let retries = 0;
    const client = new TrackOfferz({
      apiKey: fake.apiKey,
      baseUrl: server.url,
      timeout: 300,
      maxRetries: 8,
      backoff: { baseMs: 1, capMs: 5 },
      hooks: { onRetry: () => void retries++ },
    });
    const started = performance.now();
    const got: ClickRow[] = [];
    const params = { from: "2026-06-01", to: "2026-06-30", page_size: 100 };
    for await (const click of client.reports.iterClicks(params, { concurrency })) got.push(click);
    const truth = Array.from({ length: 6_000 }, (_, i) => fake.clickAt(i));
    const check = mismatches(got, truth, (row) => row.transaction_id);
    const row: TableRow = {
      iteration: "TrackOfferz iterClicks",
      concurrency,
      pages: new Set(fake.requests.map((r) => r.page)).size,
      rows: got.length,
      requests: fake.requests.length,
      "faults served": fake.faults.served.length,
      retries,
      ...check,
      ms: Math.round(performance.now() - started),
    };
    return { row, check, got, truth, faults: fake.faults.served.length };
  } finally {
    await server.close();
  }
}

/** offers.iterate over 60 pages of 20 offers, against its own fake, at 20 % faults. */
async function iterateOffers(concurrency: number) {
  const fake = createFakeHasOffers({ rateLimit: false, seed: { offers: 1_200 } });
  const server = await fake.listen();
  try {
    fake.faults.random({
      rate: FAULT_RATE,
      seed: 40 + concurrency,
      kinds: HO_FAULTS,
      match: { target: "Offer", method: "findAll" },
    });
    let retries = 0;
    const ho = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: server.endpoint,
      timeout: 300,
      maxRetries: 8,
      retryDelay: 5,
      pacing: false,
      hooks: { onRetry: () => void retries++ },
    });
    const started = performance.now();
    const got: Record<string, unknown>[] = [];
    for await (const offer of ho.offers.iterate({ sort: "id", pageSize: 20, concurrency })) got.push(offer);
    const truth = fake.state.list("Offer");
    const check = mismatches(got, truth, (row) => String(row.id));
    const faults = Object.values(fake.counters.faults).reduce((sum, n) => sum + (n ?? 0), 0);
    const row: TableRow = {
      iteration: "HasOffers offers.iterate",
      concurrency,
      pages: Math.ceil(truth.length / 20),
      rows: got.length,
      requests: fake.counters.api,
      "faults served": faults,
      retries,
      ...check,
      ms: Math.round(performance.now() - started),
    };
    return { row, check, got, truth, faults };
  } finally {
    await fake.close();
  }
}

describe("iterating 50+ pages under a 20 % fault rate (loopback HTTP)", () => {
  test("iterClicks and offers.iterate yield every row once, in order, with concurrency 1 and 4", async () => {
    const guard = guardProcess();
    // Four iterations side by side, each against its own fake, so their retry waits overlap.
    const runs = await Promise.all([iterateClicks(1), iterateClicks(4), iterateOffers(1), iterateOffers(4)]);
    printTable(
      "Paging 60 pages at 20 % faults (TrackOfferz: 100 rows a page; HasOffers: 20)",
      runs.map((run) => run.row),
    );
    for (const run of runs) {
      expect(run.faults).toBeGreaterThan(0);
      expect(run.check).toEqual({ missing: 0, repeated: 0, outOfOrder: 0 });
      expect(run.got).toEqual(run.truth);
    }
    expectClean(await guard.finish());
  });

  test("stopping an iteration early (break, abort) cancels the pages in flight and leaves nothing open", async () => {
    const guard = guardProcess();
    const tofz = createFakeTrackOfferz({ clicks: 6_000, conversions: 100 });
    const ho = createFakeHasOffers({ rateLimit: false, seed: { offers: 1_200 } });
    const [tofzServer, hoServer] = await Promise.all([tofz.listen(), ho.listen()]);
    // Every page is slow, so pages are in flight whenever the loop stops.
    tofz.faults.latency(40, { path: "/reports/clicks" });
    ho.faults.latency(40, { target: "Offer", method: "findAll" });
    const client = new TrackOfferz({ apiKey: tofz.apiKey, baseUrl: tofzServer.url });
    const hasOffers = new HasOffers({
      networkId: ho.networkId,
      networkToken: ho.networkToken,
      endpoint: hoServer.endpoint,
      pacing: false,
    });
    const iterations = {
      "TrackOfferz iterClicks": (signal?: AbortSignal) =>
        client.reports.iterClicks({ page_size: 100 }, { concurrency: 4, signal }),
      "HasOffers offers.iterate": (signal?: AbortSignal) =>
        hasOffers.offers.iterate({ pageSize: 20, concurrency: 4, signal }),
    };
    const rows: TableRow[] = [];
    try {
      for (const [name, iterate] of Object.entries(iterations)) {
        let seen = 0;
        for await (const _ of iterate()) if (++seen === 250) break;
        rows.push({ iteration: name, how: "break after 250 rows", rows: seen, ended: "ok" });
        expect(seen).toBe(250);

        const controller = new AbortController();
        seen = 0;
        const aborted = await (async () => {
          for await (const _ of iterate(controller.signal)) if (++seen === 250) controller.abort();
        })().then(
          () => "ok",
          (error: unknown) => (error instanceof Error ? error.name : String(error)),
        );
        rows.push({ iteration: name, how: "abort() after 250 rows", rows: seen, ended: aborted });
        expect(aborted).toBe("AbortError");
        expect(seen).toBe(250);
      }
    } finally {
      printTable("Stopping an iteration early (concurrency 4, 40 ms per page)", rows);
      await Promise.all([tofzServer.close(), ho.close()]);
    }
    expectClean(await guard.finish());
  });
});
