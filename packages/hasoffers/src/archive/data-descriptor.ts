import { DATA_DESCRIPTOR, RECORDS_AFTER_ENTRY, readUint32, readUint64 } from "./zip-format.js";

/** The CRC and sizes written after an entry's data when its header flag bit 3 deferred them. */
export interface DataDescriptor {
  crc32: number;
  compressedSize: number;
  size: number;
  /** False for 32-bit fields, which hold sizes modulo 2^32. */
  wide: boolean;
}

/** A descriptor found in a buffer: where it starts and where the record after it starts. */
export interface DescriptorMatch extends DataDescriptor {
  start: number;
  end: number;
}

/**
 * The four descriptor layouts (APPNOTE 4.3.9): with or without the optional `PK\x07\x08` signature, with 32-bit
 * or, for zip64 entries, 64-bit sizes. Tried in this order; the signed 32-bit form is what most writers emit.
 */
const LAYOUTS = [
  { length: 16, signed: true, wide: false },
  { length: 24, signed: true, wide: true },
  { length: 12, signed: false, wide: false },
  { length: 20, signed: false, wide: true },
] as const;

/** The longest descriptor (signed, 64-bit sizes). */
export const MAX_DESCRIPTOR_LENGTH = 24;

/** The most bytes a descriptor plus the next record's signature can span, minus one. */
export const DESCRIPTOR_LOOKBEHIND = MAX_DESCRIPTOR_LENGTH + 3;

function isRecordAfterEntry(bytes: Uint8Array, at: number): boolean {
  return RECORDS_AFTER_ENTRY.includes(readUint32(bytes, at));
}

/**
 * The descriptor of `layout` starting at `start`, if it is one for `dataLength` bytes of data: its
 * compressed-size field equals `dataLength` and a record signature (next entry or central directory) follows it.
 */
function descriptorAt(
  buffer: Uint8Array,
  start: number,
  layout: (typeof LAYOUTS)[number],
  dataLength: number,
): DescriptorMatch | undefined {
  const end = start + layout.length;
  if (start < 0 || end + 4 > buffer.length || !isRecordAfterEntry(buffer, end)) return undefined;
  if (layout.signed && readUint32(buffer, start) !== DATA_DESCRIPTOR) return undefined;
  const fields = layout.signed ? start + 4 : start;
  const compressedSize = layout.wide ? readUint64(buffer, fields + 4) : readUint32(buffer, fields + 4);
  // A 32-bit field of a writer that did not switch to zip64 holds the size modulo 2^32.
  const expected = layout.wide ? dataLength : dataLength % 0x100000000;
  if (compressedSize !== expected) return undefined;
  return {
    start,
    end,
    wide: layout.wide,
    crc32: readUint32(buffer, fields),
    compressedSize: dataLength,
    size: layout.wide ? readUint64(buffer, fields + 12) : readUint32(buffer, fields + 8),
  };
}

/**
 * Reads the descriptor that starts `buffer`, where the data's end is already known (an inflater found the end
 * of the deflate stream): it must give `dataLength` as the compressed size and be followed by a record
 * signature, so `buffer` should hold `MAX_DESCRIPTOR_LENGTH + 4` bytes where the archive has them.
 */
export function readDataDescriptor(buffer: Uint8Array, dataLength: number): DescriptorMatch | undefined {
  for (const layout of LAYOUTS) {
    const match = descriptorAt(buffer, 0, layout, dataLength);
    if (match) return match;
  }
  return undefined;
}

/**
 * Finds where an entry's data ends when the sizes only come after it and nothing else delimits the data (stored
 * entries, or deflated ones where the inflater cannot say where its stream ended). A candidate is a record
 * signature (next entry or central directory) preceded by a descriptor whose compressed-size field equals the
 * number of data bytes before that descriptor. Requiring both — a signature and an exact byte count — makes a
 * false match in real data practically impossible, and it also finds descriptors written without their optional
 * signature.
 *
 * `buffer` holds data bytes; `dataBefore` counts the entry's bytes preceding it; positions below `from` were
 * already searched. Returns the first match, or `undefined`.
 */
export function findDataDescriptor(
  buffer: Uint8Array,
  dataBefore: number,
  from: number,
): DescriptorMatch | undefined {
  for (
    let at = buffer.indexOf(0x50, from);
    at !== -1 && at + 4 <= buffer.length;
    at = buffer.indexOf(0x50, at + 1)
  ) {
    if (buffer[at + 1] !== 0x4b || !isRecordAfterEntry(buffer, at)) continue;
    for (const layout of LAYOUTS) {
      const match = descriptorAt(buffer, at - layout.length, layout, dataBefore + at - layout.length);
      if (match) return match;
    }
  }
  return undefined;
}
