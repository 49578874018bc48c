import { archiveError } from "./archive-error.js";
import type { ByteSource } from "./byte-source.js";
import {
  FLAG_DATA_DESCRIPTOR,
  FLAG_ENCRYPTED,
  FLAG_MASKED_HEADERS,
  FLAG_STRONG_ENCRYPTION,
  FLAG_UTF8,
  LOCAL_HEADER_LENGTH,
  METHOD_DEFLATED,
  METHOD_STORED,
  readUint16,
  readUint32,
  readUint64,
  ZIP64_EXTRA,
  ZIP64_MARKER,
} from "./zip-format.js";

/** What a local file header says about the entry that follows it. */
export interface LocalHeader {
  name: string;
  /** 0 (stored) or 8 (deflated); anything else was rejected. */
  method: number;
  /** Sizes and CRC from the header; `undefined` when they follow the data in a data descriptor. */
  compressedSize: number | undefined;
  size: number | undefined;
  crc32: number | undefined;
  isDirectory: boolean;
}

/** The high half of code page 437, the encoding of names without the UTF-8 flag (APPNOTE appendix D). */
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" +
  "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

const utf8 = new TextDecoder();

function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8 || bytes.every((b) => b < 0x80)) return utf8.decode(bytes);
  let name = "";
  for (const b of bytes) name += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return name;
}

/**
 * Reads the local file header whose signature was just consumed (`at` is its offset) and rejects what the reader
 * cannot open: encryption, methods other than stored and deflate, inconsistent stored sizes.
 */
export async function readLocalHeader(source: ByteSource, at: number): Promise<LocalHeader> {
  const fixed = await source.readExact(LOCAL_HEADER_LENGTH - 4);
  if (fixed.length < LOCAL_HEADER_LENGTH - 4) throw truncatedHeader(at);
  const flags = readUint16(fixed, 2);
  const method = readUint16(fixed, 4);
  const nameLength = readUint16(fixed, 22);
  const extraLength = readUint16(fixed, 24);
  const variable = await source.readExact(nameLength + extraLength);
  if (variable.length < nameLength + extraLength) throw truncatedHeader(at);
  const name = decodeName(variable.subarray(0, nameLength), flags);

  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) {
    throw archiveError("archive_unsupported", `Raw-log archive entry at byte ${at} is encrypted`);
  }
  if (method !== METHOD_STORED && method !== METHOD_DEFLATED) {
    throw archiveError(
      "archive_unsupported",
      `Raw-log archive entry at byte ${at} uses compression method ${method} (only stored and deflate are supported)`,
    );
  }
  const header: LocalHeader = {
    name,
    method,
    compressedSize: undefined,
    size: undefined,
    crc32: undefined,
    isDirectory: name.endsWith("/") || name.endsWith("\\"),
  };
  if (flags & FLAG_DATA_DESCRIPTOR) return header;

  header.crc32 = readUint32(fixed, 10);
  header.compressedSize = readUint32(fixed, 14);
  header.size = readUint32(fixed, 18);
  applyZip64Sizes(header, variable.subarray(nameLength), at);
  if (method === METHOD_STORED && header.compressedSize !== header.size) {
    throw archiveError(
      "archive_malformed",
      `Raw-log archive entry at byte ${at} is stored but its sizes differ (${header.compressedSize} and ${header.size})`,
    );
  }
  return header;
}

/**
 * Replaces 0xFFFFFFFF sizes with the zip64 extra field's 64-bit values. APPNOTE 4.5.3 says a local header's
 * field carries both sizes, uncompressed first; some writers include only the ones they marked, so a shorter
 * field is matched to the marked sizes in order. Without a zip64 field the marker is taken as a real size.
 */
function applyZip64Sizes(header: LocalHeader, extra: Uint8Array, at: number): void {
  const wantsSize = header.size === ZIP64_MARKER;
  const wantsCompressed = header.compressedSize === ZIP64_MARKER;
  if (!wantsSize && !wantsCompressed) return;
  const data = findExtraField(extra, ZIP64_EXTRA);
  if (data === undefined) return;
  let field = 0;
  if (wantsSize || data.length >= 16) {
    if (wantsSize) header.size = data.length >= 8 ? readUint64(data, 0) : Number.NaN;
    field = 8;
  }
  if (wantsCompressed) {
    header.compressedSize = data.length >= field + 8 ? readUint64(data, field) : Number.NaN;
  }
  if (Number.isNaN(header.size) || Number.isNaN(header.compressedSize)) {
    throw archiveError(
      "archive_malformed",
      `Raw-log archive entry at byte ${at} has a broken zip64 size field`,
    );
  }
}

function findExtraField(extra: Uint8Array, id: number): Uint8Array | undefined {
  for (let i = 0; i + 4 <= extra.length; ) {
    const length = readUint16(extra, i + 2);
    if (readUint16(extra, i) === id) return extra.subarray(i + 4, Math.min(extra.length, i + 4 + length));
    i += 4 + length;
  }
  return undefined;
}

function truncatedHeader(at: number) {
  return archiveError("archive_truncated", `Raw-log archive ended inside the entry header at byte ${at}`);
}
