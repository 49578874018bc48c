/**
 * Zip record layouts (PKWARE APPNOTE 6.3.10) shared by the reader and the writer. Every multi-byte field is
 * little-endian.
 */

/** `PK\x03\x04`: a local file header, one before each entry's data. */
export const LOCAL_HEADER = 0x04034b50;
/** `PK\x07\x08`: the optional signature of a data descriptor (APPNOTE 4.3.9.3). */
export const DATA_DESCRIPTOR = 0x08074b50;
/** `PK\x01\x02`: a central directory header; the first one ends the entries. */
export const CENTRAL_HEADER = 0x02014b50;
/** `PK\x05\x06`: end of central directory (what an archive without entries starts with). */
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** `PK\x06\x06` and `PK\x06\x07`: the zip64 end of central directory record and its locator. */
export const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
export const ZIP64_LOCATOR = 0x07064b50;
/** `PK\x05\x05` and `PK\x06\x08`: a digital signature and archive extra data, both only after the entries. */
export const DIGITAL_SIGNATURE = 0x05054b50;
export const ARCHIVE_EXTRA_DATA = 0x08064b50;
/** `PK\x07\x08` or `PK00` at offset 0 marks a single-segment "spanned" archive; the marker is skipped. */
export const SPANNING_MARKERS: readonly number[] = [0x08074b50, 0x30304b50];

/** Records that may follow an entry's data (and its descriptor): the next entry or the end of the entries. */
export const RECORDS_AFTER_ENTRY: readonly number[] = [
  LOCAL_HEADER,
  CENTRAL_HEADER,
  END_OF_CENTRAL_DIRECTORY,
  ZIP64_END_OF_CENTRAL_DIRECTORY,
  DIGITAL_SIGNATURE,
  ARCHIVE_EXTRA_DATA,
];

/** Signatures that end the entries: reading stops at the first of them. */
export const END_OF_ENTRIES: readonly number[] = RECORDS_AFTER_ENTRY.filter((s) => s !== LOCAL_HEADER);

/** Fixed lengths of the records, before their variable parts. */
export const LOCAL_HEADER_LENGTH = 30;
export const CENTRAL_HEADER_LENGTH = 46;
export const END_OF_CENTRAL_DIRECTORY_LENGTH = 22;
export const ZIP64_END_OF_CENTRAL_DIRECTORY_LENGTH = 56;
export const ZIP64_LOCATOR_LENGTH = 20;

/** General-purpose flag bits (APPNOTE 4.4.4). */
export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
export const FLAG_UTF8 = 0x0800;
export const FLAG_MASKED_HEADERS = 0x2000;

/** Compression methods the reader supports. */
export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

/** Extra-field header id of the zip64 extended information field. */
export const ZIP64_EXTRA = 0x0001;
/** A 32-bit size or offset field holding this value means "see the zip64 field". */
export const ZIP64_MARKER = 0xffffffff;

/** Little-endian field readers and writers. */
export function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

export function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** Reads a 64-bit size; values past 2^53 (8 PiB, never a real size) come back as `NaN` so checks reject them. */
export function readUint64(bytes: Uint8Array, at: number): number {
  const high = readUint32(bytes, at + 4);
  return high >= 0x200000 ? Number.NaN : high * 0x100000000 + readUint32(bytes, at);
}

export function writeUint16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
}

export function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  writeUint16(bytes, at, value & 0xffff);
  writeUint16(bytes, at + 2, (value >>> 16) & 0xffff);
}

export function writeUint64(bytes: Uint8Array, at: number, value: number): void {
  writeUint32(bytes, at, value % 0x100000000);
  writeUint32(bytes, at + 4, Math.floor(value / 0x100000000));
}
