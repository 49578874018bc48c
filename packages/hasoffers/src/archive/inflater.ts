import { archiveError } from "./archive-error.js";
import type { EntryData } from "./entry-data.js";
import { PacedTransform } from "./paced-transform.js";

/** Compressed bytes per write: one write inflates to at most ~1032 times this (deflate's limit). */
export const INFLATE_SLICE = 16 * 1024;

/** Inflates one entry's raw deflate data with `DecompressionStream("deflate-raw")`, in bounded memory. */
export function createInflater(data: EntryData): PacedTransform {
  return new PacedTransform(new DecompressionStream("deflate-raw"), () => data.next(), corruptData);
}

function corruptData(error: unknown): unknown {
  return archiveError("archive_malformed", "Raw-log archive entry holds corrupt deflate data", error);
}
