import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { crc32, createDeflateRaw } from "node:zlib";

/**
 * How the one member is stored: `stored` (method 0, sizes up front), `deflated` (method 8, sizes up front), or
 * `data-descriptor` (method 8, flag bit 3: zeros in the local header and the sizes after the data, as streaming
 * writers produce).
 */
export const zipKinds = ["stored", "deflated", "data-descriptor"];

const DOS_TIME = (9 << 11) | (0 << 5); // 09:00:00
const DOS_DATE = ((2016 - 1980) << 9) | (9 << 5) | 9; // 2016-09-09

function localHeader(name, method, flags, crc, compressed, size) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(flags, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralDirectory(name, method, flags, crc, compressed, size) {
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(20, 4);
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(flags, 8);
  entry.writeUInt16LE(method, 10);
  entry.writeUInt16LE(DOS_TIME, 12);
  entry.writeUInt16LE(DOS_DATE, 14);
  entry.writeUInt32LE(crc, 16);
  entry.writeUInt32LE(compressed, 20);
  entry.writeUInt32LE(size, 24);
  entry.writeUInt16LE(name.length, 28);
  // extra, comment, disk, attributes and the local header offset (0) stay zero
  return Buffer.concat([entry, name]);
}

function endOfCentralDirectory(directorySize, directoryOffset) {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}

/**
 * Writes a one-member zip of `chunks` (an iterable of Buffers) to `path`, streaming: the member's bytes pass
 * through once and are never held whole. Sizes must stay under 4 GiB (no zip64).
 */
export async function writeZip(path, memberName, chunks, kind) {
  const name = Buffer.from(memberName);
  const method = kind === "stored" ? 0 : 8;
  const flags = kind === "data-descriptor" ? 0x08 : 0;
  let crc = 0;
  let size = 0;
  let compressed = 0;
  const file = await open(path, "w");
  try {
    const header = localHeader(name, method, flags, 0, 0, 0);
    await file.write(header, 0, header.length, 0);
    const source = Readable.from(
      (function* () {
        for (const chunk of chunks) {
          crc = crc32(chunk, crc);
          size += chunk.length;
          yield chunk;
        }
      })(),
    );
    let body = source;
    if (method === 8) {
      body = createDeflateRaw({ level: 6 });
      source.on("error", (error) => body.destroy(error));
      source.pipe(body);
    }
    let position = header.length;
    for await (const chunk of body) {
      await file.write(chunk, 0, chunk.length, position);
      position += chunk.length;
    }
    compressed = position - header.length;
    if (flags & 0x08) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(compressed, 8);
      descriptor.writeUInt32LE(size, 12);
      await file.write(descriptor, 0, 16, position);
      position += 16;
    } else {
      const sizes = Buffer.alloc(12);
      sizes.writeUInt32LE(crc, 0);
      sizes.writeUInt32LE(compressed, 4);
      sizes.writeUInt32LE(size, 8);
      await file.write(sizes, 0, 12, 14);
    }
    const directory = centralDirectory(name, method, flags, crc, compressed, size);
    const end = endOfCentralDirectory(directory.length, position);
    await file.write(Buffer.concat([directory, end]), 0, directory.length + end.length, position);
    return { size, compressed, crc };
  } finally {
    await file.close();
  }
}
