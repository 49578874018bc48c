import { inflateRawSync } from "node:zlib";

/**
 * The all-in-memory way to read a raw log (what pyoffers does): hold the whole archive, inflate its first member
 * whole, decode it to one string and parse every record at once. The comparison row for the streaming reader.
 */
export function readAllAtOnce(archive) {
  const csv = firstMember(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength));
  return parseCsv(csv.toString("utf8"));
}

/** The first member's bytes, located through the central directory (sizes there are always right). */
function firstMember(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip");
  const directory = zip.readUInt32LE(end + 16);
  const method = zip.readUInt16LE(directory + 10);
  const compressed = zip.readUInt32LE(directory + 20);
  const local = zip.readUInt32LE(directory + 42);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + compressed);
  return method === 0 ? data : inflateRawSync(data);
}

/** RFC 4180 CSV (quoted fields, doubled quotes, LF or CRLF) into one object per record keyed by the header. */
function parseCsv(text) {
  const rows = [];
  let fields = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value;
    if (text.charCodeAt(i) === 34) {
      let j = i + 1;
      value = "";
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new Error("unterminated quote");
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(j, q + 1);
          j = q + 2;
        } else {
          value += text.slice(j, q);
          i = q + 1;
          break;
        }
      }
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);
    const c = text.charCodeAt(i);
    if (c === 44) i++;
    else {
      if (c === 13) i++;
      i++;
      rows.push(fields);
      fields = [];
    }
  }
  if (fields.length) rows.push(fields);
  const [header, ...records] = rows;
  return records.map((record) => {
    const object = {};
    for (let k = 0; k < header.length; k++) object[header[k]] = record[k] ?? "";
    return object;
  });
}
