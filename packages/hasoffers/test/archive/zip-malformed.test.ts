import { AbortError, ConnectionError, TimeoutError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { readZipEntries, type ZipReaderOptions } from "../../src/archive/index.js";
import {
  chunksOf,
  collect,
  countingBody,
  expectArchiveError,
  hasSystemZip,
  streamOf,
  systemZip,
  unzipAll,
  utf8,
  zipBytes,
} from "./helpers.js";

const text = 'transaction_id,offer_id\n"abc",1\n'.repeat(200);
const read = (bytes: Uint8Array, options?: ZipReaderOptions, chunkSize?: number) =>
  unzipAll(streamOf(bytes, chunkSize), options);

/** Offset of the first central directory header, from the end record (or the zip64 one before it). */
function centralDirectoryOffset(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  const offset = view.getUint32(end + 16, true);
  return offset === 0xffffffff ? Number(view.getBigUint64(end - 20 - 56 + 48, true)) : offset;
}

describe("malformed archives", () => {
  test("a body that is not a zip (an HTML error page) is archive_malformed", async () => {
    const error = await expectArchiveError(
      read(utf8.encode("<html>503 Slow Down</html>")),
      "archive_malformed",
    );
    expect(error.message).toContain("byte 0");
  });

  test("an empty body is archive_truncated", async () => {
    await expectArchiveError(read(new Uint8Array(0)), "archive_truncated");
  });

  test("garbage where the next entry should start is archive_malformed", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "x", method: "store" }]);
    const broken = bytes.slice();
    broken.set([0x13, 0x37, 0, 0], centralDirectoryOffset(bytes));
    await expectArchiveError(read(broken), "archive_malformed");
  });

  const layouts = [
    { method: "store" as const },
    { method: "deflate" as const },
    { method: "store" as const, dataDescriptor: true },
    { method: "deflate" as const, dataDescriptor: true },
    { method: "deflate" as const, dataDescriptor: "unsigned" as const, zip64: true },
  ];
  test.each(layouts)(
    "a body cut at any byte before the central directory is archive_truncated, never a hang (%o)",
    async (layout) => {
      const bytes = await zipBytes([
        { name: "a.csv", data: text.slice(0, 300), ...layout },
        { name: "b.csv", data: "y", ...layout },
      ]);
      const end = centralDirectoryOffset(bytes) + 4;
      for (let cut = 0; cut < end; cut++) {
        await expectArchiveError(read(bytes.subarray(0, cut), {}, 50), "archive_truncated");
      }
      expect(await read(bytes.subarray(0, end))).toHaveLength(2);
    },
  );

  test("an unsupported compression method (bzip2) is archive_unsupported", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "x", method: "store" }]);
    bytes[8] = 12;
    const error = await expectArchiveError(read(bytes), "archive_unsupported");
    expect(error.message).toContain("method 12");
  });

  test("an encrypted entry is archive_unsupported", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "x" }]);
    bytes[6]! |= 1;
    await expectArchiveError(read(bytes), "archive_unsupported");
  });

  test.skipIf(!hasSystemZip)(
    "a password-protected archive made by zip -P is archive_unsupported",
    async () => {
      const bytes = systemZip({ "a.csv": text }, ["-P", "not-a-real-secret", "archive.zip", "a.csv"]);
      await expectArchiveError(read(bytes), "archive_unsupported");
    },
  );

  test("stored data that changed in transit fails the CRC check", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text, method: "store" }]);
    bytes[30 + "a.csv".length + 10]! ^= 0x01;
    await expectArchiveError(read(bytes), "archive_crc_mismatch");
  });

  test("a wrong CRC in the header of a deflated entry is archive_crc_mismatch", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text }]);
    bytes[14]! ^= 0xff;
    await expectArchiveError(read(bytes), "archive_crc_mismatch");
  });

  test("a wrong CRC in a data descriptor is archive_crc_mismatch", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text, dataDescriptor: true }]);
    const descriptor = centralDirectoryOffset(bytes) - 16;
    bytes[descriptor + 4]! ^= 0xff;
    await expectArchiveError(read(bytes), "archive_crc_mismatch");
  });

  test("the CRC error surfaces through the entry stream and the generator alike", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text, method: "store" }]);
    bytes[40]! ^= 0x01;
    const iterator = readZipEntries(streamOf(bytes));
    const entry = (await iterator.next()).value!;
    await expectArchiveError(collect(entry.stream), "archive_crc_mismatch");
    await expectArchiveError(iterator.next(), "archive_crc_mismatch");
  });

  test("corrupt deflate data is archive_malformed", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text }]);
    const start = 30 + "a.csv".length;
    bytes.fill(0xff, start, start + 8);
    await expectArchiveError(read(bytes), "archive_malformed");
  });

  test("a stored entry whose two sizes differ is archive_malformed", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text, method: "store" }]);
    bytes[22]! ^= 0x01;
    await expectArchiveError(read(bytes), "archive_malformed");
  });

  test("a deflated entry that inflates past its declared size is archive_malformed", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text }]);
    new DataView(bytes.buffer).setUint32(22, 10, true);
    await expectArchiveError(read(bytes), "archive_malformed");
  });

  test("a data descriptor whose size differs from the data is archive_malformed", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text, dataDescriptor: true }]);
    const descriptor = centralDirectoryOffset(bytes) - 16;
    new DataView(bytes.buffer).setUint32(descriptor + 12, 3, true);
    await expectArchiveError(read(bytes), "archive_malformed");
  });

  test("error messages name offsets, never content or the download link", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "secret-email@example.com", method: "store" }]);
    bytes[40]! ^= 0x01;
    const error = await expectArchiveError(read(bytes), "archive_crc_mismatch");
    expect(JSON.stringify(error)).not.toContain("example.com");
  });
});

describe("limits", () => {
  test("more entries than maxEntries is archive_too_many_entries", async () => {
    const bytes = await zipBytes([1, 2, 3].map((n) => ({ name: `${n}.csv`, data: "x" })));
    expect(await read(bytes, { maxEntries: 3 })).toHaveLength(3);
    await expectArchiveError(read(bytes, { maxEntries: 2 }), "archive_too_many_entries");
  });

  test("an entry declaring more than maxEntryBytes fails before any of its data is read", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: "x".repeat(100_000), method: "store" }]);
    const { body, stats } = countingBody(streamOf(bytes, 1024));
    await expectArchiveError(unzipAll(body, { maxEntryBytes: 50_000 }), "archive_too_large");
    expect(stats.pulled).toBeLessThanOrEqual(2048);
    expect(stats.cancelled).toBe(true);
  });

  test("an entry growing past maxEntryBytes without declaring its size fails as it grows", async () => {
    const bytes = await zipBytes([
      { name: "a.csv", data: "x".repeat(100_000), method: "store", dataDescriptor: true },
    ]);
    await expectArchiveError(read(bytes, { maxEntryBytes: 50_000 }, 1024), "archive_too_large");
  });

  test("entries together exceeding maxTotalBytes is archive_too_large", async () => {
    const bytes = await zipBytes([1, 2, 3].map((n) => ({ name: `${n}.csv`, data: "x".repeat(1000) })));
    expect(await read(bytes, { maxTotalBytes: 3000 })).toHaveLength(3);
    await expectArchiveError(read(bytes, { maxTotalBytes: 2500 }), "archive_too_large");
  });

  // A zip bomb (1 GiB of zeros in about 1 MiB) stopping at the ratio check: inflater.test.ts, with each inflater.

  test("maxCompressionRatio lets ordinary, well-compressed logs through", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text.repeat(50) }]);
    expect((await read(bytes))[0]?.text).toBe(text.repeat(50));
  });

  test("limits must be positive numbers", async () => {
    await expect(read(new Uint8Array(0), { maxEntries: 0 })).rejects.toThrow(RangeError);
    await expect(read(new Uint8Array(0), { maxCompressionRatio: Number.NaN })).rejects.toThrow(RangeError);
  });
});

describe("cancellation", () => {
  test("an already aborted signal throws AbortError and cancels the body", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text }]);
    const { body, stats } = countingBody(streamOf(bytes));
    const error = await unzipAll(body, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ sdk: "hasoffers" });
    expect(stats.cancelled).toBe(true);
  });

  test("aborting while an entry is being read stops the read and cancels the body", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text.repeat(100), method: "store" }]);
    const { body, stats } = countingBody(streamOf(bytes, 1000));
    const controller = new AbortController();
    let chunks = 0;
    const run = (async () => {
      for await (const entry of readZipEntries(body, { signal: controller.signal })) {
        for await (const _ of chunksOf(entry.stream)) if (++chunks === 3) controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(chunks).toBe(3);
    expect(stats.cancelled).toBe(true);
    expect(stats.pulled).toBeLessThan(bytes.length);
  });

  test("aborting frees a read waiting on a stalled download", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text }]);
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 40)); // then nothing, ever
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const run = unzipAll(stalled, { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(cancelled).toBe(true);
  });

  test("an offerkit abort reason (a deadline's TimeoutError) is thrown as it is", async () => {
    const deadline = new TimeoutError("deadline reached", { sdk: "hasoffers", code: "timeout" });
    const error = await read(await zipBytes([]), { signal: AbortSignal.abort(deadline) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBe(deadline);
  });

  test("a body that fails mid-download is a ConnectionError carrying the cause", async () => {
    const bytes = await zipBytes([{ name: "a.csv", data: text, method: "store" }]);
    let sent = false;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new TypeError("terminated"));
        sent = true;
        controller.enqueue(bytes.subarray(0, 100));
      },
    });
    const error = await unzipAll(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: "body_read_failed", sdk: "hasoffers" });
    expect((error as Error).cause).toMatchObject({ message: "terminated" });
  });

  test("leaving the loop early cancels the body", async () => {
    const bytes = await zipBytes([
      { name: "a.csv", data: text },
      { name: "b.csv", data: text },
    ]);
    const { body, stats } = countingBody(streamOf(bytes, 100));
    for await (const entry of readZipEntries(body)) {
      expect(entry.name).toBe("a.csv");
      break;
    }
    expect(stats.cancelled).toBe(true);
    expect(stats.pulled).toBeLessThan(bytes.length);
  });
});
