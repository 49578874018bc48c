import {
  CENTRAL_HEADER,
  CENTRAL_HEADER_LENGTH,
  DATA_DESCRIPTOR,
  END_OF_CENTRAL_DIRECTORY,
  END_OF_CENTRAL_DIRECTORY_LENGTH,
  FLAG_DATA_DESCRIPTOR,
  FLAG_UTF8,
  LOCAL_HEADER,
  LOCAL_HEADER_LENGTH,
  writeUint16,
  writeUint32,
  writeUint64,
  ZIP64_END_OF_CENTRAL_DIRECTORY,
  ZIP64_END_OF_CENTRAL_DIRECTORY_LENGTH,
  ZIP64_EXTRA,
  ZIP64_LOCATOR,
  ZIP64_LOCATOR_LENGTH,
  ZIP64_MARKER,
} from "./zip-format.js";

/** Everything the writer knows about one entry, for its local header, descriptor and central record. */
export interface EntryRecord {
  name: Uint8Array;
  method: number;
  descriptor: boolean;
  zip64: boolean;
  dosTime: number;
  dosDate: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const VERSION_DEFAULT = 20;
const VERSION_ZIP64 = 45;
/** "Made by" Unix (3) so the external attributes below read as Unix permissions. */
const MADE_BY_UNIX = 3 << 8;

/** DOS date and time (two-second precision, from 1980), from the UTC fields of `date`. */
export function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    dosDate: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function flagsOf(entry: EntryRecord): number {
  return FLAG_UTF8 | (entry.descriptor ? FLAG_DATA_DESCRIPTOR : 0);
}

/** The local file header; with a descriptor its CRC and sizes are zero (the zip64 field too) as APPNOTE asks. */
export function localHeader(entry: EntryRecord): Uint8Array {
  const extraLength = entry.zip64 ? 20 : 0;
  const out = new Uint8Array(LOCAL_HEADER_LENGTH + entry.name.length + extraLength);
  const known = !entry.descriptor;
  writeUint32(out, 0, LOCAL_HEADER);
  writeUint16(out, 4, entry.zip64 ? VERSION_ZIP64 : VERSION_DEFAULT);
  writeUint16(out, 6, flagsOf(entry));
  writeUint16(out, 8, entry.method);
  writeUint16(out, 10, entry.dosTime);
  writeUint16(out, 12, entry.dosDate);
  writeUint32(out, 14, known ? entry.crc32 : 0);
  writeUint32(out, 18, entry.zip64 ? ZIP64_MARKER : known ? entry.compressedSize : 0);
  writeUint32(out, 22, entry.zip64 ? ZIP64_MARKER : known ? entry.size : 0);
  writeUint16(out, 26, entry.name.length);
  writeUint16(out, 28, extraLength);
  out.set(entry.name, LOCAL_HEADER_LENGTH);
  if (entry.zip64) {
    const at = LOCAL_HEADER_LENGTH + entry.name.length;
    writeUint16(out, at, ZIP64_EXTRA);
    writeUint16(out, at + 2, 16);
    writeUint64(out, at + 4, known ? entry.size : 0);
    writeUint64(out, at + 12, known ? entry.compressedSize : 0);
  }
  return out;
}

/** The data descriptor: 64-bit sizes for zip64 entries, and optionally without its `PK\x07\x08` signature. */
export function dataDescriptor(entry: EntryRecord, signed: boolean): Uint8Array {
  const sizeBytes = entry.zip64 ? 8 : 4;
  const out = new Uint8Array((signed ? 8 : 4) + 2 * sizeBytes);
  let at = 0;
  if (signed) {
    writeUint32(out, 0, DATA_DESCRIPTOR);
    at = 4;
  }
  writeUint32(out, at, entry.crc32);
  const write = entry.zip64 ? writeUint64 : writeUint32;
  write(out, at + 4, entry.compressedSize);
  write(out, at + 4 + sizeBytes, entry.size);
  return out;
}

/** The central directory header; a zip64 field carries sizes and offset when the entry is zip64. */
export function centralHeader(entry: EntryRecord): Uint8Array {
  const zip64 = entry.zip64 || entry.offset >= ZIP64_MARKER;
  const extraLength = zip64 ? 28 : 0;
  const out = new Uint8Array(CENTRAL_HEADER_LENGTH + entry.name.length + extraLength);
  const isDirectory = entry.name[entry.name.length - 1] === 0x2f;
  writeUint32(out, 0, CENTRAL_HEADER);
  writeUint16(out, 4, MADE_BY_UNIX | VERSION_ZIP64);
  writeUint16(out, 6, zip64 ? VERSION_ZIP64 : VERSION_DEFAULT);
  writeUint16(out, 8, flagsOf(entry));
  writeUint16(out, 10, entry.method);
  writeUint16(out, 12, entry.dosTime);
  writeUint16(out, 14, entry.dosDate);
  writeUint32(out, 16, entry.crc32);
  writeUint32(out, 20, zip64 ? ZIP64_MARKER : entry.compressedSize);
  writeUint32(out, 24, zip64 ? ZIP64_MARKER : entry.size);
  writeUint16(out, 28, entry.name.length);
  writeUint16(out, 30, extraLength);
  // Unix mode in the high half: drwxr-xr-x for directories, -rw-r--r-- for files.
  writeUint32(out, 38, ((isDirectory ? 0o40755 : 0o100644) << 16) >>> 0);
  writeUint32(out, 42, zip64 ? ZIP64_MARKER : entry.offset);
  out.set(entry.name, CENTRAL_HEADER_LENGTH);
  if (zip64) {
    const at = CENTRAL_HEADER_LENGTH + entry.name.length;
    writeUint16(out, at, ZIP64_EXTRA);
    writeUint16(out, at + 2, 24);
    writeUint64(out, at + 4, entry.size);
    writeUint64(out, at + 12, entry.compressedSize);
    writeUint64(out, at + 20, entry.offset);
  }
  return out;
}

/**
 * The end records: a zip64 end record and locator when any count, size or offset overflows the classic record
 * (or an entry is zip64), then the classic end of central directory.
 */
export function endRecords(
  count: number,
  directorySize: number,
  directoryOffset: number,
  zip64: boolean,
): Uint8Array {
  const needs64 =
    zip64 || count >= 0xffff || directorySize >= ZIP64_MARKER || directoryOffset >= ZIP64_MARKER;
  const prefix = needs64 ? ZIP64_END_OF_CENTRAL_DIRECTORY_LENGTH + ZIP64_LOCATOR_LENGTH : 0;
  const out = new Uint8Array(prefix + END_OF_CENTRAL_DIRECTORY_LENGTH);
  if (needs64) {
    writeUint32(out, 0, ZIP64_END_OF_CENTRAL_DIRECTORY);
    writeUint64(out, 4, ZIP64_END_OF_CENTRAL_DIRECTORY_LENGTH - 12);
    writeUint16(out, 12, MADE_BY_UNIX | VERSION_ZIP64);
    writeUint16(out, 14, VERSION_ZIP64);
    writeUint64(out, 24, count);
    writeUint64(out, 32, count);
    writeUint64(out, 40, directorySize);
    writeUint64(out, 48, directoryOffset);
    const locator = ZIP64_END_OF_CENTRAL_DIRECTORY_LENGTH;
    writeUint32(out, locator, ZIP64_LOCATOR);
    writeUint64(out, locator + 8, directoryOffset + directorySize);
    writeUint32(out, locator + 16, 1);
  }
  writeUint32(out, prefix, END_OF_CENTRAL_DIRECTORY);
  writeUint16(out, prefix + 8, needs64 ? 0xffff : count);
  writeUint16(out, prefix + 10, needs64 ? 0xffff : count);
  writeUint32(out, prefix + 12, needs64 ? ZIP64_MARKER : directorySize);
  writeUint32(out, prefix + 16, needs64 ? ZIP64_MARKER : directoryOffset);
  return out;
}
