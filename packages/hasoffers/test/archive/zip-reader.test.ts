import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readZipEntries, writeZip, type ZipWriterEntry } from "../../src/archive/index.js";
import { collect, FIXTURES, hasSystemZip, streamOf, systemZip, unzipAll, utf8, zipBytes } from "./helpers.js";

const fixtureZip = new Uint8Array(readFileSync(join(FIXTURES, "interaction6.zip")));
const fixtureCsv = readFileSync(join(FIXTURES, "interaction6.csv"), "utf8");
const text = 'transaction_id,offer_id\n"abc",1\n'.repeat(500);

describe("readZipEntries", () => {
  test("reads the recorded HasOffers archive: one stored CSV member, byte for byte", async () => {
    const entries = await unzipAll(streamOf(fixtureZip));
    expect(entries).toEqual([{ name: "clicks-1473418800-SlY9UO.csv", method: 0, text: fixtureCsv }]);
  });

  test("reads the recorded archive delivered one byte per chunk", async () => {
    const entries = await unzipAll(streamOf(fixtureZip, 1));
    expect(entries[0]?.text).toBe(fixtureCsv);
  });

  test("accepts an async iterable body as well as a ReadableStream", async () => {
    async function* chunks() {
      yield fixtureZip.subarray(0, 100);
      yield fixtureZip.subarray(100);
    }
    expect((await unzipAll(chunks()))[0]?.text).toBe(fixtureCsv);
  });

  test("gives the header's sizes and method with each entry", async () => {
    for await (const entry of readZipEntries(streamOf(fixtureZip))) {
      expect(entry).toMatchObject({
        name: "clicks-1473418800-SlY9UO.csv",
        method: 0,
        size: 1890,
        compressedSize: 1890,
      });
      await entry.stream.cancel();
    }
  });

  const variants: [string, Partial<ZipWriterEntry>][] = [
    ["stored", { method: "store" }],
    ["deflated", { method: "deflate" }],
    ["stored with a data descriptor", { method: "store", dataDescriptor: true }],
    ["deflated with a data descriptor", { method: "deflate", dataDescriptor: true }],
    ["deflated with an unsigned data descriptor", { method: "deflate", dataDescriptor: "unsigned" }],
    ["stored with an unsigned data descriptor", { method: "store", dataDescriptor: "unsigned" }],
    ["deflated zip64", { method: "deflate", zip64: true }],
    ["deflated zip64 with a zip64 data descriptor", { method: "deflate", zip64: true, dataDescriptor: true }],
    [
      "stored zip64 with an unsigned zip64 data descriptor",
      { method: "store", zip64: true, dataDescriptor: "unsigned" },
    ],
  ];
  test.each(variants)("reads a %s entry written by writeZip", async (_, variant) => {
    const bytes = await zipBytes([{ name: "a.csv", data: text, ...variant }]);
    for (const chunkSize of [1, 7, 64 * 1024]) {
      expect(await unzipAll(streamOf(bytes, chunkSize))).toEqual([
        { name: "a.csv", method: variant.method === "store" ? 0 : 8, text },
      ]);
    }
  });

  test("reads every member of a multi-member archive in order, mixing methods and descriptors", async () => {
    const members = variants.map(([label, variant], i) => ({
      name: `m${i}.csv`,
      data: `${label}\n${text}`,
      ...variant,
    }));
    const entries = await unzipAll(streamOf(await zipBytes(members), 1000));
    expect(entries.map((e) => e.name)).toEqual(members.map((m) => m.name));
    expect(entries.map((e) => e.text)).toEqual(members.map((m) => m.data));
  });

  test("reads empty entries of every kind", async () => {
    const members = variants.map(([, variant], i) => ({ name: `e${i}.csv`, data: "", ...variant }));
    const entries = await unzipAll(streamOf(await zipBytes(members)));
    expect(entries.map((e) => e.text)).toEqual(members.map(() => ""));
  });

  test("skips directories and yields the files inside them", async () => {
    const bytes = await zipBytes([
      { name: "logs/" },
      { name: "logs/a.csv", data: "x\n1\n" },
      { name: "logs/empty/", dataDescriptor: true },
      { name: "logs/b.csv", data: "x\n2\n", dataDescriptor: true },
    ]);
    expect((await unzipAll(streamOf(bytes))).map((e) => e.name)).toEqual(["logs/a.csv", "logs/b.csv"]);
  });

  test("reads an archive without entries as empty", async () => {
    expect(await unzipAll(streamOf(await zipBytes([])))).toEqual([]);
  });

  test("decodes UTF-8 names and code page 437 names of archives without the UTF-8 flag", async () => {
    const bytes = await zipBytes([{ name: "clics-été.csv", data: "x", method: "store" }]);
    expect((await unzipAll(streamOf(bytes)))[0]?.name).toBe("clics-été.csv");
    // The same archive with the UTF-8 flag cleared and the name rewritten as CP437 bytes 0x82 0x84 ("éä").
    const cp437 = await zipBytes([{ name: "ab.csv", data: "x", method: "store" }]);
    cp437[7] = 0;
    cp437.set([0x82, 0x84], 30);
    expect((await unzipAll(streamOf(cp437)))[0]?.name).toBe("éä.csv");
  });

  test("skips the content of entries the consumer does not read, without inflating them", async () => {
    const bytes = await zipBytes([
      { name: "skip-me.bin", data: utf8.encode("ignored ".repeat(10_000)) },
      { name: "skip-me-too.bin", data: "ignored", dataDescriptor: true },
      { name: "keep.csv", data: text },
    ]);
    const seen: string[] = [];
    for await (const entry of readZipEntries(streamOf(bytes, 333))) {
      if (entry.name === "keep.csv") seen.push(new TextDecoder().decode(await collect(entry.stream)));
    }
    expect(seen).toEqual([text]);
  });

  test("moving to the next entry errors the stream of one left half-read", async () => {
    const bytes = await zipBytes([
      { name: "a.csv", data: "a".repeat(200_000), method: "store" },
      { name: "b.csv", data: "b" },
    ]);
    const iterator = readZipEntries(streamOf(bytes, 1024));
    const first = (await iterator.next()).value!;
    const reader = first.stream.getReader();
    await reader.read();
    const second = (await iterator.next()).value!;
    expect(second.name).toBe("b.csv");
    await expect(reader.read()).rejects.toThrow(/moved past this entry/);
    expect(new TextDecoder().decode(await collect(second.stream))).toBe("b");
  });

  test("stops at the central directory and cancels the rest of the body", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "x" }]);
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
      },
      cancel() {
        cancelled = true;
      },
    });
    // The body never ends by itself: the reader must not wait for its end after the central directory.
    expect((await unzipAll(body)).length).toBe(1);
    expect(cancelled).toBe(true);
  });

  test("skips the single-segment spanning marker some writers put first", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "x" }]);
    const marked = new Uint8Array([0x50, 0x4b, 0x07, 0x08, ...bytes]);
    expect((await unzipAll(streamOf(marked)))[0]?.text).toBe("x");
  });

  test("finds a descriptor even when the data holds a look-alike signature", async () => {
    // Stored data containing "PK\x03\x04" and a fake descriptor whose size field does not match its position.
    const tricky = new Uint8Array([
      1, 2, 3, 0x50, 0x4b, 0x07, 0x08, 0, 0, 0, 0, 99, 0, 0, 0, 99, 0, 0, 0, 0x50, 0x4b, 3, 4, 9,
    ]);
    const bytes = await zipBytes([
      { name: "tricky.bin", data: tricky, method: "store", dataDescriptor: true },
      { name: "next.csv", data: "after" },
    ]);
    const entries = await unzipAll(streamOf(bytes, 5));
    expect(entries.map((e) => e.name)).toEqual(["tricky.bin", "next.csv"]);
    expect(entries[1]?.text).toBe("after");
  });

  test("writeZip output reads back through a ReadableStream pipe of random chunk sizes", async () => {
    const data = utf8.encode(text.repeat(20));
    const stream = writeZip([{ name: "a.csv", data: () => [data.subarray(0, 5), data.subarray(5)] }]);
    const all = await collect(stream);
    let at = 0;
    let seed = 7;
    const chunks: Uint8Array[] = [];
    while (at < all.length) {
      seed = (seed * 48271) % 2147483647;
      const size = 1 + (seed % 4000);
      chunks.push(all.subarray(at, at + size));
      at += size;
    }
    async function* body() {
      yield* chunks;
    }
    expect((await unzipAll(body()))[0]?.text).toBe(text.repeat(20));
  });
});

describe.skipIf(!hasSystemZip)("readZipEntries on archives made by Info-ZIP zip", () => {
  const files = { "a.csv": text, "b.csv": "x,y\n1,2\n", "c.txt": "note" };
  const cases: [string, string[], { stdin?: string }?][] = [
    ["deflated, to a file", ["archive.zip", "a.csv", "b.csv", "c.txt"]],
    ["stored, to a file", ["-0", "archive.zip", "a.csv", "b.csv", "c.txt"]],
    ["deflated, to a pipe (data descriptors)", ["-", "a.csv", "b.csv", "c.txt"]],
    ["stored, to a pipe (stored entries with data descriptors)", ["-0", "-", "a.csv", "b.csv", "c.txt"]],
    ["forced zip64, to a file", ["-fz", "archive.zip", "a.csv", "b.csv", "c.txt"]],
  ];
  test.each(cases)("%s", async (_, args) => {
    const bytes = systemZip(files, args);
    for (const chunkSize of [3, 64 * 1024]) {
      const entries = await unzipAll(streamOf(bytes, chunkSize));
      expect(Object.fromEntries(entries.map((e) => [e.name, e.text]))).toEqual(files);
    }
  });

  test("from standard input to a pipe (zip64 local field and zip64 data descriptor)", async () => {
    const bytes = systemZip({}, ["-", "-"], { stdin: text });
    expect(await unzipAll(streamOf(bytes, 10))).toEqual([{ name: "-", method: 8, text }]);
  });

  test("with a directory tree", async () => {
    const bytes = systemZip({ "logs/2016/a.csv": "1", "logs/b.csv": "2" }, ["-r", "-", "logs"]);
    const entries = await unzipAll(streamOf(bytes));
    expect(entries.map((e) => e.name).sort()).toEqual(["logs/2016/a.csv", "logs/b.csv"]);
  });
});
