import {
  APIError,
  ConnectionError,
  HasOffers,
  HasOffersError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
} from "@offerkit/hasoffers";
import { createFakeHasOffers, type ScriptedFault } from "@offerkit/hasoffers/testing";
import { describe, expect, test } from "vitest";
import { classOf, codeOf, settle } from "./support/outcome.js";
import { expectClean, guardProcess } from "./support/process-guard.js";
import { printTable } from "./support/table.js";

/** Per-attempt timeout of the calls that meet a hang, a slow body or long latency: they must end in about this. */
const TIMEOUT_MS = 200;
/** Per-attempt timeout of every other call: generous, so a busy CI machine cannot turn an answer into a timeout. */
const RELAXED_MS = 5_000;

interface Case {
  name: string;
  fault: ScriptedFault;
  /** The class (and code) a read throws with no retries; `null`: it succeeds. */
  alone: { class: Function; code?: string; retryAfter?: number } | null;
  /** With retries allowed, after the fault is served once: "ok", or the class thrown without a retry. */
  retried: "ok" | Function;
  /** The fault is about time: the call runs with the short per-attempt timeout. */
  timed?: boolean;
}

const CASES: Case[] = [
  {
    name: "rate-limit envelope (recorded wording)",
    fault: { kind: "rateLimit", wording: "recorded" },
    alone: { class: RateLimitError, code: "rate_limited" },
    retried: "ok",
  },
  {
    name: "rate-limit envelope (documented wording)",
    fault: { kind: "rateLimit", wording: "docs" },
    alone: { class: RateLimitError, code: "rate_limited" },
    retried: "ok",
  },
  {
    name: "HTTP 429 Retry-After: 1",
    fault: { kind: "http", status: 429, body: "json", retryAfter: 1 },
    alone: { class: RateLimitError, code: "rate_limited", retryAfter: 1 },
    retried: "ok",
  },
  {
    name: "HTTP 429 Retry-After: 99999999 (absurd)",
    fault: { kind: "http", status: 429, body: "json", retryAfter: 99_999_999 },
    alone: { class: RateLimitError, code: "rate_limited", retryAfter: 99_999_999 },
    retried: RateLimitError,
  },
  {
    name: "HTTP 429 Retry-After: -5 (negative)",
    fault: { kind: "http", status: 429, body: "empty", retryAfter: -5 },
    alone: { class: RateLimitError, code: "rate_limited" },
    retried: "ok",
  },
  {
    name: "HTTP 429 Retry-After: NaN (garbage)",
    fault: { kind: "http", status: 429, body: "html", retryAfter: Number.NaN },
    alone: { class: RateLimitError, code: "rate_limited" },
    retried: "ok",
  },
  {
    name: "HTTP 503 with a JSON body",
    fault: { kind: "http", status: 503, body: "json" },
    alone: { class: APIError, code: "server_error" },
    retried: "ok",
  },
  {
    name: "HTTP 502 with an HTML page",
    fault: { kind: "http", status: 502, body: "html" },
    alone: { class: APIError, code: "server_error" },
    retried: "ok",
  },
  {
    name: "HTTP 500 with an empty body",
    fault: { kind: "http", status: 500, body: "empty" },
    alone: { class: APIError, code: "server_error" },
    retried: "ok",
  },
  {
    name: "HTTP 404 with an HTML page (not retried)",
    fault: { kind: "http", status: 404, body: "html" },
    alone: { class: NotFoundError },
    retried: NotFoundError,
  },
  { name: "connection reset", fault: { kind: "reset" }, alone: { class: ConnectionError }, retried: "ok" },
  {
    name: "truncated body",
    fault: { kind: "truncate" },
    alone: { class: InvalidResponseError, code: "truncated_body" },
    retried: "ok",
  },
  {
    name: "malformed JSON",
    fault: { kind: "malformedJson" },
    alone: { class: InvalidResponseError, code: "malformed_json" },
    retried: "ok",
  },
  {
    name: "wrong shape",
    fault: { kind: "wrongShape" },
    alone: { class: InvalidResponseError, code: "wrong_shape" },
    retried: "ok",
  },
  {
    name: "hang (no answer)",
    fault: { kind: "hang" },
    alone: { class: TimeoutError, code: "timeout" },
    retried: "ok",
    timed: true,
  },
  {
    name: "slow body, slower than the timeout",
    fault: { kind: "slowBody", delayMs: 60, chunkBytes: 256 },
    alone: { class: TimeoutError, code: "timeout" },
    retried: "ok",
    timed: true,
  },
  {
    name: "slow body within the timeout",
    fault: { kind: "slowBody", delayMs: 1, chunkBytes: 64 },
    alone: null,
    retried: "ok",
  },
  {
    name: "latency beyond the timeout",
    fault: { kind: "latency", ms: 600 },
    alone: { class: TimeoutError, code: "timeout" },
    retried: "ok",
    timed: true,
  },
];

/** A fake HasOffers on loopback with a client factory for it. */
async function rig() {
  const fake = createFakeHasOffers({ rateLimit: false, seed: { offers: 5 } });
  const server = await fake.listen();
  const client = (maxRetries: number) =>
    new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: server.endpoint,
      timeout: RELAXED_MS,
      maxRetries,
      retryDelay: 5,
      pacing: false,
      retryBudget: false,
    });
  return { fake, client };
}

/** One fault against its own fake: alone (no retries), then served once to a retrying client. */
async function runCase(c: Case) {
  const { fake, client } = await rig();
  try {
    const call = { timeout: c.timed ? TIMEOUT_MS : RELAXED_MS };
    fake.faults.next(c.fault);
    const first = await settle(() => client(0).offers.findById(1, {}, call));
    fake.clearLog();
    fake.faults.next(c.fault);
    const second = await settle(() => client(3).offers.findById(1, {}, call));
    return { first, second, requests: fake.counters.api };
  } finally {
    await fake.close();
  }
}

/** A write whose answer is lost after it took effect: it must not be repeated (and so not applied twice). */
async function lostWrite() {
  const { fake, client } = await rig();
  try {
    fake.faults.next({ kind: "reset", applied: true, match: { target: "Tag", method: "create" } });
    const write = await settle(() => client(3).call("Tag", "create", { data: { name: "reliability" } }));
    return { write, applied: fake.applied("Tag.create"), requests: fake.counters.api };
  } finally {
    await fake.close();
  }
}

describe("HasOffers: every fault kind over loopback HTTP ends in a typed error or a success", () => {
  test("each fault, alone and then retried, gives its class within the per-attempt timeout", async () => {
    const guard = guardProcess();
    // Each case has its own fake and server, so the cases (and their backoff waits) run side by side.
    const [results, lost] = await Promise.all([Promise.all(CASES.map(runCase)), lostWrite()]);
    printTable("HasOffers fault kinds (loopback; 200 ms per-attempt timeout for the timed faults)", [
      ...CASES.map((c, i) => {
        const { first, second, requests } = results[i] as Awaited<ReturnType<typeof runCase>>;
        return {
          fault: c.name,
          "alone: class": classOf(first),
          code: codeOf(first),
          "retryAfter s": first.ok ? undefined : (first.error as RateLimitError).retryAfter,
          ms: first.ms,
          "retrying: class": classOf(second),
          requests,
          "total ms": second.ms,
        };
      }),
      {
        fault: "reset after a write took effect",
        "retrying: class": classOf(lost.write),
        requests: lost.requests,
        "total ms": lost.write.ms,
      },
    ]);
    CASES.forEach((c, i) => {
      const { first, second, requests } = results[i] as Awaited<ReturnType<typeof runCase>>;
      if (c.alone === null) expect(first.ok, c.name).toBe(true);
      else {
        const error = (first as { error?: unknown }).error;
        expect(error, c.name).toBeInstanceOf(c.alone.class);
        expect(error, c.name).toBeInstanceOf(HasOffersError);
        if (c.alone.code) expect((error as { code?: string }).code, c.name).toBe(c.alone.code);
        if (c.alone.retryAfter !== undefined)
          expect((error as RateLimitError).retryAfter, c.name).toBe(c.alone.retryAfter);
      }
      if (c.retried === "ok") expect(second.ok, `${c.name} retried`).toBe(true);
      else {
        expect((second as { error?: unknown }).error, `${c.name} retried`).toBeInstanceOf(c.retried);
        expect(requests, `${c.name} retried`).toBe(1);
      }
    });
    expect((lost.write as { error?: unknown }).error).toBeInstanceOf(ConnectionError);
    expect(lost.applied).toBe(1);
    expect(lost.requests).toBe(1);
    expectClean(await guard.finish());
  });
});
