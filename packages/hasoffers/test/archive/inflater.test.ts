import * as zlib from "node:zlib";
import { afterEach, describe, expect, test, vi } from "vitest";
import { readZipEntries, writeZip } from "../../src/archive/index.js";
import { inflaterKind, NODE_INFLATE_CHUNK } from "../../src/archive/inflater.js";
import {
  chunksOf,
  countingBody,
  expectArchiveError,
  handMadeZip,
  hideNodeBuiltins,
  streamOf,
  utf8,
  zipBytes,
} from "./helpers.js";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every entry's chunks, as the consumer of `readZipEntries` receives them. */
async function entryChunks(bytes: Uint8Array): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const entry of readZipEntries(streamOf(bytes))) {
    for await (const chunk of chunksOf(entry.stream)) chunks.push(chunk);
  }
  return chunks;
}

function joined(chunks: Uint8Array[]): string {
  return chunks.map((chunk) => Buffer.from(chunk).toString("utf8")).join("");
}

/** 4 MiB of CSV-like text that compresses well, as raw logs do (mostly empty quoted fields). */
const log = Array.from({ length: 70_000 }, (_, i) => `"${i % 97}","","","","","","","NL"\n`)
  .join("")
  .slice(0, 4 * 1024 * 1024);

describe("the inflater on Node", () => {
  test("runs Node's zlib through process.getBuiltinModule, handing out up to 256 KiB at a time", async () => {
    expect(inflaterKind().findsStreamEnd).toBe(true);
    const chunks = await entryChunks(await zipBytes([{ name: "clicks.csv", data: log }]));
    expect(joined(chunks)).toBe(log);
    const largest = Math.max(...chunks.map((chunk) => chunk.length));
    expect(largest).toBeGreaterThan(64 * 1024);
    expect(largest).toBeLessThanOrEqual(NODE_INFLATE_CHUNK);
  });

  test("is not used where the runtime gives no zlib, or one without a raw inflater", () => {
    expect(inflaterKind({ zlib: zlib as never }).findsStreamEnd).toBe(true);
    expect(inflaterKind({ zlib: undefined }).findsStreamEnd).toBe(false);
    expect(inflaterKind({ zlib: {} }).findsStreamEnd).toBe(false);
  });
});

describe("the portable inflater (DecompressionStream), where Node's modules are out of reach", () => {
  test("is what the reader runs: output in the web stream's chunks of at most 64 KiB, joined", async () => {
    hideNodeBuiltins();
    expect(inflaterKind().findsStreamEnd).toBe(false);
    const chunks = await entryChunks(await zipBytes([{ name: "clicks.csv", data: log }]));
    expect(joined(chunks)).toBe(log);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(64 * 1024);
  });
});

describe("where the runtime can inflate neither with zlib nor with DecompressionStream (Vercel's edge runtime)", () => {
  test("a deflated entry is an archive_unsupported error instead of a ReferenceError; stored entries still read", async () => {
    const deflated = await zipBytes([{ name: "a.csv", data: "x,y\n" }]);
    const stored = await zipBytes([{ name: "a.csv", data: "x,y\n", method: "store" }]);
    hideNodeBuiltins();
    vi.stubGlobal("DecompressionStream", undefined);
    try {
      const error = await expectArchiveError(entryChunks(deflated), "archive_unsupported");
      expect(error.message).toMatch(/DecompressionStream/);
      expect(joined(await entryChunks(stored))).toBe("x,y\n");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

/**
 * Whether this runtime's `DecompressionStream` ignores bytes after the end of a deflate stream (Node 20) or rejects
 * them as the Compression Streams standard says (Node 24, browsers).
 */
async function decompressionStreamIgnoresTrailingBytes(): Promise<boolean> {
  const input = new Blob([zlib.deflateRawSync(utf8.encode("x")), new Uint8Array(8)]).stream();
  return new Response(input.pipeThrough(new DecompressionStream("deflate-raw"))).arrayBuffer().then(
    () => true,
    () => false,
  );
}

describe.each([
  ["Node's zlib", () => {}],
  ["DecompressionStream", hideNodeBuiltins],
])("inflating with %s", (name, setUp) => {
  test("reads deflated entries, with and without data descriptors, byte for byte", async () => {
    setUp();
    const bytes = await zipBytes([
      { name: "a.csv", data: log },
      { name: "b.csv", data: log.slice(0, 100_000), dataDescriptor: true },
      { name: "c.csv", data: "" },
    ]);
    const texts: string[] = [];
    for await (const entry of readZipEntries(streamOf(bytes, 1000))) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of chunksOf(entry.stream)) chunks.push(chunk);
      texts.push(joined(chunks));
    }
    expect(texts).toEqual([log, log.slice(0, 100_000), ""]);
  });

  test("skips bytes after the end of the deflate stream but inside the entry, not reading them as a header", async () => {
    setUp();
    const content = utf8.encode(log.slice(0, 100_000));
    const deflated = new Uint8Array(zlib.deflateRawSync(content));
    const bytes = handMadeZip([
      { name: "a.csv", content, deflated, padding: 40, descriptor: false },
      { name: "b.csv", content, deflated, descriptor: false },
    ]);
    // The portable inflater cannot see where the deflate stream ends: where the runtime's DecompressionStream
    // rejects what follows it, the entry is an archive error — never wrong data.
    const strict = name === "DecompressionStream" && !(await decompressionStreamIgnoresTrailingBytes());
    for (const chunkSize of [100, 64 * 1024]) {
      const read = async () => {
        const texts: string[] = [];
        for await (const entry of readZipEntries(streamOf(bytes, chunkSize))) {
          const chunks: Uint8Array[] = [];
          for await (const chunk of chunksOf(entry.stream)) chunks.push(chunk);
          texts.push(joined(chunks));
        }
        return texts;
      };
      if (strict) await expectArchiveError(read(), "archive_malformed");
      else expect(await read()).toEqual([log.slice(0, 100_000), log.slice(0, 100_000)]);
    }
  });

  test("corrupt deflate data is archive_malformed", async () => {
    setUp();
    const bytes = await zipBytes([{ name: "a.csv", data: log.slice(0, 50_000) }]);
    // 0xff opens a deflate block of the reserved type 3.
    bytes[30 + "a.csv".length] = 0xff;
    await expectArchiveError(entryChunks(bytes), "archive_malformed");
  });

  test("a deflate stream cut short inside its entry is an archive error, never a hang", async () => {
    setUp();
    const deflated = zlib.deflateRawSync(utf8.encode(log.slice(0, 50_000)));
    const bytes = await zipBytes([{ name: "a.csv", data: log.slice(0, 50_000) }]);
    // Keep the header's sizes but zero the second half of the compressed data: inflating fails or stops early.
    const start = 30 + "a.csv".length;
    bytes.fill(0, start + (deflated.length >> 1), start + deflated.length);
    const error = await entryChunks(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "InvalidResponseError", sdk: "hasoffers" });
  });

  test("a zip bomb stops at the compression-ratio check within the first few MiB, pulling little input", async () => {
    setUp();
    const zeros = new Uint8Array(1024 * 1024);
    let produced = 0;
    function* gigabyte() {
      for (let i = 0; i < 1024; i++) {
        produced += zeros.length;
        yield zeros;
      }
    }
    const { body, stats } = countingBody(
      writeZip([{ name: "bomb.csv", data: gigabyte(), dataDescriptor: true }]),
    );
    let received = 0;
    const run = (async () => {
      for await (const entry of readZipEntries(body)) {
        for await (const chunk of chunksOf(entry.stream)) received += chunk.length;
      }
    })();
    const error = await expectArchiveError(run, "archive_too_large");
    expect(error.message).toContain("maxCompressionRatio (200)");
    expect(received).toBeLessThan(32 * 1024 * 1024);
    expect(stats.pulled).toBeLessThan(256 * 1024);
    // What the test's own zip writer ran ahead by (its compressor buffers): far from the whole gigabyte. Behind the
    // portable inflater it runs further ahead on Node 24 than on Node 20.
    expect(produced).toBeLessThan((name === "DecompressionStream" ? 512 : 128) * 1024 * 1024);
    expect(stats.cancelled).toBe(true);
  });
});
