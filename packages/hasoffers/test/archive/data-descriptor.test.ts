import * as zlib from "node:zlib";
import { afterEach, describe, expect, test, vi } from "vitest";
import { readZipEntries } from "../../src/archive/index.js";
import {
  collect,
  expectArchiveError,
  type HandMadeEntry,
  handMadeZip,
  hideNodeBuiltins,
  streamOf,
  utf8,
  zipBytes,
} from "./helpers.js";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every entry's name and content, read with chunks of `chunkSize` bytes. */
async function readAll(bytes: Uint8Array, chunkSize?: number): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [];
  for await (const entry of readZipEntries(streamOf(bytes, chunkSize))) {
    out.push([entry.name, await collect(entry.stream)]);
  }
  return out;
}

const text = utf8.encode('transaction_id,offer_id\n"abc",1\n'.repeat(300));

/**
 * Content whose deflate bytes (level 0: stored blocks, the content verbatim after a 5-byte block header) hold a
 * complete fake descriptor, sized exactly for where it sits, followed by a local header signature: what a
 * descriptor search takes for the end of the data.
 */
function lookAlikeEntry(): HandMadeEntry {
  const at = 100;
  const content = new Uint8Array(2000).fill(0x41);
  const fake = new DataView(content.buffer, at);
  fake.setUint32(0, 0x08074b50, true); // PK\x07\x08
  fake.setUint32(4, 0x12345678, true); // CRC
  fake.setUint32(8, 5 + at, true); // compressed size: the deflate bytes before it
  fake.setUint32(12, at, true); // size
  fake.setUint32(16, 0x04034b50, true); // PK\x03\x04
  const deflated = new Uint8Array(zlib.deflateRawSync(content, { level: 0 }));
  expect(deflated.subarray(5, 5 + content.length)).toEqual(content);
  return { name: "tricky.csv", content, deflated };
}

describe("deflated entries with a data descriptor", () => {
  test("end where the deflate stream ends, even when the compressed bytes hold a descriptor look-alike", async () => {
    const tricky = lookAlikeEntry();
    const next = { name: "next.csv", content: text, deflated: new Uint8Array(zlib.deflateRawSync(text)) };
    const bytes = handMadeZip([tricky, next]);
    for (const chunkSize of [7, 1000, 64 * 1024]) {
      expect(await readAll(bytes, chunkSize)).toEqual([
        ["tricky.csv", tricky.content],
        ["next.csv", text],
      ]);
    }
  });

  test("where the inflater cannot say where its stream ended (DecompressionStream), the look-alike is a bad archive, never cut data", async () => {
    hideNodeBuiltins();
    const bytes = handMadeZip([lookAlikeEntry()]);
    await expectArchiveError(readAll(bytes), "archive_malformed");
  });

  test("are read when the writer left bytes between the deflate stream and the descriptor", async () => {
    const deflated = new Uint8Array(zlib.deflateRawSync(text));
    const bytes = handMadeZip([
      { name: "padded.csv", content: text, deflated, padding: 3 },
      { name: "next.csv", content: text, deflated },
    ]);
    for (const chunkSize of [5, 64 * 1024]) {
      expect(await readAll(bytes, chunkSize)).toEqual([
        ["padded.csv", text],
        ["next.csv", text],
      ]);
    }
  });

  test("are read whichever chunk boundary the end of the stream and the descriptor fall on", async () => {
    const bytes = await zipBytes([
      { name: "a.csv", data: text.subarray(0, 3000), dataDescriptor: true },
      { name: "b.csv", data: text.subarray(0, 50), dataDescriptor: "unsigned" },
    ]);
    for (let chunkSize = 1; chunkSize <= 80; chunkSize++) {
      const entries = await readAll(bytes, chunkSize);
      expect(entries.map(([name, data]) => [name, data.length])).toEqual([
        ["a.csv", 3000],
        ["b.csv", 50],
      ]);
    }
  });

  const rows = utf8.encode(Array.from({ length: 40_000 }, (_, i) => `${i * 7919},row ${i}\n`).join(""));
  test.each([
    ["a few bytes per chunk, a long entry", 10, rows],
    ["the whole archive in one chunk, a long entry", 1024 * 1024, rows],
    // About three input slices of compressed data: the stream ends in what the inflater already read ahead.
    ["the whole archive in one chunk, a short entry", 1024 * 1024, rows.subarray(0, 110_000)],
  ])("left half-read (%s) are skipped to the next entry", async (_, chunkSize, data) => {
    const bytes = await zipBytes([
      { name: "a.csv", data, dataDescriptor: true },
      { name: "b.csv", data: "after", dataDescriptor: true },
    ]);
    const iterator = readZipEntries(streamOf(bytes, chunkSize));
    const first = (await iterator.next()).value!;
    const reader = first.stream.getReader();
    await reader.read();
    const second = (await iterator.next()).value!;
    expect(second.name).toBe("b.csv");
    expect(new TextDecoder().decode(await collect(second.stream))).toBe("after");
    expect((await iterator.next()).done).toBe(true);
  });
});
