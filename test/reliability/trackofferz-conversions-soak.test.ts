import { type ConversionResult, TrackOfferz, TrackOfferzError } from "@offerkit/trackofferz";
import { createFakeTrackOfferz, type Fault } from "@offerkit/trackofferz/testing";
import { describe, expect, test } from "vitest";
import { classOf, type Outcome, pool, settle } from "./support/outcome.js";
import { expectClean, guardProcess } from "./support/process-guard.js";
import { formatTally, printTable, tally } from "./support/table.js";

const CALLS = 1_000;
const FAULT_RATE = 0.3;
const SEED = 2026;
/** Calls in flight at once. */
const WIDTH = 8;

/**
 * Every fault kind the fake knows, with the variants that matter for a write: answers lost after the conversion
 * was recorded (`after: true`, truncated and slow bodies), refusals before it was, and Retry-After values that
 * are honoured, ignored (garbage, negative, past) or refused outright (absurd: the call fails at once).
 */
const FAULTS: Fault[] = [
  { type: "rate-limit", retryAfter: 0 },
  { type: "rate-limit", retryAfter: { date: 1 } },
  { type: "rate-limit", retryAfter: "99999999" },
  { type: "rate-limit", retryAfter: "soon" },
  { type: "rate-limit", retryAfter: "-5" },
  { type: "status", status: 503, body: "json" },
  { type: "status", status: 502, body: "html" },
  { type: "status", status: 500, body: "empty" },
  { type: "reset" },
  { type: "reset", after: true },
  { type: "hang" },
  { type: "hang", after: true },
  { type: "truncate" },
  { type: "malformed-json" },
  { type: "wrong-shape" },
  { type: "slow-body", chunkDelayMs: 5 },
  { type: "slow-body", chunkDelayMs: 120, chunks: 4 },
  { type: "latency", ms: 20 },
];

const faultName = (fault: Fault) =>
  fault.type === "rate-limit"
    ? `rate-limit(${JSON.stringify(fault.retryAfter)})`
    : fault.type === "status"
      ? `${fault.status} ${fault.body}`
      : "after" in fault && fault.after
        ? `${fault.type} after`
        : fault.type === "slow-body"
          ? `slow-body ${fault.chunkDelayMs}ms`
          : fault.type;

describe("TrackOfferz conversions under a 30 % fault rate (loopback HTTP)", () => {
  test("1,000 creates: each resolves or throws typed, none counted twice, none lost", async () => {
    const guard = guardProcess();
    const fake = createFakeTrackOfferz({ clicks: 3_000, conversions: 200 });
    const server = await fake.listen();
    let retries = 0;
    const client = new TrackOfferz({
      apiKey: fake.apiKey,
      baseUrl: server.url,
      timeout: 200,
      maxRetries: 8,
      maxRetryAfter: 5,
      backoff: { baseMs: 1, capMs: 5 },
      hooks: { onRetry: () => void retries++ },
    });
    const ids = fake.freshClickIds(CALLS);
    expect(ids).toHaveLength(CALLS);
    const started = performance.now();
    let first: Outcome<ConversionResult>[];
    let again: Outcome<ConversionResult>[];
    const recordedAfterFirst = new Map<string, number>();
    try {
      fake.faults.random({ rate: FAULT_RATE, seed: SEED, faults: FAULTS, match: { path: "/conversions" } });
      first = await pool(ids, WIDTH, (transaction_id) =>
        settle(() => client.conversions.create({ transaction_id, payout: 1.25 })),
      );
      // A request the client gave up on may still be inside the fake; let it finish before taking stock.
      for (let i = 0; i < 250 && fake.requests.some((r) => r.outcome === "pending"); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const served = fake.faults.served;
      const firstRequests = fake.requests.length;
      for (const row of fake.conversions.recorded())
        recordedAfterFirst.set(row.transaction_id, row.conversion_id);
      const firstMs = Math.round(performance.now() - started);

      // Later, the caller retries every transaction (the failed ones, and the rest to prove nothing changes).
      // Same fake, reached in process this time: the retry pass needs no faults, only the fake's state.
      fake.faults.clear();
      const later = new TrackOfferz({ apiKey: fake.apiKey, fetch: fake.fetch, maxRetries: 0 });
      again = await pool(ids, WIDTH, (transaction_id) =>
        settle(() => later.conversions.create({ transaction_id, payout: 1.25 })),
      );

      const resolved = first.filter((o) => o.ok);
      const thrown = first.filter((o) => !o.ok);
      const untyped = thrown.filter((o) => !(o.error instanceof TrackOfferzError));
      const recorded = fake.conversions.recorded();
      const recordCount = tally(recorded.map((r) => r.transaction_id));
      const doubleCounted = [...recordCount.values()].filter((n) => n > 1).length;
      const freshAnswers = tally(
        [...first, ...again].flatMap((o, i) =>
          o.ok && !o.value.duplicate ? [ids[i % CALLS] as string] : [],
        ),
      );
      const freshTwice = [...freshAnswers.values()].filter((n) => n > 1).length;

      let lost = 0;
      let inconsistent = 0;
      let thrownButRecorded = 0;
      ids.forEach((id, i) => {
        const one = first[i] as Outcome<ConversionResult>;
        const two = again[i] as Outcome<ConversionResult>;
        const before = recordedAfterFirst.get(id);
        if (one.ok && before === undefined) lost++;
        if (one.ok && one.value.conversion_id !== before) inconsistent++;
        if (!one.ok && before !== undefined) thrownButRecorded++;
        // The later retry: a duplicate of exactly what was recorded, or the first recording if nothing was.
        if (!two.ok) inconsistent++;
        else if (before !== undefined && !(two.value.duplicate && two.value.conversion_id === before))
          inconsistent++;
        else if (before === undefined && two.value.duplicate) inconsistent++;
        if (fake.conversions.get(id) === undefined) lost++;
      });

      printTable("TrackOfferz conversions.create ×1,000 at 30 % faults (seed 2026, loopback)", [
        {
          calls: CALLS,
          resolved: resolved.length,
          // The answer of an attempt that recorded it was lost; a retry of the call found it recorded.
          "resolved duplicate:true": resolved.filter((o) => o.ok && o.value.duplicate).length,
          "threw typed": thrown.length - untyped.length,
          untyped: untyped.length,
          "threw but recorded": thrownButRecorded,
          requests: firstRequests,
          "faults served": served.length,
          retries,
          ms: firstMs,
        },
      ]);
      printTable("…faults served, and what the calls that failed threw", [
        ...[...tally(served.map((s) => faultName(s.fault)))].map(([fault, n]) => ({ fault, served: n })),
        { fault: "calls thrown", served: formatTally(tally(thrown.map(classOf))) },
      ]);
      printTable("…after a later retry of all 1,000", [
        {
          recorded: recorded.length,
          "double-counted": doubleCounted,
          "duplicate:false twice": freshTwice,
          lost,
          "inconsistent retries": inconsistent,
          "retry pass duplicate:true": again.filter((o) => o.ok && o.value.duplicate).length,
          "retry pass duplicate:false": again.filter((o) => o.ok && !o.value.duplicate).length,
        },
      ]);

      expect(untyped.map((o) => String(o.ok ? "" : o.error))).toEqual([]);
      expect(served.length).toBeGreaterThan(0);
      expect(new Set(served.map((s) => faultName(s.fault))).size).toBe(FAULTS.length);
      expect(doubleCounted).toBe(0);
      expect(freshTwice).toBe(0);
      expect(lost).toBe(0);
      expect(inconsistent).toBe(0);
      expect(recorded).toHaveLength(CALLS);
      // Each id's later retry is duplicate:true exactly when something was recorded before it.
      expect(again.filter((o) => o.ok && o.value.duplicate)).toHaveLength(recordedAfterFirst.size);
    } finally {
      await server.close();
    }
    expectClean(await guard.finish());
  });
});
