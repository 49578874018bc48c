import { archiveError } from "./archive-error.js";
import type { ByteSource } from "./byte-source.js";
import { type DataDescriptor, DESCRIPTOR_LOOKBEHIND, findDataDescriptor } from "./data-descriptor.js";

/** The raw (still compressed) bytes of one entry, delimited in the shared source. */
export interface EntryData {
  /** The next raw chunk (at most `maxChunk` bytes), or `null` after the last one. */
  next(): Promise<Uint8Array | null>;
  /** Raw bytes handed out so far. */
  readonly consumed: number;
  /** The trailing descriptor, once `next()` returned `null` for an entry that has one. */
  readonly descriptor: DataDescriptor | undefined;
}

function truncated(source: ByteSource): Error {
  return archiveError(
    "archive_truncated",
    `Raw-log archive ended inside entry data at byte ${source.offset}`,
  );
}

/** Data whose compressed size the local header gave: exactly that many bytes. */
export function dataOfKnownSize(source: ByteSource, size: number, maxChunk: number): EntryData {
  let consumed = 0;
  return {
    get consumed() {
      return consumed;
    },
    descriptor: undefined,
    async next() {
      if (consumed === size) return null;
      const chunk = await source.read(Math.min(maxChunk, size - consumed));
      if (chunk.length === 0) throw truncated(source);
      consumed += chunk.length;
      return chunk;
    },
  };
}

/**
 * Data followed by a data descriptor (flag bit 3): the size is unknown until the end, so each chunk is searched
 * for the descriptor and the last `DESCRIPTOR_LOOKBEHIND` bytes are held back until the next chunk shows whether
 * they start one. Bytes after the descriptor go back to the source for the next header.
 */
export function dataBeforeDescriptor(source: ByteSource, maxChunk: number): EntryData {
  let consumed = 0;
  let held = new Uint8Array(0);
  let searchFrom = 0;
  let descriptor: DataDescriptor | undefined;
  return {
    get consumed() {
      return consumed;
    },
    get descriptor() {
      return descriptor;
    },
    async next() {
      while (descriptor === undefined) {
        const chunk = await source.read(maxChunk);
        if (chunk.length === 0) throw truncated(source);
        let buffer = chunk;
        if (held.length > 0) {
          buffer = new Uint8Array(held.length + chunk.length);
          buffer.set(held, 0);
          buffer.set(chunk, held.length);
        }
        const match = findDataDescriptor(buffer, consumed, searchFrom);
        if (match) {
          const { start: _start, end: _end, ...found } = match;
          descriptor = found;
          source.unread(buffer.subarray(match.end));
          consumed += match.start;
          return match.start > 0 ? buffer.subarray(0, match.start) : null;
        }
        const keep = Math.min(buffer.length, DESCRIPTOR_LOOKBEHIND);
        held = buffer.slice(buffer.length - keep);
        searchFrom = Math.max(0, keep - 3);
        const out = buffer.subarray(0, buffer.length - keep);
        if (out.length > 0) {
          consumed += out.length;
          return out;
        }
      }
      return null;
    },
  };
}
