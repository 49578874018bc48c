import { ConnectionError, InvalidResponseError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { RawLogs, type RawLogTransport, type ResumeEvent } from "../../src/raw-logs/index.js";
import { createFakeHasOffers, type FakeHasOffers, type RawLogLayout } from "../../src/testing.js";
import { haveRecordings, recordedBytes } from "../testing/recorded.js";
import { fakeTransport, newProbe } from "./fake-transport.js";

function setup(options: Parameters<typeof createFakeHasOffers>[0] = {}) {
  const fake = createFakeHasOffers({ rateLimit: false, seed: { rawLogs: false }, ...options });
  const probe = newProbe();
  return { fake, probe, logs: new RawLogs(fakeTransport(fake, probe)) };
}

async function collect(iterable: AsyncIterable<Record<string, string>>): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

const downloadsOnly = { download: true };

describe("records of one file", () => {
  test.each<[string, RawLogLayout]>([
    ["a stored archive (as recorded)", { compression: "stored" }],
    ["a deflated archive", { compression: "deflated" }],
    ["an archive with data descriptors", { compression: "deflated", dataDescriptor: true }],
    ["an archive with three CSV members and a README", { members: 3, extraMember: true }],
  ])("%s yields every record of every CSV member, in order", async (_name, layout) => {
    const { fake, logs } = setup();
    const file = fake.rawLogs.addFile({ logType: "clicks", rows: 300, ...layout });
    expect(await collect(logs.clicks.records(file.filename))).toEqual(fake.rawLogs.records(file.filename));
  });

  test.skipIf(!haveRecordings)("the recorded S3 archive reads as its two clicks", async () => {
    const { fake, logs } = setup();
    const file = fake.rawLogs.addFile({
      logType: "clicks",
      bytes: recordedBytes("raw-log-payloads/interaction6.zip"),
    });
    const records = await collect(logs.clicks.records(file.filename));
    expect(records.map((r) => r.transaction_id)).toEqual([
      "1020f1afc9b6af45c4efe622938512",
      "102f149014c5fae4576c577c26347c",
    ]);
    expect(records[1]).toMatchObject({
      country_code: "ES",
      revenue_cents: "250",
      req_connection_speed: "broadband",
    });
    expect(Object.keys(records[0]!)).toHaveLength(57);
  });

  test("a 100,000-row log streams with the reader never more than 1 MiB ahead of the records it yields", async () => {
    const { fake, probe, logs } = setup();
    const rows = 100_000;
    const file = fake.rawLogs.addFile({
      logType: "clicks",
      rows,
      compression: "stored",
      dataDescriptor: true,
    });
    // Bytes pulled from the network when each record came out.
    const pulledAt = new Float64Array(rows);
    let count = 0;
    for await (const _ of logs.clicks.records(file.filename)) pulledAt[count++] = probe.pulled;
    expect(count).toBe(rows);
    const total = probe.pulled;
    // The whole file is tens of megabytes; the reader holds about one network chunk of it at a time.
    expect(total).toBeGreaterThan(30 * 1024 * 1024);
    expect(pulledAt[0]).toBeLessThan(256 * 1024);
    // Rows are about the same size, so record k sits near byte total·k/rows; the reader's lead over it is what
    // it buffers.
    let maxLead = 0;
    for (let k = 0; k < rows; k++) maxLead = Math.max(maxLead, pulledAt[k]! - (total * (k + 1)) / rows);
    expect(maxLead).toBeLessThan(1024 * 1024);
  });
});

describe("resuming a broken download", () => {
  test("a download cut mid-way is downloaded again and each record comes out exactly once", async () => {
    const { fake, probe, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 2_000, compression: "deflated" });
    fake.faults.script(
      { kind: "truncate", afterBytes: 30_000, match: downloadsOnly },
      { kind: "truncate", afterBytes: 90_000, match: downloadsOnly },
    );
    const events: ResumeEvent[] = [];
    const records = await collect(logs.clicks.records(file.filename, { onResume: (e) => events.push(e) }));
    expect(records).toEqual(fake.rawLogs.records(file.filename));
    expect(new Set(records.map((r) => r.transaction_id)).size).toBe(2_000);
    expect(probe.started).toBe(3);
    expect(events.map((e) => e.attempt)).toEqual([1, 2]);
    expect(events[0]!.skipped).toBeGreaterThan(0);
    expect(events[1]!.skipped).toBeGreaterThan(events[0]!.skipped);
    expect(events[0]!.error).toBeInstanceOf(ConnectionError);
  });

  test("a body that ends early without an error is resumed the same way", async () => {
    const { fake } = setup();
    const file = fake.rawLogs.addFile({ rows: 500 });
    const inner = fakeTransport(fake);
    let downloads = 0;
    const cutting: RawLogTransport = {
      call: inner.call,
      async download(url, options) {
        const body = await inner.download(url, options);
        if (++downloads > 1) return body;
        const reader = body.getReader();
        let sent = 0;
        return new ReadableStream({
          async pull(controller) {
            const { done, value } = await reader.read();
            if (done || sent > 50_000) {
              await reader.cancel();
              controller.close();
              return;
            }
            sent += value.length;
            controller.enqueue(value);
          },
        });
      },
    };
    const records = await collect(new RawLogs(cutting).clicks.records(file.filename));
    expect(records).toEqual(fake.rawLogs.records(file.filename));
    expect(downloads).toBe(2);
  });

  test("past maxResumes the break is thrown, after the records that did arrive", async () => {
    const { fake, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 2_000 });
    fake.faults.next({ kind: "truncate", afterBytes: 150_000, match: downloadsOnly }, 3);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const record of logs.clicks.records(file.filename, { maxResumes: 2 }))
        seen.push(record.transaction_id!);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(0);
    expect(fake.counters.downloads).toBe(3);
  });

  test("a file that changed between downloads fails with archive_changed instead of shifting rows", async () => {
    const { fake } = setup();
    const first = fake.rawLogs.addFile({ rows: 1_000 });
    const other = fake.rawLogs.addFile({ rows: 1_000 });
    const inner = fakeTransport(fake);
    let downloads = 0;
    const switching: RawLogTransport = {
      call: inner.call,
      async download(url, options) {
        downloads++;
        // The second download of `first` serves another file's bytes under the same name.
        const target =
          downloads === 1
            ? url
            : await inner.call("getDownloadLink", { log_type: "clicks", log_filename: other.filename });
        return inner.download(
          typeof target === "string" ? target : (target as { link: string }).link,
          options,
        );
      },
    };
    fake.faults.next({ kind: "truncate", afterBytes: 150_000, match: downloadsOnly });
    const error = await collect(new RawLogs(switching).clicks.records(first.filename)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: "archive_changed" });
  });

  test("a corrupt archive is not downloaded again: it fails with the reader's InvalidResponseError", async () => {
    const { fake, logs } = setup();
    const file = fake.rawLogs.addFile({ bytes: new TextEncoder().encode("<html>Sign in</html>") });
    const error = await collect(logs.clicks.records(file.filename)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: "archive_malformed", sdk: "hasoffers" });
    expect(fake.counters.downloads).toBe(1);
  });

  test("a link that expired before the re-download is replaced by a fresh one", async () => {
    let now = Date.parse("2024-01-15T12:00:00Z");
    const { fake, logs } = setup({ clock: { now: () => now } });
    const file = fake.rawLogs.addFile({ rows: 1_000 });
    fake.faults.next({ kind: "truncate", afterBytes: 150_000, match: downloadsOnly });
    const records: Record<string, string>[] = [];
    for await (const record of logs.clicks.records(file.filename)) {
      if (records.length === 0) now += 9 * 3600 * 1000;
      records.push(record);
    }
    expect(records).toEqual(fake.rawLogs.records(file.filename));
    expect(fake.requests.filter((r) => r.method === "getDownloadLink")).toHaveLength(2);
    expect(fake.requests.filter((r) => r.kind === "download").map((r) => r.status)).toEqual([200, 403, 200]);
  });
});

describe("stopping", () => {
  test("aborting stops the download: the body is cancelled and the loop throws AbortError", async () => {
    const { fake, probe, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 20_000 });
    const controller = new AbortController();
    let count = 0;
    const error = await (async () => {
      for await (const _ of logs.clicks.records(file.filename, { signal: controller.signal })) {
        if (++count === 10) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(count).toBe(10);
    expect(probe.cancelled).toBe(1);
    const pulled = probe.pulled;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(probe.pulled).toBe(pulled);
    expect(pulled).toBeLessThan(1024 * 1024);
  });

  test("aborting a download that hangs rejects at once", async () => {
    const { fake, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 10 });
    fake.faults.next({ kind: "hang", match: downloadsOnly });
    const controller = new AbortController();
    const reading = collect(logs.clicks.records(file.filename, { signal: controller.signal }));
    await expect.poll(() => fake.faults.hung).toBe(1);
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
  });

  test("leaving the loop early cancels the download", async () => {
    const { fake, probe, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 20_000 });
    for await (const _ of logs.clicks.records(file.filename)) break;
    expect(probe.cancelled).toBe(1);
  });
});

describe("records() as an async iterator", () => {
  test("does nothing until the first next(): no link asked, no download started", async () => {
    const { fake, probe, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 10 });
    const records = logs.clicks.records(file.filename);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.requests).toHaveLength(0);
    expect(probe.started).toBe(0);
    await records.return(undefined);
    expect(await records.next()).toEqual({ value: undefined, done: true });
  });

  test("overlapping next() calls are answered in order, each record once, then done", async () => {
    const { fake, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 300, compression: "deflated" });
    const records = logs.clicks.records(file.filename);
    const results = await Promise.all(Array.from({ length: 305 }, () => records.next()));
    expect(results.slice(0, 300).map((r) => r.value)).toEqual(fake.rawLogs.records(file.filename));
    expect(results.slice(300).every((r) => r.done && r.value === undefined)).toBe(true);
  });

  test("return() while a next() waits on the download ends the read after it and cancels the body", async () => {
    const { fake, probe, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 20_000 });
    const records = logs.clicks.records(file.filename);
    const first = records.next();
    const closing = records.return(undefined);
    expect((await first).value).toEqual(fake.rawLogs.records(file.filename)[0]);
    expect(await closing).toEqual({ value: undefined, done: true });
    expect(probe.cancelled).toBe(1);
    expect(await records.next()).toEqual({ value: undefined, done: true });
  });

  test("throw() cancels the download and rejects with the error given", async () => {
    const { fake, probe, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 20_000 });
    const records = logs.clicks.records(file.filename);
    await records.next();
    const reason = new Error("consumer failed");
    await expect(records.throw(reason)).rejects.toBe(reason);
    expect(probe.cancelled).toBe(1);
    expect((await records.next()).done).toBe(true);
  });

  test("after an error the iterator is done: next() resolves done instead of reading again", async () => {
    const { fake, logs } = setup();
    const file = fake.rawLogs.addFile({ bytes: new TextEncoder().encode("<html>Sign in</html>") });
    const records = logs.clicks.records(file.filename);
    await expect(records.next()).rejects.toMatchObject({ code: "archive_malformed" });
    expect(await records.next()).toEqual({ value: undefined, done: true });
    expect(fake.counters.downloads).toBe(1);
  });

  test("a resume that lands anywhere inside a batch yields each record exactly once", async () => {
    const { fake, logs } = setup();
    const file = fake.rawLogs.addFile({ rows: 3_000, compression: "stored" });
    const expected = fake.rawLogs.records(file.filename);
    // Cuts at uneven offsets, so the records already yielded end mid-chunk and the skip spans several batches.
    for (const afterBytes of [70_001, 333_333, 777_777]) {
      fake.faults.next({ kind: "truncate", afterBytes, match: downloadsOnly });
      expect(await collect(logs.clicks.records(file.filename))).toEqual(expected);
    }
  });
});

describe("the presigned link stays secret", () => {
  function leakyTransport(fake: FakeHasOffers): RawLogTransport {
    const inner = fakeTransport(fake);
    let downloads = 0;
    return {
      call: inner.call,
      async download(url, options) {
        downloads++;
        if (downloads === 1) {
          // A careless transport: the stream fails with the URL in its message and its cause.
          const body = await inner.download(url, options);
          const reader = body.getReader();
          let sent = 0;
          return new ReadableStream({
            async pull(controller) {
              const { value } = await reader.read();
              sent += value!.length;
              if (sent > 40_000) {
                await reader.cancel();
                controller.error(
                  new TypeError(`terminated while reading ${url}`, { cause: new Error(`GET ${url}`) }),
                );
                return;
              }
              controller.enqueue(value!);
            },
          });
        }
        throw new Error(`GET ${url} failed: socket hang up`, { cause: { url } });
      },
    };
  }

  test("errors and resume events never hold the link, its query or its signature", async () => {
    const { fake } = setup();
    const file = fake.rawLogs.addFile({ rows: 2_000 });
    const logs = new RawLogs(leakyTransport(fake));
    const link = await logs.clicks.getDownloadLink(file.filename);
    const signature = new URL(link).searchParams.get("X-Amz-Signature")!;
    const events: ResumeEvent[] = [];
    const error = await collect(
      logs.clicks.records(file.filename, { onResume: (e) => events.push(e) }),
    ).catch((e: unknown) => e);
    expect(events).toHaveLength(1);
    const { inspect } = await import("node:util");
    for (const shown of [error, events[0]!.error]) {
      const texts = [
        String(shown),
        (shown as Error).stack,
        JSON.stringify(shown),
        inspect(shown, { depth: 10 }),
      ].join("\n");
      expect(texts).not.toContain(signature);
      expect(texts).not.toContain(new URL(link).search.slice(1));
      expect(texts).toContain("[REDACTED]");
    }
  });
});

describe("findAll", () => {
  function day(fake: FakeHasOffers) {
    for (let hour = 0; hour < 5; hour++) {
      fake.rawLogs.addFile({
        logType: "impressions",
        rows: 40 + hour,
        startTimestamp: Date.UTC(2024, 0, 15, hour) / 1000,
      });
    }
    fake.rawLogs.addFile({
      logType: "impressions",
      rows: 7,
      startTimestamp: Date.UTC(2024, 0, 16, 0) / 1000,
    });
    return fake.rawLogs
      .files("impressions")
      .filter((f) => f.dirName === "20240115")
      .reverse();
  }

  test("yields every file of the day, oldest first, each record once", async () => {
    const { fake, logs } = setup();
    const files = day(fake);
    const records = await collect(logs.impressions.findAll("20240115"));
    expect(records).toEqual(files.flatMap((f) => fake.rawLogs.records(f.filename)));
  });

  test("a month prefix covers every day of the month", async () => {
    const { fake, logs } = setup();
    day(fake);
    expect(await collect(logs.impressions.findAll("202401"))).toHaveLength(40 + 41 + 42 + 43 + 44 + 7);
  });

  test("concurrency opens files ahead while records keep file order", async () => {
    const { fake, probe, logs } = setup();
    const files = day(fake);
    const order: string[] = [];
    let linksWhenFirstArrived = 0;
    for await (const record of logs.impressions.findAll("20240115", {
      concurrency: 3,
      onFile: (f) => order.push(f.filename),
    })) {
      if (linksWhenFirstArrived === 0) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        linksWhenFirstArrived = fake.requests.filter((r) => r.method === "getDownloadLink").length;
      }
      expect(record.impression_id).toBeTruthy();
    }
    expect(order).toEqual(files.map((f) => f.filename));
    expect(linksWhenFirstArrived).toBe(3);
    expect(probe.started).toBe(5);
  });

  test("stopping early cancels the downloads opened ahead", async () => {
    const { fake, probe, logs } = setup();
    day(fake);
    for await (const _ of logs.impressions.findAll("20240115", { concurrency: 4 })) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(probe.started).toBe(4);
    expect(probe.cancelled).toBe(4);
  });
});
