import { APIError, ConnectionError, InvalidResponseError, RateLimitError } from "@offerkit/errors";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { client, failed, fakeFetch, ok } from "./helpers/fake-fetch.js";

const RATE_LIMITED = "blabla.  API usage exceeded rate limit.  Configured: 50/10s window; Your usage: 51.";

/** A fake API that answers with `script[i]` for the i-th request (the last entry repeats). */
function scripted(...script: (() => Response | Promise<Response>)[]) {
  return fakeFetch((_seen, index) => (script[Math.min(index, script.length - 1)] as () => Response)());
}

const rateLimited = () => failed([{ publicMessage: RATE_LIMITED }], RATE_LIMITED);
const newWording = () => failed([{ publicMessage: "User has exceeded API rate limit" }]);
const ids = () => ok(["1", "2"]);
const refused = () =>
  Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }));
const reset = () =>
  Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } }));

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Starts `run`, then lets fake time pass in steps until it settles. */
async function settle<T>(
  run: Promise<T>,
  stepMs = 100,
  maxMs = 120_000,
): Promise<{ value?: T; error?: unknown; elapsed: number }> {
  let outcome: { value?: T; error?: unknown } | undefined;
  run.then(
    (value) => {
      outcome = { value };
    },
    (error) => {
      outcome = { error };
    },
  );
  let elapsed = 0;
  while (!outcome && elapsed <= maxMs) {
    await vi.advanceTimersByTimeAsync(stepMs);
    elapsed += stepMs;
  }
  return { ...outcome, elapsed };
}

describe("rate limits", () => {
  test("a rate-limited call is retried after retryDelay with jitter, then succeeds", async () => {
    const api = scripted(rateLimited, ids);
    const ho = client(api.fetch, { retryDelay: 2000 });
    const run = ho.advertisers.findAllIds();
    // Math.random() = 0.5: 2000 ms plus half of the 1000 ms jitter range.
    await vi.advanceTimersByTimeAsync(2499);
    expect(api.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.calls).toHaveLength(2);
    expect(await run).toEqual(["1", "2"]);
  });

  test("the wait is retryDelay plus up to half of it again", async () => {
    for (const [random, expected] of [
      [0, 3000],
      [0.5, 3750],
      [0.99, 4485],
    ] as const) {
      vi.spyOn(Math, "random").mockReturnValue(random);
      const api = scripted(rateLimited, ids);
      const ho = client(api.fetch);
      const run = ho.advertisers.findAllIds();
      await vi.advanceTimersByTimeAsync(expected - 1);
      expect(api.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(api.calls).toHaveLength(2);
      await run;
    }
  });

  test("both wordings are retried", async () => {
    const api = scripted(newWording, ids);
    const result = await settle(client(api.fetch).offers.findAllIds());
    expect(result.value).toEqual(["1", "2"]);
    expect(api.calls).toHaveLength(2);
  });

  test("maxRetries: 3 means three retries (four attempts), then the RateLimitError", async () => {
    const api = scripted(rateLimited);
    const result = await settle(client(api.fetch, { maxRetries: 3 }).advertisers.findAllIds());
    expect(result.error).toBeInstanceOf(RateLimitError);
    expect((result.error as RateLimitError).retryAfter).toBe(3.75);
    expect(api.calls).toHaveLength(4);
  });

  test("maxRetries: 0 makes one attempt; maxRetries: 1 two", async () => {
    const zero = scripted(rateLimited);
    expect((await settle(client(zero.fetch, { maxRetries: 0 }).offers.findAllIds())).error).toBeInstanceOf(
      RateLimitError,
    );
    expect(zero.calls).toHaveLength(1);
    const one = scripted(rateLimited);
    expect((await settle(client(one.fetch, { maxRetries: 1 }).offers.findAllIds())).error).toBeInstanceOf(
      RateLimitError,
    );
    expect(one.calls).toHaveLength(2);
  });

  test("the default is three retries", async () => {
    const api = scripted(rateLimited);
    await settle(client(api.fetch).offers.findAllIds());
    expect(api.calls).toHaveLength(4);
  });

  test("a write is retried after a rate limit too: the server did nothing", async () => {
    const api = scripted(rateLimited, () => ok({ Advertiser: { id: "115" } }));
    const result = await settle(client(api.fetch).advertisers.create({ company: "X" }));
    expect(result.value).toEqual({ id: "115" });
    expect(api.calls).toHaveLength(2);
  });

  test("a per-call maxRetries overrides the client's", async () => {
    const api = scripted(rateLimited);
    await settle(client(api.fetch, { maxRetries: 3 }).offers.findAllIds({}, { maxRetries: 1 }));
    expect(api.calls).toHaveLength(2);
  });

  test("a retryDelay longer than a minute still waits instead of failing", async () => {
    const api = scripted(rateLimited, ids);
    const result = await settle(client(api.fetch, { retryDelay: 90_000 }).offers.findAllIds(), 1000, 200_000);
    expect(result.value).toEqual(["1", "2"]);
  });

  test("onRetry hooks and the logger hear about each retry", async () => {
    const api = scripted(rateLimited, ids);
    const onRetry = vi.fn();
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    await settle(client(api.fetch, { hooks: { onRetry }, logger }).offers.findAllIds());
    expect(onRetry).toHaveBeenCalledWith(
      expect.objectContaining({ attempt: 1, delayMs: 3750, reason: "rate limited" }),
    );
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining("retrying in 3750 ms"));
  });
});

describe("transient failures", () => {
  test("a 5xx is retried for a read", async () => {
    const api = scripted(() => new Response("<html>502</html>", { status: 502 }), ids);
    const result = await settle(client(api.fetch).offers.findAllIds());
    expect(result.value).toEqual(["1", "2"]);
    expect(api.calls).toHaveLength(2);
  });

  test("waits with full-jitter backoff, 500 ms doubling by default, or as `backoff` says", async () => {
    const delays = async (options: object) => {
      const api = scripted(
        () => new Response("<html>502</html>", { status: 502 }),
        () => new Response("", { status: 503 }),
        ids,
      );
      const onRetry = vi.fn();
      await settle(client(api.fetch, { hooks: { onRetry }, ...options }).offers.findAllIds());
      return onRetry.mock.calls.map(([event]) => event.delayMs);
    };
    // Math.random is 0.5: half of 500, then half of 1000.
    expect(await delays({})).toEqual([250, 500]);
    expect(await delays({ backoff: { baseMs: 40, capMs: 60 } })).toEqual([20, 30]);
  });

  test("a 5xx is not retried for a write (it may have been applied)", async () => {
    const api = scripted(
      () => new Response("", { status: 503 }),
      () => ok({ Offer: { id: "1" } }),
    );
    const result = await settle(client(api.fetch).offers.create({ name: "x" }));
    expect(result.error).toBeInstanceOf(APIError);
    expect((result.error as APIError).status).toBe(503);
    expect(api.calls).toHaveLength(1);
  });

  test("a reset connection is retried for a read, not for a write", async () => {
    const read = scripted(reset, ids);
    expect((await settle(client(read.fetch).offers.findAllIds())).value).toEqual(["1", "2"]);
    const write = scripted(reset, () => ok(true));
    expect((await settle(client(write.fetch).offers.blockAffiliate(1, 2))).error).toBeInstanceOf(
      ConnectionError,
    );
    expect(write.calls).toHaveLength(1);
  });

  test("a refused connection is retried even for a write (nothing reached a server)", async () => {
    const api = scripted(refused, () => ok(true));
    expect((await settle(client(api.fetch).offers.blockAffiliate(1, 2))).value).toBe(true);
    expect(api.calls).toHaveLength(2);
  });

  test("an unreadable answer is retried for a read", async () => {
    const api = scripted(() => new Response('{"response":{"stat'), ids);
    expect((await settle(client(api.fetch).offers.findAllIds())).value).toEqual(["1", "2"]);
  });

  test("after the last retry the last error is thrown, not a generic one", async () => {
    const api = scripted(() => new Response("", { status: 200 }));
    const result = await settle(client(api.fetch, { maxRetries: 2 }).offers.findAllIds());
    expect(result.error).toBeInstanceOf(InvalidResponseError);
    expect(api.calls).toHaveLength(3);
  });

  test("API errors (validation, not found…) are never retried", async () => {
    const api = scripted(() => failed([{ publicMessage: "Row id is negative" }]));
    const result = await settle(client(api.fetch).offers.addCategory(196, 1));
    expect(result.error).toBeInstanceOf(APIError);
    expect(api.calls).toHaveLength(1);
  });

  test("the per-attempt timeout aborts a hung request and retries it", async () => {
    let n = 0;
    const api = fakeFetch((seen) => {
      void seen;
      n++;
      if (n === 1) return new Promise<Response>(() => {}); // never answers; the engine's signal is not honoured here
      return ok(["1"]);
    });
    // A fetch that honours the abort signal, like the real one.
    const honouring = ((input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        Promise.resolve(api.fetch(input, init)).then(resolve, reject);
      })) as typeof fetch;
    const result = await settle(client(honouring, { timeout: 1000 }).offers.findAllIds());
    expect(result.value).toEqual(["1"]);
    expect(api.calls).toHaveLength(2);
  });
});

describe("deadline", () => {
  test("the client's deadline ends the retries of one call", async () => {
    const api = scripted(rateLimited);
    const result = await settle(client(api.fetch, { maxRetries: 10, deadline: 10_000 }).offers.findAllIds());
    expect(result.error).toBeInstanceOf(RateLimitError);
    // 3750 ms between attempts: the third wait would end past the 10 s deadline.
    expect(api.calls).toHaveLength(3);
  });

  test("a per-call deadline overrides it", async () => {
    const api = scripted(rateLimited);
    await settle(client(api.fetch, { maxRetries: 10 }).offers.findAllIds({}, { deadline: 5000 }));
    expect(api.calls).toHaveLength(2);
  });
});

describe("pacing", () => {
  test("by default at most 50 calls start in any 10 s window", async () => {
    const api = fakeFetch(() => ok([]));
    const ho = client(api.fetch, { pacing: undefined });
    const runs = Array.from({ length: 60 }, () => ho.offers.findAllIds());
    await vi.advanceTimersByTimeAsync(0);
    expect(api.calls).toHaveLength(50);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.calls).toHaveLength(60);
    await Promise.all(runs);
  });

  test("pacing: false turns it off", async () => {
    const api = fakeFetch(() => ok([]));
    const ho = client(api.fetch, { pacing: false });
    await Promise.all(Array.from({ length: 60 }, () => ho.offers.findAllIds()));
    expect(api.calls).toHaveLength(60);
  });
});
