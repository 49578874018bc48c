import { APIError, errorForStatus, InvalidResponseError } from "@offerkit/errors";
import type { Interpreter, Redactor } from "@offerkit/request-engine";
import { SDK } from "./errors.js";

/**
 * Interprets the answer to a raw-log download (S3): the body stream on success, else a typed error by status
 * (5xx retryable, an expired link is a 403). Messages never quote the URL, which carries the link's signature.
 */
export function createDownloadInterpreter(redact: Redactor): Interpreter<ReadableStream<Uint8Array>> {
  return (response) => {
    const status = response.status;
    const requestId =
      response.headers.get("x-amz-request-id") ?? response.headers.get("x-request-id") ?? undefined;
    const common = { sdk: SDK, status, requestId, redact };
    if (status >= 200 && status < 300) {
      if (response.body) return { ok: true, value: response.body };
      return {
        ok: false,
        retry: true,
        error: new InvalidResponseError("The download had no body", { ...common, code: "empty_body" }),
      };
    }
    if (status >= 500 || status === 429) {
      return {
        ok: false,
        retry: true,
        error: new APIError(`The download failed with HTTP ${status}`, { ...common, code: "server_error" }),
      };
    }
    const hint = status === 403 ? " (the link may have expired: links are valid 8 hours)" : "";
    return {
      ok: false,
      retry: false,
      error: errorForStatus(status, `The download failed with HTTP ${status}${hint}`, common),
    };
  };
}
