/**
 * One answer of the fake, before it is delivered in-process (as a `Response`) or on the loopback server. The
 * delivery fields describe network failures both transports reproduce the same way.
 */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | ReadableStream<Uint8Array>;
  /** Deliver only the first `cutAfter` body bytes, then break the connection (a truncated body). */
  cutAfter?: number | undefined;
  /** Break the connection without answering (connection reset). */
  reset?: boolean | undefined;
  /** Never answer; the request stays pending until the client aborts or the fake releases it. */
  hang?: boolean | undefined;
  /** Deliver the body `chunkBytes` at a time with `delayMs` between chunks. */
  slow?: { chunkBytes: number; delayMs: number } | undefined;
}

const encoder = new TextEncoder();

/** The headers of every API answer, as recorded (gzip left out: the fake never compresses). */
export function apiHeaders(requestId: string): Record<string, string> {
  return {
    "content-type": "application/json",
    server: "Apache",
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "X-Requested-With",
    vary: "Accept-Encoding",
    "x-request-id": requestId,
  };
}

/** A reply with a text body. */
export function textReply(status: number, headers: Record<string, string>, text: string): Reply {
  return { status, headers, body: encoder.encode(text) };
}

/** An Apache-style HTML error page, as a proxy or the front end sends for 5xx answers. */
export function htmlPage(status: number): string {
  const title =
    status === 404
      ? "404 Not Found"
      : `${status} ${status === 502 ? "Bad Gateway" : status === 503 ? "Service Unavailable" : "Internal Server Error"}`;
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${title}</title>\n</head><body>\n<h1>${title.slice(4)}</h1>\n<p>The server could not complete your request.</p>\n</body></html>\n`;
}

/** An S3-style XML error (`AccessDenied`, `NoSuchKey`, `SignatureDoesNotMatch`). */
export function s3Error(status: number, code: string, message: string, requestId: string): Reply {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId></Error>`;
  return textReply(
    status,
    { "content-type": "application/xml", server: "AmazonS3", "x-amz-request-id": requestId },
    xml,
  );
}
