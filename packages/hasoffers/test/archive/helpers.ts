import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { InvalidResponseError } from "@offerkit/errors";
import { expect, vi } from "vitest";
import { crc32 } from "../../src/archive/crc32.js";
import {
  readZipEntries,
  writeZip,
  type ZipReaderOptions,
  type ZipWriterEntry,
} from "../../src/archive/index.js";
import {
  centralHeader,
  dataDescriptor,
  type EntryRecord,
  endRecords,
  localHeader,
} from "../../src/archive/zip-headers.js";
import { FIXTURES as RECORDINGS } from "../helpers/ordered-fixture.js";

/** The recorded raw-log payloads (a zip and the CSV inside it). */
export const FIXTURES = join(RECORDINGS, "raw-log-payloads");
export const utf8 = new TextEncoder();

/** The bytes as a stream of chunks of `chunkSize` (1 exercises every boundary). */
export function streamOf(bytes: Uint8Array, chunkSize = 64 * 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunkSize));
      at += chunkSize;
    },
  });
}

/** The chunks of a stream, through its reader (the DOM typings lack async iteration on ReadableStream). */
export async function* chunksOf<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    reader.releaseLock();
  }
}

export async function collect(
  stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const source = stream instanceof ReadableStream ? chunksOf(stream) : stream;
  for await (const chunk of source) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export const zipBytes = (entries: ZipWriterEntry[]): Promise<Uint8Array> => collect(writeZip(entries));

/** Every entry of the archive with its full content, as text. */
export async function unzipAll(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  options?: ZipReaderOptions,
): Promise<{ name: string; method: number; text: string }[]> {
  const out = [];
  for await (const entry of readZipEntries(body, options)) {
    out.push({
      name: entry.name,
      method: entry.method,
      text: new TextDecoder().decode(await collect(entry.stream)),
    });
  }
  return out;
}

/** Asserts that `promise` rejects with the raw-log `InvalidResponseError` of `code`; returns it. */
export async function expectArchiveError(
  promise: Promise<unknown>,
  code: string,
): Promise<InvalidResponseError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(error).toMatchObject({ code, sdk: "hasoffers" });
  return error as InvalidResponseError;
}

/** Whether Info-ZIP's `zip` is installed, to build archives with an independent writer. */
export const hasSystemZip = (() => {
  try {
    execFileSync("zip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Runs Info-ZIP `zip` on `files` in a scratch folder and returns the archive. `zip -` writes to a pipe, where
 * zip cannot seek back, so it writes data descriptors; with `stdin` the single entry comes from standard input
 * (size unknown, so zip64 fields too).
 */
export function systemZip(
  files: Record<string, string | Uint8Array>,
  args: string[],
  options: { stdin?: string | Uint8Array } = {},
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "offerkit-zip-"));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const out = execFileSync("zip", ["-q", "-X", ...args], {
      cwd: dir,
      input: options.stdin,
      maxBuffer: 1 << 30,
    });
    if (args.includes("-")) return new Uint8Array(out);
    return new Uint8Array(readFileSync(join(dir, args[args.indexOf("archive.zip")]!)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `unzip` with `args` on the archive bytes; returns its standard output. */
export function systemUnzip(bytes: Uint8Array, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "offerkit-unzip-"));
  try {
    writeFileSync(join(dir, "archive.zip"), bytes);
    return execFileSync("unzip", [...args, "archive.zip"], { cwd: dir, encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A body that counts what the reader pulled from it and whether it was cancelled. */
export function countingBody(inner: ReadableStream<Uint8Array>): {
  body: ReadableStream<Uint8Array>;
  stats: { pulled: number; cancelled: boolean; reason: unknown };
} {
  const stats = { pulled: 0, cancelled: false, reason: undefined as unknown };
  const reader = inner.getReader();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        stats.pulled += value.length;
        controller.enqueue(value);
      },
      cancel(reason) {
        stats.cancelled = true;
        stats.reason = reason;
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, stats };
}

/** Makes `process.getBuiltinModule` find nothing, as in a browser: the reader must take its portable path. */
export function hideNodeBuiltins(): void {
  vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
}

/** A deflated entry whose compressed bytes are given as they are, with `padding` zero bytes after them. */
export interface HandMadeEntry {
  name: string;
  content: Uint8Array;
  deflated: Uint8Array;
  padding?: number;
  /** Sizes and CRC in a data descriptor after the data (default) or in the local header. */
  descriptor?: boolean;
}

/** Writes an archive byte by byte, for data `writeZip` cannot produce (chosen deflate bytes, padding). */
export function handMadeZip(entries: HandMadeEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const records: EntryRecord[] = [];
  let offset = 0;
  const add = (bytes: Uint8Array) => {
    parts.push(bytes);
    offset += bytes.length;
  };
  for (const { name, content, deflated, padding = 0, descriptor = true } of entries) {
    const record: EntryRecord = {
      name: utf8.encode(name),
      method: 8,
      descriptor,
      zip64: false,
      dosTime: 0,
      dosDate: 33,
      crc32: crc32(content),
      compressedSize: deflated.length + padding,
      size: content.length,
      offset,
    };
    records.push(record);
    add(localHeader(record));
    add(deflated);
    add(new Uint8Array(padding));
    if (descriptor) add(dataDescriptor(record, true));
  }
  const directoryOffset = offset;
  for (const record of records) add(centralHeader(record));
  add(endRecords(records.length, offset - directoryOffset, directoryOffset, false));
  const out = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
