import {
  APIError,
  ConnectionError,
  InvalidResponseError,
  RateLimitError,
  TimeoutError,
  TrackOfferz,
  TrackOfferzError,
} from "@offerkit/trackofferz";
import { createFakeTrackOfferz, type Fault } from "@offerkit/trackofferz/testing";
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
  fault: Fault;
  /** The class (and code) the call throws with no retries. */
  alone: { class: Function; code?: string; retryAfter?: number | "unset" };
  /** With retries allowed, after the fault is served once: "ok", or the class thrown without a second try. */
  retried: "ok" | Function;
  /** The fault is about time: the call runs with the short per-attempt timeout. */
  timed?: boolean;
}

const CASES: Case[] = [
  {
    name: "429 Retry-After: 1 (seconds)",
    fault: { type: "rate-limit", retryAfter: 1 },
    alone: { class: RateLimitError, code: "rate_limited", retryAfter: 1 },
    retried: "ok",
  },
  {
    name: "429 Retry-After: HTTP-date 1 s ahead",
    fault: { type: "rate-limit", retryAfter: { date: 1 } },
    alone: { class: RateLimitError, code: "rate_limited" },
    retried: "ok",
  },
  {
    name: "429 Retry-After: 99999999 (absurd)",
    fault: { type: "rate-limit", retryAfter: "99999999" },
    alone: { class: RateLimitError, code: "rate_limited", retryAfter: 99_999_999 },
    retried: RateLimitError,
  },
  {
    name: "429 Retry-After: soon (garbage)",
    fault: { type: "rate-limit", retryAfter: "soon" },
    alone: { class: RateLimitError, code: "rate_limited", retryAfter: "unset" },
    retried: "ok",
  },
  {
    name: "429 Retry-After: -5 (negative)",
    fault: { type: "rate-limit", retryAfter: "-5" },
    alone: { class: RateLimitError, code: "rate_limited", retryAfter: "unset" },
    retried: "ok",
  },
  {
    name: "429 Retry-After: a date in the past",
    fault: { type: "rate-limit", retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT" },
    alone: { class: RateLimitError, code: "rate_limited", retryAfter: "unset" },
    retried: "ok",
  },
  {
    name: "503 with the API's JSON body",
    fault: { type: "status", status: 503, body: "json" },
    alone: { class: APIError, code: "unavailable" },
    retried: "ok",
  },
  {
    name: "502 with a proxy's HTML page",
    fault: { type: "status", status: 502, body: "html" },
    alone: { class: APIError, code: "internal_error" },
    retried: "ok",
  },
  {
    name: "500 with an empty body",
    fault: { type: "status", status: 500, body: "empty" },
    alone: { class: APIError, code: "internal_error" },
    retried: "ok",
  },
  {
    name: "501 (will not change: not retried)",
    fault: { type: "status", status: 501, body: "json" },
    alone: { class: APIError },
    retried: APIError,
  },
  { name: "connection reset", fault: { type: "reset" }, alone: { class: ConnectionError }, retried: "ok" },
  {
    name: "connection reset after processing",
    fault: { type: "reset", after: true },
    alone: { class: ConnectionError },
    retried: "ok",
  },
  {
    name: "truncated body",
    fault: { type: "truncate", ratio: 0.5 },
    alone: { class: InvalidResponseError, code: "truncated_body" },
    retried: "ok",
  },
  {
    name: "malformed JSON",
    fault: { type: "malformed-json" },
    alone: { class: InvalidResponseError, code: "invalid_json" },
    retried: "ok",
  },
  {
    name: "wrong shape",
    fault: { type: "wrong-shape" },
    alone: { class: InvalidResponseError, code: "unexpected_shape" },
    retried: "ok",
  },
  {
    name: "hang (no answer)",
    fault: { type: "hang" },
    alone: { class: TimeoutError, code: "timeout" },
    retried: "ok",
    timed: true,
  },
  {
    name: "slow body, slower than the timeout",
    fault: { type: "slow-body", chunkDelayMs: 120, chunks: 4 },
    alone: { class: TimeoutError, code: "timeout" },
    retried: "ok",
    timed: true,
  },
  {
    name: "slow body within the timeout",
    fault: { type: "slow-body", chunkDelayMs: 10, chunks: 4 },
    alone: { class: Object },
    retried: "ok",
  },
  {
    name: "latency beyond the timeout",
    fault: { type: "latency", ms: 600 },
    alone: { class: TimeoutError, code: "timeout" },
    retried: "ok",
    timed: true,
  },
];

const SUMMARY = { from: "2026-06-01", to: "2026-06-30" };

/** One fault against its own fake: alone (no retries), then served once to a retrying client. */
async function runCase(c: Case) {
  const fake = createFakeTrackOfferz({ clicks: 200 });
  const server = await fake.listen();
  try {
    const client = (maxRetries: number) =>
      new TrackOfferz({
        apiKey: fake.apiKey,
        baseUrl: server.url,
        timeout: RELAXED_MS,
        maxRetries,
        backoff: { baseMs: 1, capMs: 5 },
        retryBudget: false,
      });
    const call = { timeout: c.timed ? TIMEOUT_MS : RELAXED_MS };
    fake.faults.script([c.fault]);
    const first = await settle(() => client(0).reports.summary(SUMMARY, call));
    fake.reset();
    fake.faults.script([c.fault]);
    const second = await settle(() => client(3).reports.summary(SUMMARY, call));
    return { first, second, requests: fake.requests.length };
  } finally {
    await server.close();
  }
}

describe("TrackOfferz: every fault kind over loopback HTTP ends in a typed error or a success", () => {
  test("each fault, alone and then retried, gives its class within the per-attempt timeout", async () => {
    const guard = guardProcess();
    // Each case has its own fake and server, so the cases (and their waits) run side by side.
    const results = await Promise.all(CASES.map(runCase));
    printTable(
      "TrackOfferz fault kinds (loopback; 200 ms per-attempt timeout for the timed faults)",
      CASES.map((c, i) => {
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
    );
    CASES.forEach((c, i) => {
      const { first, second, requests } = results[i] as Awaited<ReturnType<typeof runCase>>;
      if (c.alone.class === Object) expect(first.ok, c.name).toBe(true);
      else {
        expect(first.ok, c.name).toBe(false);
        const error = (first as { error: unknown }).error;
        expect(error, c.name).toBeInstanceOf(c.alone.class);
        expect(error, c.name).toBeInstanceOf(TrackOfferzError);
        if (c.alone.code) expect((error as TrackOfferzError).code, c.name).toBe(c.alone.code);
        if (c.alone.retryAfter === "unset") expect((error as RateLimitError).retryAfter).toBeUndefined();
        else if (c.alone.retryAfter !== undefined)
          expect((error as RateLimitError).retryAfter).toBe(c.alone.retryAfter);
      }
      if (c.retried === "ok") expect(second.ok, `${c.name} retried`).toBe(true);
      else {
        expect((second as { error: unknown }).error, `${c.name} retried`).toBeInstanceOf(c.retried);
        // Not slept through, not repeated: one request only.
        expect(requests, `${c.name} retried`).toBe(1);
      }
    });
    expectClean(await guard.finish());
  });
});
