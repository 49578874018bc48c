import { AbortError, HasOffers, HasOffersError, InvalidResponseError } from "@offerkit/hasoffers";
import { RawLogs } from "@offerkit/hasoffers/raw-logs";
import { createFakeHasOffers } from "@offerkit/hasoffers/testing";
import { describe, expect, test } from "vitest";
import { writeZip, type ZipWriterEntry } from "../../packages/hasoffers/src/archive/index.js";
import { classOf, codeOf, settle } from "./support/outcome.js";
import { expectClean, guardProcess } from "./support/process-guard.js";
import { printTable, type TableRow } from "./support/table.js";

async function zip(entries: ZipWriterEntry[]): Promise<Uint8Array> {
  return new Uint8Array(await new Response(writeZip(entries)).arrayBuffer());
}

const HEADER = "transaction_id,offer_id,affiliate_id\n";

/** Archives a raw-log download can turn out to be, each with the error code (or codes) it must end in. */
async function badArchives(): Promise<{ name: string; bytes: Uint8Array; code: string | string[] }[]> {
  const good = await zip([{ name: "clicks.csv", data: `${HEADER}t1,1,2\nt2,1,3\n`, method: "store" }]);
  const corrupt = good.slice();
  // Flip a byte of the stored CSV: the entry no longer matches its CRC-32.
  const at = good.indexOf(0x74, 40);
  corrupt[at] = (good[at] as number) ^ 0x01;
  const zeros = new Uint8Array(1024 * 1024);
  const rows = new TextEncoder().encode("t,1,2\n".repeat((1024 * 1024) / 6));
  return [
    {
      name: "not a zip at all",
      bytes: new TextEncoder().encode("<html>Sign in</html>"),
      code: "archive_malformed",
    },
    {
      name: "CSV row with text after a closing quote",
      bytes: await zip([{ name: "clicks.csv", data: `${HEADER}"t1"x,1,2\n`, method: "store" }]),
      code: "csv_malformed",
    },
    {
      name: "CSV row with a missing field",
      bytes: await zip([{ name: "clicks.csv", data: `${HEADER}t1,1,2\nt2,1\n`, method: "deflate" }]),
      code: "csv_malformed",
    },
    { name: "stored entry failing its CRC-32", bytes: corrupt, code: "archive_crc_mismatch" },
    {
      name: "archive cut in half",
      bytes: good.slice(0, Math.floor(good.length / 2)),
      code: "archive_truncated",
    },
    {
      name: "zip bomb: 16 MiB of zeros deflated (one endless row)",
      bytes: await zip([{ name: "bomb.csv", data: () => Array.from({ length: 16 }, () => zeros) }]),
      // Whichever limit the reader reaches first: the CSV row limit, or the compression ratio when the inflater
      // runs further ahead of the parser (Node 24's zlib hands out more before the parser's turn than Node 20's).
      code: ["csv_row_too_large", "archive_too_large"],
    },
    {
      name: "zip bomb: 16 MiB of short rows deflated",
      bytes: await zip([
        {
          name: "bomb.csv",
          data: () => [new TextEncoder().encode(HEADER), ...Array.from({ length: 16 }, () => rows)],
        },
      ]),
      code: "archive_too_large",
    },
  ];
}

describe("raw logs end to end: RawLogs over the fake on loopback", () => {
  test("malformed archives, malformed CSV rows and a zip bomb end in typed errors", async () => {
    const guard = guardProcess();
    const fake = createFakeHasOffers({ rateLimit: false, seed: { rawLogs: false } });
    const server = await fake.listen();
    const ho = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: server.endpoint,
      pacing: false,
    });
    const logs = new RawLogs(ho.rawLogTransport);
    const rows: TableRow[] = [];
    try {
      for (const bad of await badArchives()) {
        const file = fake.rawLogs.addFile({ logType: "clicks", bytes: bad.bytes });
        const before = fake.counters.downloads;
        let records = 0;
        const outcome = await settle(async () => {
          for await (const _ of logs.clicks.records(file.filename, { maxRetries: 1 })) records++;
        });
        rows.push({
          archive: bad.name,
          "bytes served": bad.bytes.length,
          class: classOf(outcome),
          code: codeOf(outcome),
          "records before": records,
          downloads: fake.counters.downloads - before,
          ms: outcome.ms,
        });
        const error = (outcome as { error?: unknown }).error;
        expect(error, bad.name).toBeInstanceOf(InvalidResponseError);
        expect(error, bad.name).toBeInstanceOf(HasOffersError);
        expect([bad.code].flat(), bad.name).toContain((error as InvalidResponseError).code);
      }
    } finally {
      printTable("Raw logs: bad archives through RawLogs (loopback)", rows);
      await fake.close();
    }
    expectClean(await guard.finish());
  });

  test("aborting mid-stream, or leaving the loop, stops the download promptly and leaves nothing open", async () => {
    const guard = guardProcess();
    const fake = createFakeHasOffers({ rateLimit: false, seed: { rawLogs: false } });
    const server = await fake.listen();
    const ho = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: server.endpoint,
      pacing: false,
    });
    const logs = new RawLogs(ho.rawLogTransport);
    const file = fake.rawLogs.addFile({ logType: "clicks", rows: 20_000, compression: "deflated" });
    const rows: TableRow[] = [];
    try {
      // A slow download: 16 KiB every 20 ms. Abort after the first 100 records.
      fake.faults.next({ kind: "slowBody", delayMs: 20, chunkBytes: 16 * 1024, match: { download: true } });
      const controller = new AbortController();
      let records = 0;
      let abortedAt = 0;
      const aborted = await settle(async () => {
        for await (const _ of logs.clicks.records(file.filename, { signal: controller.signal })) {
          if (++records === 100) {
            abortedAt = performance.now();
            controller.abort();
          }
        }
      });
      rows.push({
        how: "abort() mid-stream",
        class: classOf(aborted),
        records,
        "ms from abort to end": Math.round(performance.now() - abortedAt),
      });
      expect((aborted as { error?: unknown }).error).toBeInstanceOf(AbortError);
      expect(records).toBe(100);

      // A download that never answers: the abort ends the wait.
      fake.faults.next({ kind: "hang", match: { download: true } });
      const hung = new AbortController();
      setTimeout(() => hung.abort(), 50);
      const hanging = await settle(async () => {
        for await (const _ of logs.clicks.records(file.filename, { signal: hung.signal }));
      });
      rows.push({
        how: "abort() while the download hangs",
        class: classOf(hanging),
        records: 0,
        "ms from abort to end": hanging.ms - 50,
      });
      expect((hanging as { error?: unknown }).error).toBeInstanceOf(AbortError);

      // Breaking out of the loop cancels the rest of the download.
      fake.faults.next({ kind: "slowBody", delayMs: 20, chunkBytes: 16 * 1024, match: { download: true } });
      let taken = 0;
      let brokeAt = 0;
      const left = await settle(async () => {
        for await (const _ of logs.clicks.records(file.filename)) {
          if (++taken === 100) {
            brokeAt = performance.now();
            break;
          }
        }
      });
      rows.push({
        how: "break out of the loop",
        class: classOf(left),
        records: taken,
        "ms from abort to end": Math.round(performance.now() - brokeAt),
      });
      expect(left.ok).toBe(true);
    } finally {
      printTable("Raw logs: stopping a 20,000-row download (loopback, slow body)", rows);
      await fake.close();
    }
    expectClean(await guard.finish());
  });
});
