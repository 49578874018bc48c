import {
  ConnectionError,
  InvalidResponseError,
  type OfferkitError,
  RateLimitError,
  TimeoutError,
} from "@offerkit/errors";

/** A short, secret-free reason for a retry, for hooks and logs. */
export function retryReason(error: OfferkitError): string {
  const { code } = error;
  return error instanceof RateLimitError
    ? "rate limited"
    : error instanceof TimeoutError
      ? "timeout"
      : error instanceof ConnectionError
        ? `connection failed${code ? ` (${code})` : ""}`
        : error instanceof InvalidResponseError
          ? `unreadable answer (${code ?? "invalid"})`
          : error.status
            ? `status ${error.status}`
            : (code ?? error.name);
}
