import { archiveError } from "./archive-error.js";
import type { EntryData } from "./entry-data.js";
import { nodeBuiltin } from "./node-builtin.js";
import { PacedTransform } from "./paced-transform.js";

/** Compressed bytes per write: one write inflates to at most ~1032 times this (deflate's limit). */
export const INFLATE_SLICE = 16 * 1024;

/** Output chunk size of Node's inflater: zlib's default 16 KiB cost a callback, a Buffer and a stream hop each. */
export const NODE_INFLATE_CHUNK = 256 * 1024;

/** A raw-deflate decompressor as a web stream pair, the shape `PacedTransform` runs. */
export type InflatePair = ReadableWritablePair<Uint8Array, BufferSource>;

interface NodeZlib {
  createInflateRaw?: (options: { chunkSize: number }) => unknown;
}
interface NodeStream {
  Duplex?: { toWeb?: (duplex: unknown) => InflatePair };
}

/**
 * Where Node's own modules are reachable, zlib's raw inflater with 256 KiB output chunks, wrapped as a web
 * stream pair: the same zlib `DecompressionStream` runs, which Node builds with 16 KiB chunks and which then
 * cost more than the inflating itself (1–1.3 s against 0.35 s per 400 MiB of CSV). `undefined` on other runtimes,
 * Bun and Deno included, whose Node layers may differ: they keep `DecompressionStream`.
 */
export function nodeInflatePair(
  modules: { zlib: NodeZlib | undefined; stream: NodeStream | undefined } = {
    zlib: nodeBuiltin<NodeZlib>("node:zlib"),
    stream: nodeBuiltin<NodeStream>("node:stream"),
  },
): InflatePair | undefined {
  if ("Bun" in globalThis || "Deno" in globalThis) return undefined;
  const { zlib, stream } = modules;
  const toWeb = stream?.Duplex?.toWeb;
  const createInflateRaw = zlib?.createInflateRaw;
  if (typeof toWeb !== "function" || typeof createInflateRaw !== "function") return undefined;
  try {
    return toWeb.call(stream!.Duplex, createInflateRaw.call(zlib, { chunkSize: NODE_INFLATE_CHUNK }));
  } catch {
    return undefined;
  }
}

/** Inflates one entry's raw deflate data, in bounded memory (see `PacedTransform`). */
export function createInflater(data: EntryData): PacedTransform {
  const pair = nodeInflatePair() ?? new DecompressionStream("deflate-raw");
  return new PacedTransform(pair, () => data.next(), corruptData);
}

function corruptData(error: unknown): unknown {
  return archiveError("archive_malformed", "Raw-log archive entry holds corrupt deflate data", error);
}
