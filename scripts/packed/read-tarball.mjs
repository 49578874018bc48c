// @ts-check
/**
 * Reads an npm tarball (`.tgz`) into memory. npm and pnpm write plain ustar archives under a `package/` folder;
 * PAX headers are honoured for long names. Small on purpose: the checks need the file list and contents, nothing
 * that would justify a tar dependency.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const BLOCK = 512;

/**
 * The regular files in a tarball, keyed by their path inside the package (`package/` stripped).
 * @param {string} tarballPath
 * @returns {Map<string, Buffer>}
 */
export function readTarball(tarballPath) {
  const tar = gunzipSync(readFileSync(tarballPath));
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  let offset = 0;
  /** @type {string | undefined} */
  let paxPath;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break; // end-of-archive marker
    const size = Number.parseInt(field(header, 124, 12) || "0", 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString("utf8"))?.[1] ?? paxPath;
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    paxPath = undefined;
    if (type !== "0" && type !== "\0") continue; // folders, links: nothing ships through them
    files.set(name.replace(/^[^/]+\//, ""), Buffer.from(body));
  }
  return files;
}

/**
 * A NUL-terminated ASCII header field.
 * @param {Buffer} header
 * @param {number} start
 * @param {number} length
 */
function field(header, start, length) {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw
    .subarray(0, end === -1 ? length : end)
    .toString("utf8")
    .trim();
}
