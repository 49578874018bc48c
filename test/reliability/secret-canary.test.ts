import { inspect } from "node:util";
import { HasOffers, type Hooks as HoHooks } from "@offerkit/hasoffers";
import { RawLogs } from "@offerkit/hasoffers/raw-logs";
import { createFakeHasOffers, type Fault as HoFault } from "@offerkit/hasoffers/testing";
import { type Hooks, type Logger, TrackOfferz } from "@offerkit/trackofferz";
import { createFakeTrackOfferz, type Fault as TofzFault } from "@offerkit/trackofferz/testing";
import { describe, expect, test } from "vitest";
import { LeakScanner } from "./support/leak-scanner.js";
import { classOf, type Outcome, settle } from "./support/outcome.js";
import { expectClean, guardProcess } from "./support/process-guard.js";
import { formatTally, printTable, tally } from "./support/table.js";

// Canaries: distinctive secrets that must never show up in anything a client lets out.
const TOFZ_KEY = "tofz_sk_live_CanaryQ7x3Zp9Kw2";
const TOFZ_WRONG_KEY = "tofz_sk_live_CanaryWrongKey55";
const TOFZ_MALFORMED_KEY = "sk_CanaryMalformed0042";
// A `+` and a `/` make the URL-encoded spelling differ from the raw one.
const HO_TOKEN = "NETcanary+R8v/2Lq5TzW";
const HO_WRONG_TOKEN = "NETcanaryWrong+77/xQ";

/** A logger that keeps every line, metadata rendered in full. */
function capturingLogger(lines: string[]): Logger {
  const keep =
    (level: string) =>
    (message: string, ...meta: unknown[]) =>
      lines.push(
        [level, message, ...meta.map((m) => inspect(m, { depth: Number.POSITIVE_INFINITY }))].join(" "),
      );
  return { debug: keep("debug"), info: keep("info"), warn: keep("warn"), error: keep("error") };
}

/** Hooks that keep every event. */
function capturingHooks(events: unknown[]): Hooks & HoHooks {
  return {
    onRequest: (event) => void events.push(event),
    onResponse: (event) => void events.push(event),
    onRetry: (event) => void events.push(event),
  };
}

function summarise(scanner: LeakScanner, outcomes: Outcome<unknown>[]) {
  return [...scanner.scanned].map(([source, items]) => ({
    source,
    "items scanned": items,
    leaks: scanner.leaks.filter((l) => l.source === source).length,
    ...(source === "errors" ? { classes: formatTally(tally(outcomes.map(classOf))) } : {}),
  }));
}

const TOFZ_FAULTS: TofzFault[] = [
  { type: "rate-limit", retryAfter: 0 },
  { type: "rate-limit", retryAfter: { date: 1 } },
  { type: "rate-limit", retryAfter: "99999999" },
  { type: "rate-limit", retryAfter: "garbage" },
  { type: "status", status: 503, body: "json" },
  { type: "status", status: 502, body: "html" },
  { type: "status", status: 500, body: "empty" },
  { type: "reset" },
  { type: "reset", after: true },
  { type: "hang" },
  { type: "truncate" },
  { type: "malformed-json" },
  { type: "wrong-shape", body: { echo: `Bearer ${TOFZ_KEY}` } },
  { type: "slow-body", chunkDelayMs: 120, chunks: 4 },
];

const HO_FAULTS: HoFault[] = [
  { kind: "rateLimit" },
  { kind: "http", status: 429, body: "json", retryAfter: 99_999_999 },
  { kind: "http", status: 503, body: "json" },
  { kind: "http", status: 502, body: "html" },
  { kind: "http", status: 500, body: "empty" },
  { kind: "reset" },
  { kind: "truncate" },
  { kind: "malformedJson" },
  { kind: "wrongShape" },
  { kind: "hang" },
  { kind: "slowBody", delayMs: 60, chunkBytes: 256 },
];

/** The signatures of every presigned link the fake handed out: secrets as much as the token. */
function signaturesSeen(fake: ReturnType<typeof createFakeHasOffers>): string[] {
  return fake.requests
    .filter((r) => r.kind === "download")
    .map((r) => new URL(r.url).searchParams.get("X-Amz-Signature") ?? "")
    .filter((signature) => signature.length > 0);
}

describe("the leak scanner itself", () => {
  test("finds a planted canary in every spelling and depth it looks at", () => {
    const scanner = new LeakScanner();
    scanner.watch(HO_TOKEN);
    const deep = new Error("outer", {
      cause: new AggregateError([new Error(`NetworkToken=${encodeURIComponent(HO_TOKEN)}`)], "inner"),
    });
    scanner.scan("encoded, in an AggregateError member of a cause", deep);
    scanner.scan(
      "lower-case hex",
      `?t=${encodeURIComponent(HO_TOKEN).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())}`,
    );
    scanner.scan("hidden property", Object.defineProperty({}, "token", { value: HO_TOKEN }));
    scanner.scan("clean", { token: "[REDACTED]" });
    expect(new Set(scanner.leaks.map((l) => l.source))).toEqual(
      new Set(["encoded, in an AggregateError member of a cause", "lower-case hex", "hidden property"]),
    );
  });
});

describe("canary secrets never leave a client", () => {
  test("TrackOfferz: the API key is in no error, log line, hook event, result or client rendering", async () => {
    const guard = guardProcess();
    const fake = createFakeTrackOfferz({ apiKey: TOFZ_KEY, readOnlyApiKey: `${TOFZ_KEY}_ro`, clicks: 2_000 });
    const server = await fake.listen();
    const scanner = new LeakScanner();
    scanner.watch(TOFZ_KEY, TOFZ_WRONG_KEY, TOFZ_MALFORMED_KEY, `${TOFZ_KEY}_ro`, "CanaryQ7x3Zp9Kw2");
    const lines: string[] = [];
    const events: unknown[] = [];
    const outcomes: Outcome<unknown>[] = [];
    const results: unknown[] = [];
    const common = {
      timeout: 150,
      backoff: { baseMs: 1, capMs: 5 },
      maxRetryAfter: 2,
      logger: capturingLogger(lines),
      logLevel: "debug" as const,
      hooks: capturingHooks(events),
    };
    try {
      const client = new TrackOfferz({ apiKey: TOFZ_KEY, baseUrl: server.url, maxRetries: 3, ...common });
      const wrong = new TrackOfferz({ apiKey: TOFZ_WRONG_KEY, baseUrl: server.url, ...common });
      const readOnly = new TrackOfferz({ apiKey: `${TOFZ_KEY}_ro`, baseUrl: server.url, ...common });
      const run = async (call: () => Promise<unknown>) => {
        const outcome = await settle(call);
        outcomes.push(outcome);
        if (outcome.ok) results.push(outcome.value);
      };

      // Every fault kind once with no retries, so each error surfaces; then a random 40 % for the retry paths.
      for (const fault of TOFZ_FAULTS) {
        fake.faults.script([fault]);
        await run(() => client.reports.summary({}, { maxRetries: 0 }));
      }
      fake.faults.random({ rate: 0.4, seed: 99, faults: TOFZ_FAULTS });
      const ids = fake.freshClickIds(40);
      for (const transaction_id of ids)
        await run(() => client.conversions.create({ transaction_id, payout: 2 }));
      await run(() => client.reports.breakdown({ by: "publisher", limit: 5 }));
      await run(() => client.reports.conversions({ page_size: 10 }));
      await run(async () => {
        const iterator = client.reports.iterClicks({ page_size: 200 }, { concurrency: 2 });
        results.push(iterator);
        let n = 0;
        for await (const _ of iterator) n++;
        return n;
      });
      fake.faults.clear();
      // The typed failures without faults: validation, not found, authentication, permission, abort, deadline.
      await run(() => client.reports.summary({ from: "2026-02-30", to: "2026-03-01" }));
      await run(() => client.conversions.create({ transaction_id: "click_nobody" }));
      await run(() => wrong.reports.summary());
      await run(() => readOnly.conversions.create({ transaction_id: ids[0]! }));
      fake.faults.script([{ type: "hang" }]);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error(`caller gave up on ${TOFZ_KEY}`)), 30);
      // Only the abort may end this call (and only the deadline the next): no per-attempt timeout gets there first.
      await run(() => client.reports.summary({}, { signal: controller.signal, timeout: 5_000 }));
      fake.faults.script([{ type: "hang" }, { type: "hang" }]);
      await run(() => client.reports.summary({}, { deadline: 60, timeout: 5_000 }));
      await run(async () => new TrackOfferz({ apiKey: TOFZ_MALFORMED_KEY }));

      for (const outcome of outcomes) if (!outcome.ok) scanner.scan("errors", outcome.error);
      for (const line of lines) scanner.scan("log lines", line);
      for (const event of events) scanner.scan("hook events", event);
      for (const result of results) scanner.scan("returned values", result);
      for (const shown of [client, wrong, readOnly, client.reports, client.conversions])
        scanner.scan("clients", shown);
    } finally {
      await server.close();
    }
    printTable(
      "Canary scan, TrackOfferz (debug logger, every hook, loopback faults)",
      summarise(scanner, outcomes),
    );
    expect(scanner.leaks).toEqual([]);
    // The scan saw the failures it was meant to: every class, logs at debug level, retries in the hooks.
    expect(new Set(outcomes.map(classOf))).toEqual(
      new Set([
        "ok",
        "RateLimitError",
        "APIError",
        "ConnectionError",
        "InvalidResponseError",
        "TimeoutError",
        "ValidationError",
        "NotFoundError",
        "AuthenticationError",
        "PermissionDeniedError",
        "AbortError",
      ]),
    );
    expect(lines.some((l) => l.startsWith("debug"))).toBe(true);
    expect(events.some((e) => "reason" in (e as object))).toBe(true);
    expectClean(await guard.finish());
  });
  test("HasOffers: the NetworkToken and presigned signatures are in no error, log line, hook event, result or client rendering", async () => {
    const guard = guardProcess();
    const fake = createFakeHasOffers({
      networkToken: HO_TOKEN,
      rateLimit: false,
      authFailure: "not-authenticated",
      seed: { offers: 120, rawLogs: { days: 1, filesPerDay: 2, rowsPerFile: 300 } },
    });
    const server = await fake.listen();
    const scanner = new LeakScanner();
    scanner.watch(HO_TOKEN, HO_WRONG_TOKEN, "R8v/2Lq5TzW");
    const lines: string[] = [];
    const events: unknown[] = [];
    const resumes: unknown[] = [];
    const outcomes: Outcome<unknown>[] = [];
    const results: unknown[] = [];
    const links: string[] = [];
    const common = {
      networkId: fake.networkId,
      endpoint: server.endpoint,
      timeout: 150,
      retryDelay: 2,
      pacing: false as const,
      logger: capturingLogger(lines),
      logLevel: "debug" as const,
      hooks: capturingHooks(events),
    };
    const ho = new HasOffers({ ...common, networkToken: HO_TOKEN, maxRetries: 3 });
    const wrong = new HasOffers({ ...common, networkToken: HO_WRONG_TOKEN });
    const logs = new RawLogs(ho.rawLogTransport);
    try {
      const run = async (call: () => Promise<unknown>) => {
        const outcome = await settle(call);
        outcomes.push(outcome);
        if (outcome.ok) results.push(outcome.value);
      };
      const readAll = async (filename: string, maxRetries?: number) => {
        let n = 0;
        const records = logs.clicks.records(filename, { maxRetries, onResume: (e) => void resumes.push(e) });
        for await (const _ of records) n++;
        return n;
      };

      for (const fault of HO_FAULTS) {
        fake.faults.next(fault);
        await run(() => ho.offers.findById(1, {}, { maxRetries: 0 }));
      }
      const [file, second] = fake.rawLogs.files("clicks");
      // Downloads that fail in each way: resumed (truncated), refused (500), not a zip, a proxy's page.
      for (const fault of [
        { kind: "truncate", afterBytes: 4_000 },
        { kind: "http", status: 500, body: "html" },
        { kind: "malformedJson" },
        { kind: "wrongShape" },
      ] as HoFault[]) {
        fake.faults.next({ ...fault, match: { download: true } });
        await run(() => readAll(file!.filename, fault.kind === "truncate" ? 2 : 0));
      }
      fake.faults.random({ rate: 0.4, seed: 7, kinds: HO_FAULTS });
      await run(() => ho.offers.findAll({ limit: 10, contain: ["Country"] }));
      await run(async () => {
        const iterator = ho.offers.iterate({ pageSize: 30, concurrency: 2 });
        results.push(iterator);
        let n = 0;
        for await (const _ of iterator) n++;
        return n;
      });
      await run(() => ho.offers.count({ filters: { status: "active" } }));
      await run(() => ho.call("Advertiser", "findAllIds"));
      await run(() => ho.rawLogs.clicks.listDateDirs());
      await run(() => ho.rawLogs.clicks.listLogs(file!.dirName));
      fake.faults.clear();
      const link = await settle(() => ho.rawLogs.clicks.getDownloadLink(second!.filename));
      if (link.ok) links.push(link.value);
      await run(() => readAll(second!.filename));
      // The typed failures without faults: an API error, validation, authentication, abort, deadline.
      await run(() => ho.offers.findById(-1));
      await run(() => ho.offers.create({}));
      await run(() => wrong.offers.findById(1));
      fake.faults.next({ kind: "hang" });
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error(`caller gave up on ${HO_TOKEN}`)), 30);
      await run(() => ho.offers.findById(1, {}, { signal: controller.signal, timeout: 5_000 }));
      fake.faults.next({ kind: "hang" });
      fake.faults.next({ kind: "hang" });
      await run(() => ho.offers.findById(1, {}, { deadline: 60, timeout: 5_000 }));
      await run(async () => new HasOffers({ networkId: "", networkToken: HO_TOKEN }));

      scanner.watch(...signaturesSeen(fake));
      for (const outcome of outcomes) if (!outcome.ok) scanner.scan("errors", outcome.error);
      for (const line of lines) scanner.scan("log lines", line);
      for (const event of events) scanner.scan("hook events", event);
      for (const event of resumes) scanner.scan("resume events", event);
      for (const result of results) scanner.scan("returned values", result);
      for (const shown of [ho, wrong, ho.offers, ho.reports, ho.rawLogs, ho.rawLogTransport, logs])
        scanner.scan("clients", shown);
    } finally {
      await fake.close();
    }
    printTable("Canary scan, HasOffers (debug logger, every hook, loopback faults, raw logs)", [
      ...summarise(scanner, outcomes),
      { source: "presigned signatures watched", "items scanned": signaturesSeen(fake).length },
    ]);
    expect(scanner.leaks).toEqual([]);
    // What the caller asked for is the one place a link may appear: getDownloadLink returns it.
    expect(links).toHaveLength(1);
    expect(signaturesSeen(fake).length).toBeGreaterThan(4);
    expect(resumes.length).toBeGreaterThan(0);
    expect(new Set(outcomes.map(classOf))).toEqual(
      new Set([
        "ok",
        "RateLimitError",
        "APIError",
        "ConnectionError",
        "InvalidResponseError",
        "TimeoutError",
        "ValidationError",
        "AuthenticationError",
        "AbortError",
      ]),
    );
    expectClean(await guard.finish());
  });
});
