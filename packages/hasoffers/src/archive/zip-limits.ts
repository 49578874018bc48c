/** Limits and cancellation for reading one archive. Every limit breach throws `archive_too_large` (or `_too_many_entries`). */
export interface ZipReaderOptions {
  /** Most entries (files and directories) read before giving up. Default 1,000; HasOffers sends one. */
  maxEntries?: number;
  /** Most uncompressed bytes in one entry, checked as they are produced. Default 4 GiB. */
  maxEntryBytes?: number;
  /** Most uncompressed bytes across the entries read. Default 16 GiB. */
  maxTotalBytes?: number;
  /**
   * Most uncompressed bytes per compressed byte of a deflated entry, checked while inflating so a zip bomb
   * stops within a few chunks. Default 200: click logs compress about 10:1, bombs reach 1000:1. The first MiB
   * of every entry is exempt, so tiny entries never trip it.
   */
  maxCompressionRatio?: number;
  /** Stops the read: the body is cancelled and the pending call throws an `AbortError` (or the signal's offerkit reason). */
  signal?: AbortSignal | undefined;
}

/** The limits in force, defaults filled in. */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxCompressionRatio: number;
}

/** The limits used when `ZipReaderOptions` leaves one out. */
export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 1_000,
  maxEntryBytes: 4 * 1024 ** 3,
  maxTotalBytes: 16 * 1024 ** 3,
  maxCompressionRatio: 200,
});

/** Output below this size is never judged by the compression ratio. */
export const RATIO_GRACE_BYTES = 1024 * 1024;

/** Fills in the defaults and rejects limits that are not positive numbers. */
export function resolveZipLimits(options: ZipReaderOptions): ZipLimits {
  const limits = { ...DEFAULT_ZIP_LIMITS };
  for (const key of Object.keys(DEFAULT_ZIP_LIMITS) as (keyof ZipLimits)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value > 0)) throw new RangeError(`${key} must be a positive number`);
    limits[key] = value;
  }
  return limits;
}
