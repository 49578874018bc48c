import { HasOffers, HasOffersError } from "@offerkit/hasoffers";
import { createFakeHasOffers, type Fault } from "@offerkit/hasoffers/testing";
import { describe, expect, test } from "vitest";
import { classOf, type Outcome, pool, settle } from "./support/outcome.js";
import { expectClean, guardProcess } from "./support/process-guard.js";
import { formatTally, printTable, tally } from "./support/table.js";

const CALLS = 200;

/**
 * HasOffers has no idempotency key: a write whose answer is lost may have been applied, so the SDK repeats a
 * write only when the server surely did nothing (a rate-limit refusal, a refused connection). Half of these
 * faults hit after the write took effect.
 */
const FAULTS: Fault[] = [
  { kind: "rateLimit" },
  { kind: "http", status: 503, body: "json" },
  { kind: "http", status: 502, body: "html", applied: true },
  { kind: "reset" },
  { kind: "reset", applied: true },
  { kind: "hang", applied: true },
  { kind: "truncate" },
  { kind: "malformedJson" },
  { kind: "wrongShape" },
  { kind: "latency", ms: 10 },
];

describe("HasOffers writes under a 30 % fault rate (loopback HTTP)", () => {
  test("200 Tag.create calls: each resolves or throws typed, and none is applied twice", async () => {
    const guard = guardProcess();
    const fake = createFakeHasOffers({ rateLimit: false, seed: { tags: 0 } });
    const server = await fake.listen();
    let retries = 0;
    const ho = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: server.endpoint,
      timeout: 300,
      maxRetries: 5,
      retryDelay: 2,
      pacing: false,
      hooks: { onRetry: () => void retries++ },
    });
    const names = Array.from({ length: CALLS }, (_, i) => `reliability-${i}`);
    let outcomes: Outcome<unknown>[] = [];
    try {
      fake.faults.random({ rate: 0.3, seed: 31, kinds: FAULTS, match: { target: "Tag", method: "create" } });
      outcomes = await pool(names, 6, (name) => settle(() => ho.call("Tag", "create", { data: { name } })));
      for (let i = 0; i < 250 && fake.faults.hung > 0; i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await fake.close();
    }
    const appliedByName = tally(
      fake.requests
        .filter((r) => r.applied)
        .map((r) => String((r.params.data as Record<string, unknown> | undefined)?.name)),
    );
    const stored = tally(fake.state.list("Tag").map((t) => String(t.name)));
    const untyped = outcomes.filter((o) => !o.ok && !(o.error instanceof HasOffersError));
    let twice = 0;
    let lost = 0;
    names.forEach((name, i) => {
      if ((appliedByName.get(name) ?? 0) > 1 || (stored.get(name) ?? 0) > 1) twice++;
      if ((outcomes[i] as Outcome<unknown>).ok && stored.get(name) !== 1) lost++;
    });
    const thrown = outcomes.filter((o) => !o.ok);
    printTable("HasOffers Tag.create ×200 at 30 % faults (seed 31, loopback)", [
      {
        calls: CALLS,
        resolved: CALLS - thrown.length,
        "threw typed": thrown.length - untyped.length,
        untyped: untyped.length,
        "threw but applied": names.filter(
          (n, i) => !(outcomes[i] as Outcome<unknown>).ok && stored.get(n) === 1,
        ).length,
        "applied twice": twice,
        "resolved but not stored": lost,
        requests: fake.counters.api,
        "faults served": formatTally(new Map(Object.entries(fake.counters.faults) as [string, number][])),
        retries,
      },
    ]);
    printTable("…what the calls that failed threw (a write is retried only after a refusal)", [
      { thrown: formatTally(tally(thrown.map(classOf))) },
    ]);
    expect(untyped).toEqual([]);
    expect(twice).toBe(0);
    expect(lost).toBe(0);
    expectClean(await guard.finish());
  });
});
