import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AbortError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import {
  csvRecords,
  writeZip,
  type ZipWriterEntry,
  zipCsvRecords,
  zipCsvRowBatches,
} from "../../src/archive/index.js";
import { CLICKS_HEADER, clickRow, clicksCsvChunks } from "./clicks-log.js";
import { countingBody, expectArchiveError, FIXTURES, streamOf, zipBytes } from "./helpers.js";

const fixtureZip = new Uint8Array(readFileSync(join(FIXTURES, "interaction6.zip")));
const fixtureCsv = new Uint8Array(readFileSync(join(FIXTURES, "interaction6.csv")));

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("zipCsvRecords", () => {
  test("reads the recorded clicks log: the same records as its CSV, 57 string columns each", async () => {
    const records = await all(zipCsvRecords(streamOf(fixtureZip)));
    expect(records).toEqual(await all(csvRecords(streamOf(fixtureCsv))));
    expect(records).toHaveLength(2);
    expect(Object.keys(records[0]!)).toEqual(CLICKS_HEADER);
    expect(records[0]).toMatchObject({
      transaction_id: "1020f1afc9b6af45c4efe622938512",
      affiliate_id: "3",
      datetime: "2016-09-09 14:00:28",
      user_agent: expect.stringContaining("(KHTML, Like Gecko)"),
      req_connection_speed: "mobile",
      google_aid: "",
    });
    expect(records[1]).toMatchObject({
      transaction_id: "102f149014c5fae4576c577c26347c",
      revenue_cents: "250",
    });
  });

  test("reads every CSV member in order, each with its own header, and skips other members", async () => {
    const entries: ZipWriterEntry[] = [
      { name: "README.txt", data: "not,a\nlog,at all\n" },
      { name: "part1.csv", data: "id,offer\n1,10\n2,20\n", method: "store" },
      { name: "part2.CSV", data: "offer,id,extra\r\n30,3,x\r\n", dataDescriptor: true },
    ];
    const seen: string[] = [];
    const records = await all(
      zipCsvRecords(streamOf(await zipBytes(entries)), { onEntry: (e) => seen.push(e.name) }),
    );
    expect(records).toEqual([
      { id: "1", offer: "10" },
      { id: "2", offer: "20" },
      { offer: "30", id: "3", extra: "x" },
    ]);
    expect(seen).toEqual(["part1.csv", "part2.CSV"]);
  });

  test("isCsvMember chooses the members to read", async () => {
    const bytes = await zipBytes([
      { name: "a.csv", data: "id\n1\n" },
      { name: "log.txt", data: "id\n2\n" },
    ]);
    const records = await all(
      zipCsvRecords(streamOf(bytes), { isCsvMember: (name) => name.endsWith(".txt") }),
    );
    expect(records).toEqual([{ id: "2" }]);
  });

  test("a malformed CSV member is csv_malformed", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "a,b\n1,2\n3\n" }]);
    await expectArchiveError(all(zipCsvRecords(streamOf(bytes))), "csv_malformed");
  });

  test("a corrupt archive under the records is reported as the archive error", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "a,b\n1,2\n", method: "store" }]);
    bytes[bytes.length - 40]! ^= 0xff; // inside the central directory: not read, so still fine
    expect(await all(zipCsvRecords(streamOf(bytes)))).toHaveLength(1);
    bytes[41]! ^= 0x01; // "1,2" becomes "1,3": still valid CSV, so only the CRC can tell
    await expectArchiveError(all(zipCsvRecords(streamOf(bytes))), "archive_crc_mismatch");
  });

  test("leaving the loop after the first record cancels the download", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: () => clicksCsvChunks(5_000) }]);
    const { body, stats } = countingBody(streamOf(bytes, 16 * 1024));
    for await (const record of zipCsvRecords(body)) {
      expect(record.transaction_id).toBe(clickRow(0)[0]);
      break;
    }
    expect(stats.cancelled).toBe(true);
    expect(stats.pulled).toBeLessThan(bytes.length / 2);
  });

  test("an abort stops the records with an AbortError", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: () => clicksCsvChunks(5_000), method: "store" }]);
    const controller = new AbortController();
    let count = 0;
    const run = (async () => {
      for await (const _ of zipCsvRecords(streamOf(bytes, 16 * 1024), { signal: controller.signal })) {
        if (++count === 100) controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(count).toBe(100);
  });

  test("zipCsvRowBatches gives the same rows in batches, with the member's header", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: () => clicksCsvChunks(2_000) }]);
    const batches = await all(zipCsvRowBatches(streamOf(bytes)));
    expect(batches.length).toBeGreaterThan(1);
    expect(batches[0]?.header).toEqual(CLICKS_HEADER);
    expect(batches.flatMap((b) => b.rows)).toEqual(Array.from({ length: 2_000 }, (_, i) => clickRow(i)));
  });
});

describe("bounded memory on a 100,000-row clicks log (~59 MB)", () => {
  const ROWS = 100_000;
  const expectedRecord = (i: number) => Object.fromEntries(CLICKS_HEADER.map((c, k) => [c, clickRow(i)[k]]));

  test("stored: the producer never runs more than a few chunks ahead of the records", async () => {
    // The log is generated as the reader pulls it; `produced` counts rows made, `pulled` bytes taken.
    let produced = 0;
    const { body, stats } = countingBody(
      writeZip([
        {
          name: "clicks.csv",
          data: clicksCsvChunks(ROWS, { onRow: (i) => (produced = i + 1) }),
          method: "store",
          dataDescriptor: true,
        },
      ]),
    );
    let consumed = 0;
    let consumedBytes = 0;
    let maxLagRows = 0;
    let maxUnreadBytes = 0;
    for await (const record of zipCsvRecords(body)) {
      if (consumed % 10_000 === 0) expect(record).toEqual(expectedRecord(consumed));
      consumed += 1;
      consumedBytes += 590; // every generated row is about 590 bytes; exactness is not needed for the bound
      maxLagRows = Math.max(maxLagRows, produced - consumed);
      maxUnreadBytes = Math.max(maxUnreadBytes, stats.pulled - consumedBytes);
    }
    expect(consumed).toBe(ROWS);
    expect(stats.pulled).toBeGreaterThan(ROWS * 500);
    expect(maxLagRows).toBeLessThan(1_000); // about 600 KB of 59 MB
    expect(maxUnreadBytes).toBeLessThan(1_000_000);
  });

  test("deflated: what the reader pulls stays within about a MiB of inflated data of the records", async () => {
    const zip = await zipBytes([
      { name: "clicks.csv", data: () => clicksCsvChunks(ROWS), dataDescriptor: true },
    ]);
    const { body, stats } = countingBody(streamOf(zip, 16 * 1024));
    // Compressed bytes per row on average: pulled bytes convert to the rows they hold.
    const bytesPerRow = zip.length / ROWS;
    let consumed = 0;
    let maxLagRows = 0;
    for await (const record of zipCsvRecords(body)) {
      if (consumed % 10_000 === 0) expect(record).toEqual(expectedRecord(consumed));
      consumed += 1;
      maxLagRows = Math.max(maxLagRows, stats.pulled / bytesPerRow - consumed);
    }
    expect(consumed).toBe(ROWS);
    expect(zip.length).toBeLessThan((ROWS * 590) / 4); // it did compress
    expect(maxLagRows).toBeLessThan(4_000); // about 2.4 MB of rows, of 59 MB
  });
});
