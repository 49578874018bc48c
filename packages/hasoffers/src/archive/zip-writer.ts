import { crc32 } from "./crc32.js";
import { PacedTransform } from "./paced-transform.js";
import { METHOD_DEFLATED, METHOD_STORED, ZIP64_MARKER } from "./zip-format.js";
import {
  centralHeader,
  dataDescriptor,
  dosDateTime,
  type EntryRecord,
  endRecords,
  localHeader,
} from "./zip-headers.js";

type Chunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * An entry's content: bytes, text (written as UTF-8), chunks, or a function returning fresh chunks each call.
 * Without a data descriptor the writer must know the CRC and sizes before the data, so it reads the content
 * twice: bytes, text, arrays and functions allow that; a one-shot iterator (a generator) needs `dataDescriptor`.
 */
export type ZipWriterData = Uint8Array | string | Chunks | (() => Chunks);

/** One entry to write. */
export interface ZipWriterEntry {
  /** Path in the archive; a name ending in `/` is a directory (no data). */
  name: string;
  data?: ZipWriterData | undefined;
  /** Default `"deflate"`. */
  method?: "store" | "deflate" | undefined;
  /**
   * Write the CRC and sizes after the data (flag bit 3), as streaming writers do; `"unsigned"` also leaves out
   * the descriptor's optional signature. Default false.
   */
  dataDescriptor?: boolean | "unsigned" | undefined;
  /** Write zip64 fields (64-bit sizes) even for a small entry. Needed for entries of 4 GiB or more. */
  zip64?: boolean | undefined;
  /** Default 1980-01-01, so the same input always gives the same bytes. */
  lastModified?: Date | undefined;
}

const encoder = new TextEncoder();
const EPOCH = new Date(Date.UTC(1980, 0, 1));

/**
 * Writes a zip archive as a stream: local headers, data (stored, or deflated with `CompressionStream`), optional
 * data descriptors, then the central directory and end records (zip64 ones when needed). Content is pulled as
 * the stream is read, so archives of any size can be produced in bounded memory. Meant for tests, fake
 * servers and benchmarks of the raw-log reader.
 */
export function writeZip(
  entries: Iterable<ZipWriterEntry> | AsyncIterable<ZipWriterEntry>,
): ReadableStream<Uint8Array> {
  const chunks = zipChunks(entries);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

async function* zipChunks(
  entries: Iterable<ZipWriterEntry> | AsyncIterable<ZipWriterEntry>,
): AsyncGenerator<Uint8Array> {
  const written: EntryRecord[] = [];
  let offset = 0;
  let anyZip64 = false;
  for await (const entry of entries) {
    const record = recordFor(entry, offset);
    const deflate = record.method === METHOD_DEFLATED;
    const signed = entry.dataDescriptor !== "unsigned";
    anyZip64 ||= record.zip64;
    if (!record.descriptor) {
      let compressedSize = 0;
      for await (const chunk of encode(contentOf(entry, false), deflate, record))
        compressedSize += chunk.length;
      record.compressedSize = compressedSize;
      checkFits(record);
    }
    const header = localHeader(record);
    yield header;
    offset += header.length;
    const expectedCrc = record.crc32;
    record.crc32 = 0;
    record.size = 0;
    let compressedSize = 0;
    for await (const chunk of encode(contentOf(entry, true), deflate, record)) {
      compressedSize += chunk.length;
      yield chunk;
    }
    offset += compressedSize;
    if (!record.descriptor && (compressedSize !== record.compressedSize || record.crc32 !== expectedCrc)) {
      throw new Error(`writeZip: the content of ${entry.name} changed between its two readings`);
    }
    record.compressedSize = compressedSize;
    if (record.descriptor) {
      checkFits(record);
      const descriptor = dataDescriptor(record, signed);
      yield descriptor;
      offset += descriptor.length;
    }
    written.push(record);
  }
  const directoryOffset = offset;
  for (const record of written) {
    const header = centralHeader(record);
    yield header;
    offset += header.length;
  }
  yield endRecords(written.length, offset - directoryOffset, directoryOffset, anyZip64);
}

function recordFor(entry: ZipWriterEntry, offset: number): EntryRecord {
  const isDirectory = entry.name.endsWith("/");
  return {
    name: encoder.encode(entry.name),
    method: isDirectory || entry.method === "store" ? METHOD_STORED : METHOD_DEFLATED,
    descriptor: Boolean(entry.dataDescriptor),
    zip64: entry.zip64 === true,
    ...dosDateTime(entry.lastModified ?? EPOCH),
    crc32: 0,
    compressedSize: 0,
    size: 0,
    offset,
  };
}

function checkFits(record: EntryRecord): void {
  if (!record.zip64 && Math.max(record.size, record.compressedSize) >= ZIP64_MARKER) {
    throw new RangeError("writeZip: an entry of 4 GiB or more needs zip64: true");
  }
}

/** The entry's content as chunks; `again` is true for the second reading, which one-shot iterators cannot give. */
function contentOf(entry: ZipWriterEntry, again: boolean): Chunks {
  const data = entry.data;
  if (data === undefined) return [];
  if (typeof data === "string") return [encoder.encode(data)];
  if (data instanceof Uint8Array) return [data];
  if (typeof data === "function") return data();
  const oneShot = isOneShot(data);
  if (oneShot && !entry.dataDescriptor && !again) {
    throw new TypeError(
      `writeZip: ${entry.name} needs dataDescriptor, or data as a function, to read its content once`,
    );
  }
  return data;
}

/** An iterator that is its own iterable (a generator) can be read only once. */
function isOneShot(data: Chunks): boolean {
  const asyncIterator = (data as AsyncIterable<Uint8Array>)[Symbol.asyncIterator];
  const iterator: unknown =
    typeof asyncIterator === "function"
      ? asyncIterator.call(data)
      : (data as Iterable<Uint8Array>)[Symbol.iterator]();
  return iterator === data;
}

/** Passes content through (stored) or through `CompressionStream("deflate-raw")`, tallying CRC and size. */
async function* encode(content: Chunks, deflate: boolean, record: EntryRecord): AsyncGenerator<Uint8Array> {
  const tallied = tally(content, record);
  if (!deflate) {
    yield* tallied;
    return;
  }
  const next = async () => {
    const { done, value } = await tallied.next();
    return done ? null : value;
  };
  const compressor = new PacedTransform(new CompressionStream("deflate-raw"), next);
  let finished = false;
  try {
    for (let chunk = await compressor.read(); chunk !== null; chunk = await compressor.read()) yield chunk;
    finished = true;
  } finally {
    if (!finished) {
      await compressor.stop();
      await tallied.return(undefined);
    }
  }
}

async function* tally(content: Chunks, record: EntryRecord): AsyncGenerator<Uint8Array> {
  for await (const chunk of content) {
    if (chunk.length === 0) continue;
    record.crc32 = crc32(chunk, record.crc32);
    record.size += chunk.length;
    yield chunk;
  }
}
