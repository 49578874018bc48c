import { archiveError } from "./archive-error.js";
import type { ByteSource } from "./byte-source.js";
import {
  type DataDescriptor,
  DESCRIPTOR_LOOKBEHIND,
  type DescriptorMatch,
  findDataDescriptor,
  MAX_DESCRIPTOR_LENGTH,
  readDataDescriptor,
} from "./data-descriptor.js";

/** The raw (still compressed) bytes of one entry, delimited in the shared source. */
export interface EntryData {
  /** The next raw chunk (at most `maxChunk` bytes), or `null` after the last one. */
  next(): Promise<Uint8Array | null>;
  /** Moves the source past the rest of the entry without handing it out. */
  skip(): Promise<void>;
  /** From an inflater as its writes complete: it inflated the first `total` bytes handed out, and goes on. */
  consumed(total: number): void;
  /**
   * From an inflater that found the end of the deflate stream itself, after the first `total` bytes handed out:
   * the bytes handed out after those go back to the source. Resolves once whatever closes the entry was read.
   */
  streamEnded(total: number): Promise<void>;
  /** The trailing descriptor, once the entry's end was reached for an entry that has one. */
  readonly descriptor: DataDescriptor | undefined;
}

const EMPTY = new Uint8Array(0);

function truncated(source: ByteSource): Error {
  return archiveError(
    "archive_truncated",
    `Raw-log archive ended inside entry data at byte ${source.offset}`,
  );
}

async function skipAll(data: EntryData): Promise<void> {
  while ((await data.next()) !== null) {}
}

/**
 * Data whose compressed size the local header gave: exactly that many bytes. Bytes after the end of a deflate
 * stream but inside the entry stay data, for `skip` to pass over.
 */
export function dataOfKnownSize(source: ByteSource, size: number, maxChunk: number): EntryData {
  let consumed = 0;
  const data: EntryData = {
    descriptor: undefined,
    async next() {
      if (consumed === size) return null;
      const chunk = await source.read(Math.min(maxChunk, size - consumed));
      if (chunk.length === 0) throw truncated(source);
      consumed += chunk.length;
      return chunk;
    },
    skip: () => skipAll(data),
    consumed: () => {},
    streamEnded: async () => {},
  };
  return data;
}

/** Where a descriptor search starts: entry bytes already read but not yet searched, and how many came before. */
interface SearchStart {
  dataBefore: number;
  unsearched: Uint8Array;
}

/**
 * Data followed by a data descriptor (flag bit 3) whose end nothing else marks: each chunk is searched for the
 * descriptor and the last `DESCRIPTOR_LOOKBEHIND` bytes are held back until the next chunk shows whether they
 * start one. Every chunk handed out is therefore a fresh copy, held-back bytes first. Bytes after the descriptor
 * go back to the source for the next header.
 */
export function dataBeforeDescriptor(
  source: ByteSource,
  maxChunk: number,
  start: SearchStart = { dataBefore: 0, unsearched: EMPTY },
): EntryData {
  let dataBefore = start.dataBefore;
  let buffer = start.unsearched;
  let searchFrom = 0;
  let descriptor: DataDescriptor | undefined;
  const data: EntryData = {
    get descriptor() {
      return descriptor;
    },
    async next() {
      while (descriptor === undefined) {
        const match = findDataDescriptor(buffer, dataBefore, searchFrom);
        if (match) {
          descriptor = found(match);
          source.unread(buffer.subarray(match.end));
          const out = buffer.subarray(0, match.start);
          buffer = EMPTY;
          return out.length > 0 ? out : null;
        }
        const keep = Math.min(buffer.length, DESCRIPTOR_LOOKBEHIND);
        const out = buffer.subarray(0, buffer.length - keep);
        buffer = buffer.slice(buffer.length - keep);
        // The last three positions could not hold a whole signature yet; the rest were searched.
        searchFrom = Math.max(0, keep - 3);
        if (out.length > 0) {
          dataBefore += out.length;
          return out;
        }
        const chunk = await source.read(maxChunk);
        if (chunk.length === 0) throw truncated(source);
        if (buffer.length === 0) {
          buffer = chunk;
        } else {
          const joined = new Uint8Array(buffer.length + chunk.length);
          joined.set(buffer, 0);
          joined.set(chunk, buffer.length);
          buffer = joined;
        }
      }
      return null;
    },
    skip: () => skipAll(data),
    consumed: () => {},
    streamEnded: async () => {},
  };
  return data;
}

/**
 * Deflated data followed by a data descriptor, for an inflater that reports where its stream ended: chunks go
 * out as the source hands them over (views, no search, no copy), and the descriptor is read right where the
 * deflate stream ended. Deflate data marks its own end, so unlike a search this cannot stop early on compressed
 * bytes that happen to look like a descriptor.
 *
 * Chunks handed out stay listed until the inflater says it consumed them, since it reads ahead: whatever lies
 * past the end goes back to the source. Falls back to searching when the descriptor is not right after the
 * stream (a writer that padded the data), and when the entry is skipped before the inflater reached the end.
 */
export function dataEndedByInflater(source: ByteSource, maxChunk: number): EntryData {
  /** Chunks handed out and not known to be consumed, in order; `pendingFrom` entry bytes come before them. */
  const pending: Uint8Array[] = [];
  let pendingFrom = 0;
  let ended = false;
  let descriptor: DataDescriptor | undefined;
  let search: EntryData | undefined;
  const dropConsumed = (total: number) => {
    while (pending.length > 0 && pendingFrom + pending[0]!.length <= total)
      pendingFrom += pending.shift()!.length;
  };
  return {
    get descriptor() {
      return descriptor ?? search?.descriptor;
    },
    async next() {
      if (search) return search.next();
      if (ended) return null;
      const chunk = await source.read(maxChunk);
      if (chunk.length === 0) throw truncated(source);
      pending.push(chunk);
      return chunk;
    },
    consumed: dropConsumed,
    async streamEnded(total) {
      if (ended || search) return;
      dropConsumed(total);
      // Nothing else read the source since these chunks, so they go back in front of whatever it holds.
      const first = pending[0];
      if (first) pending[0] = first.subarray(total - pendingFrom);
      for (let i = pending.length - 1; i >= 0; i--) source.unread(pending[i]!);
      pending.length = 0;
      pendingFrom = total;
      const head = await source.readExact(MAX_DESCRIPTOR_LENGTH + 4);
      const match = readDataDescriptor(head, total);
      if (match) {
        ended = true;
        descriptor = found(match);
        source.unread(head.subarray(match.end));
      } else {
        source.unread(head);
        search = dataBeforeDescriptor(source, maxChunk, { dataBefore: total, unsearched: EMPTY });
      }
    },
    async skip() {
      if (ended) return;
      // The stream may have ended in what the inflater had not confirmed yet: search that again.
      search ??= dataBeforeDescriptor(source, maxChunk, {
        dataBefore: pendingFrom,
        unsearched: joined(pending),
      });
      await skipAll(search);
    },
  };
}

function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length <= 1) return chunks[0] ?? EMPTY;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function found(match: DescriptorMatch): DataDescriptor {
  const { start: _start, end: _end, ...descriptor } = match;
  return descriptor;
}
