import { AbortError, InvalidResponseError, OfferkitError } from "@offerkit/errors";

/** The `code` of every error the raw-log archive reader throws for a bad download. */
export type ArchiveErrorCode =
  | "archive_malformed"
  | "archive_truncated"
  | "archive_unsupported"
  | "archive_crc_mismatch"
  | "archive_too_large"
  | "archive_too_many_entries"
  | "csv_malformed"
  | "csv_row_too_large";

/**
 * Builds the `InvalidResponseError` for an unreadable raw-log archive. Messages name offsets, sizes and line
 * numbers only: never file content, which may hold personal data, and never the download link, which is a secret.
 */
export function archiveError(code: ArchiveErrorCode, message: string, cause?: unknown): InvalidResponseError {
  return new InvalidResponseError(message, { code, sdk: "hasoffers", cause });
}

/**
 * The error to throw when the caller's signal fired. A reason that already is an offerkit error (a
 * `TimeoutError` from a deadline) is kept so callers see why the read stopped; anything else becomes an `AbortError`.
 */
export function abortErrorFor(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof OfferkitError) return reason;
  return new AbortError("The raw-log download was aborted", {
    code: "aborted",
    sdk: "hasoffers",
    cause: reason,
  });
}
