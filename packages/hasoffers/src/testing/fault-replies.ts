import type { Fault } from "./faults.js";
import { toJsonText } from "./json-text.js";
import { rateLimitText } from "./rate-limiter.js";
import { apiHeaders, htmlPage, type Reply, s3Error, textReply } from "./reply.js";

const decoder = new TextDecoder();

/** An HTTP error answer with the requested body kind. */
function httpReply(fault: Extract<Fault, { kind: "http" }>, download: boolean, requestId: string): Reply {
  const status = fault.status ?? 503;
  const retry: Record<string, string> =
    fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
  const kind = fault.body ?? (download ? "html" : "json");
  if (kind === "empty") return textReply(status, retry, "");
  if (kind === "html")
    return textReply(status, { "content-type": "text/html; charset=iso-8859-1", ...retry }, htmlPage(status));
  const text = toJsonText({
    response: {
      status: -1,
      httpStatus: status,
      data: "",
      errors: [{ publicMessage: "Service temporarily unavailable" }],
      errorMessage: "Service temporarily unavailable",
    },
  });
  return textReply(status, { ...apiHeaders(requestId), ...retry }, text);
}

/**
 * The reply for a fault that hits before the call takes effect. `echo` is the request block a rate-limit
 * envelope repeats; spoiling kinds (truncate, malformed, wrong shape) spoil a stand-in envelope here, since the
 * real answer was never produced.
 */
export function refusalReply(
  fault: Fault,
  download: boolean,
  echo: Record<string, unknown>,
  requestId: string,
): Reply {
  switch (fault.kind) {
    case "rateLimit": {
      if (download) return s3Error(503, "SlowDown", "Please reduce your request rate.", requestId);
      const text = rateLimitText(51, 50, 10_000, fault.wording);
      const body = toJsonText({
        request: echo,
        response: {
          status: -1,
          httpStatus: 200,
          data: "",
          errors: [{ publicMessage: text }],
          errorMessage: text,
        },
      });
      return textReply(200, apiHeaders(requestId), body);
    }
    case "http":
      return httpReply(fault, download, requestId);
    case "reset":
      return { status: 0, headers: {}, body: new Uint8Array(), reset: true };
    case "hang":
      return { status: 0, headers: {}, body: new Uint8Array(), hang: true };
    default: {
      const standIn = toJsonText({
        request: echo,
        response: { status: 1, httpStatus: 200, data: null, errors: [], errorMessage: null },
      });
      return spoil(fault, textReply(200, apiHeaders(requestId), standIn), download, requestId);
    }
  }
}

/** Spoils a real answer after the call took effect. */
export function spoil(fault: Fault, reply: Reply, download: boolean, requestId: string): Reply {
  switch (fault.kind) {
    case "truncate": {
      const size = reply.body instanceof Uint8Array ? reply.body.length : undefined;
      const half = size === undefined ? 1024 : Math.max(0, Math.floor(size / 2));
      return { ...reply, cutAfter: fault.afterBytes ?? half };
    }
    case "malformedJson": {
      if (download)
        return textReply(
          200,
          { "content-type": "application/octet-stream", server: "AmazonS3" },
          "PK\u0003\u0004 this is not a zip archive",
        );
      const text =
        reply.body instanceof Uint8Array ? decoder.decode(reply.body) : '{"response":{"status":1}}';
      return {
        ...textReply(reply.status, reply.headers, text.slice(0, Math.max(1, Math.floor(text.length / 2)))),
      };
    }
    case "wrongShape": {
      // A proxy's sign-in page instead of the archive.
      if (download)
        return textReply(
          200,
          { "content-type": "text/html" },
          "<html><body>Sign in to continue</body></html>",
        );
      return textReply(200, apiHeaders(requestId), JSON.stringify(fault.body ?? { ok: true }));
    }
    case "http":
      return httpReply(fault, download, requestId);
    case "reset":
      return { ...reply, reset: true };
    case "hang":
      return { ...reply, hang: true };
    case "slowBody":
      return { ...reply, slow: { chunkBytes: fault.chunkBytes ?? 64, delayMs: fault.delayMs } };
    default:
      return reply;
  }
}
