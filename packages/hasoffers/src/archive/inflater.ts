import { archiveError } from "./archive-error.js";
import type { EntryData } from "./entry-data.js";
import { nodeBuiltin } from "./node-builtin.js";
import { NodeInflater, type NodeInflateStream } from "./node-inflater.js";
import { PacedTransform } from "./paced-transform.js";

/** Compressed bytes per write: one write inflates to at most ~1032 times this (deflate's limit). */
export const INFLATE_SLICE = 16 * 1024;

/** Output chunk size of Node's inflater: zlib's default 16 KiB cost a callback, a Buffer and a stream event each. */
export const NODE_INFLATE_CHUNK = 256 * 1024;

/** What the entry reader needs of an inflater. */
export interface Inflater {
  /** The next output chunk, or `null` after the last one, once the input is no longer being read. */
  read(): Promise<Uint8Array | null>;
  /** Compressed bytes inflated so far (about: the portable inflater counts what it was given). */
  readonly fed: number;
  /** Abandons the inflater; resolves once it no longer reads its input. */
  stop(): Promise<void>;
}

/** How the entries of one runtime are inflated. */
export interface InflaterKind {
  /**
   * Whether the inflaters find the end of the deflate stream themselves and report it through
   * `EntryData.streamEnded`: then a data descriptor is read where the stream ended instead of searched for.
   */
  readonly findsStreamEnd: boolean;
  /** An inflater over one entry's data. */
  create(data: EntryData): Inflater;
}

interface NodeZlib {
  createInflateRaw?: (options: { chunkSize: number }) => NodeInflateStream;
}

/**
 * Where Node's own modules are reachable, zlib's raw inflater with 256 KiB output chunks, driven directly (see
 * `NodeInflater`): `DecompressionStream` runs the same zlib, but Node builds it with 16 KiB chunks that then cost
 * more than the inflating itself (1–1.3 s against 0.35 s per 400 MiB of CSV), and it cannot say where the deflate
 * stream ended. Elsewhere, Bun and Deno included (their Node layers may differ), `DecompressionStream`; where
 * there is neither, an `archive_unsupported` error (stored entries need no inflater and still read).
 */
export function inflaterKind(
  { zlib }: { zlib: NodeZlib | undefined } = { zlib: nodeBuiltin<NodeZlib>("node:zlib") },
): InflaterKind {
  const createInflateRaw = zlib?.createInflateRaw;
  if (!("Bun" in globalThis || "Deno" in globalThis) && typeof createInflateRaw === "function") {
    return {
      findsStreamEnd: true,
      create: (data) =>
        new NodeInflater(createInflateRaw.call(zlib, { chunkSize: NODE_INFLATE_CHUNK }), data, corruptData),
    };
  }
  // Vercel's edge runtime has neither: without this check a deflated entry ended in an untyped ReferenceError.
  if (typeof globalThis.DecompressionStream !== "function") {
    throw archiveError(
      "archive_unsupported",
      "Raw-log archive entry is deflated, and this runtime has neither DecompressionStream nor Node's zlib to inflate it",
    );
  }
  return {
    findsStreamEnd: false,
    create: (data) =>
      new PacedTransform(new DecompressionStream("deflate-raw"), () => data.next(), corruptData),
  };
}

function corruptData(error: unknown): unknown {
  return archiveError("archive_malformed", "Raw-log archive entry holds corrupt deflate data", error);
}
