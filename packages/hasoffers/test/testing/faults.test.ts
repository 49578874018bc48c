import { describe, expect, test, vi } from "vitest";
import { createFakeHasOffers, type FakeHasOffers } from "../../src/testing.js";
import { callUrl } from "./support.js";

/** A clock whose sleeps resolve at once and are recorded, so delays are asserted, not waited for. */
function instantClock() {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => 1_700_000_000_000,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
    },
  };
}

function fakeWith(clock = instantClock()): FakeHasOffers {
  return createFakeHasOffers({ rateLimit: false, clock });
}

const create = (fake: FakeHasOffers, name = "t") =>
  fake.fetch(callUrl(fake, "Tag", "create", `data[name]=${name}`));

describe("scripted faults", () => {
  test("rateLimit answers the rate-limit envelope inside HTTP 200 and takes no effect", async () => {
    const fake = fakeWith();
    fake.faults.next({ kind: "rateLimit" });
    const response = await create(fake);
    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text()).response.errorMessage).toContain(
      "API usage exceeded rate limit",
    );
    expect(fake.applied("Tag.create")).toBe(0);
    expect(fake.requests.at(-1)).toMatchObject({
      fault: "rateLimit",
      outcome: "rate-limited",
      applied: false,
    });
  });

  test.each([
    ["json", "application/json", (text: string) => expect(JSON.parse(text).response.httpStatus).toBe(503)],
    [
      "html",
      "text/html; charset=iso-8859-1",
      (text: string) => expect(text).toContain("<title>503 Service Unavailable</title>"),
    ],
    ["empty", null, (text: string) => expect(text).toBe("")],
  ] as const)("http 5xx with a %s body", async (body, contentType, check) => {
    const fake = fakeWith();
    fake.faults.next({ kind: "http", status: 503, body, retryAfter: 7 });
    const response = await create(fake);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(response.headers.get("content-type")).toBe(contentType);
    check(await response.text());
  });

  test("reset rejects the fetch like a dropped connection (ECONNRESET on the cause)", async () => {
    const fake = fakeWith();
    fake.faults.next({ kind: "reset" });
    const failure = await create(fake).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError & { cause: { code: string } }).cause.code).toBe("ECONNRESET");
    expect(fake.applied("Tag.create")).toBe(0);
  });

  test("a reset after the call took effect (applied: true) is what makes retries unsafe", async () => {
    const fake = fakeWith();
    fake.faults.next({ kind: "reset", applied: true });
    await create(fake).catch(() => {});
    expect(fake.applied("Tag.create")).toBe(1);
    expect(fake.requests.at(-1)).toMatchObject({ fault: "reset", applied: true, status: 0 });
  });

  test("truncate delivers part of the real answer, then the body fails", async () => {
    const fake = fakeWith();
    fake.faults.next({ kind: "truncate", afterBytes: 40 });
    const response = await create(fake);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value).toHaveLength(40);
    await expect(reader.read()).rejects.toThrow("terminated");
    expect(fake.applied("Tag.create")).toBe(1);
  });

  test("the bytes before a cut stay readable even when read late, as from a socket", async () => {
    const fake = fakeWith();
    fake.faults.next({ kind: "truncate", afterBytes: 25 });
    const response = await create(fake);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const reader = response.body!.getReader();
    expect((await reader.read()).value).toHaveLength(25);
    await expect(reader.read()).rejects.toThrow("terminated");
  });

  test("malformedJson is cut mid-token; wrongShape is valid JSON that is not the envelope", async () => {
    const fake = fakeWith();
    fake.faults.script({ kind: "malformedJson" }, { kind: "wrongShape", body: [1, 2] });
    const malformed = await (await create(fake)).text();
    expect(() => JSON.parse(malformed)).toThrow(SyntaxError);
    expect(await (await create(fake)).json()).toEqual([1, 2]);
  });

  test("hang never answers until the caller aborts, or the fake releases it", async () => {
    const fake = fakeWith();
    fake.faults.next({ kind: "hang" }, 2);
    const controller = new AbortController();
    const aborted = fake.fetch(callUrl(fake, "Offer", "findById", "id=1"), { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
    const released = create(fake);
    await vi.waitFor(() => expect(fake.faults.hung).toBe(1));
    fake.faults.release();
    await expect(released).rejects.toThrow("fetch failed");
  });

  test("slowBody trickles the real answer in chunks with a delay before each", async () => {
    const clock = instantClock();
    const fake = fakeWith(clock);
    const plain = await (await fake.fetch(callUrl(fake, "Offer", "findById", "id=1"))).text();
    fake.faults.next({ kind: "slowBody", chunkBytes: 100, delayMs: 250 });
    const response = await fake.fetch(callUrl(fake, "Offer", "findById", "id=1"));
    const reader = response.body!.getReader();
    const sizes: number[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) sizes.push(r.value.length);
    expect(sizes.every((s) => s <= 100)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(new TextEncoder().encode(plain).length);
    expect(clock.sleeps).toEqual(sizes.map(() => 250));
  });

  test("latency delays one request; faults.latency delays every matching one", async () => {
    const clock = instantClock();
    const fake = fakeWith(clock);
    fake.faults.next({ kind: "latency", ms: 1500 });
    await create(fake);
    fake.faults.latency(30, { target: "Offer" });
    await fake.fetch(callUrl(fake, "Offer", "findById", "id=1"));
    await create(fake);
    expect(clock.sleeps).toEqual([1500, 30]);
  });

  test("match limits a fault to a Target/Method or to downloads; null lets one request pass", async () => {
    const fake = fakeWith();
    fake.faults.script(null, { kind: "http", status: 500, match: { target: "Offer", method: "findAll" } });
    expect((await create(fake)).status).toBe(200);
    expect((await create(fake)).status).toBe(200);
    expect(fake.faults.pending).toBe(1);
    expect((await fake.fetch(callUrl(fake, "Offer", "findAll", "limit=1"))).status).toBe(500);
    expect(fake.faults.pending).toBe(0);
  });
});

describe("random faults", () => {
  test("a seeded rate fails about that share of requests, the same ones on every run", async () => {
    const run = async () => {
      const fake = fakeWith();
      fake.faults.random({ rate: 0.3, seed: 42, kinds: [{ kind: "http", status: 502, body: "html" }] });
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++)
        statuses.push((await fake.fetch(callUrl(fake, "Offer", "findById", "id=1"))).status);
      return statuses;
    };
    const first = await run();
    const failures = first.filter((s) => s === 502).length;
    expect(failures).toBeGreaterThan(40);
    expect(failures).toBeLessThan(80);
    expect(await run()).toEqual(first);
  });

  test("the default kinds cover every failure but hang", async () => {
    const fake = fakeWith();
    fake.faults.random({ rate: 1, seed: 3 });
    for (let i = 0; i < 80; i++) {
      const response = await create(fake).catch(() => undefined);
      await response?.text().catch(() => {});
    }
    expect(Object.keys(fake.counters.faults).sort()).toEqual([
      "http",
      "malformedJson",
      "rateLimit",
      "reset",
      "truncate",
      "wrongShape",
    ]);
    fake.faults.clear();
    expect((await create(fake)).status).toBe(200);
  });
});

describe("request log and counters", () => {
  test("every request is logged with its decoded params, outcome and status", async () => {
    const fake = fakeWith();
    await fake.fetch(
      callUrl(fake, "Offer", "findAll", "filters[OR][status][]=active&sort[Offer.id]=desc&limit=3"),
    );
    const [entry] = fake.requests;
    expect(entry).toMatchObject({
      seq: 1,
      kind: "api",
      httpMethod: "GET",
      target: "Offer",
      method: "findAll",
      outcome: "ok",
      status: 200,
      applied: false,
      params: { filters: { OR: { status: ["active"] } }, sort: { "Offer.id": "desc" }, limit: "3" },
    });
  });

  test("counters prove how many writes took effect, whatever the client saw", async () => {
    const fake = fakeWith();
    fake.faults.script({ kind: "http", status: 503 }, { kind: "truncate", afterBytes: 10 });
    await create(fake, "a");
    const cut = await create(fake, "b");
    await cut.text().catch(() => {});
    await create(fake, "c");
    expect(fake.applied("Tag.create")).toBe(2);
    expect(fake.counters).toMatchObject({ requests: 3, api: 3, faults: { http: 1, truncate: 1 } });
    fake.clearLog();
    expect(fake.requests).toHaveLength(0);
    expect(fake.applied("Tag.create")).toBe(0);
  });
});
