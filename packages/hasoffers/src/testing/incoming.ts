import type { Upload } from "./handlers/index.js";
import { decodePhpParams, type PhpValue } from "./php-params.js";

/** One request as the fake sees it: the decoded parameters of query and body, and any uploaded files. */
export interface Incoming {
  url: URL;
  httpMethod: string;
  /** Raw `name=value` pairs: the query's first, then the body's (a later key wins, as in PHP's `$_REQUEST`). */
  pairs: [string, string][];
  params: Record<string, PhpValue>;
  uploads: Upload[];
  contentType: string;
}

/**
 * Reads a request the way the API's PHP front end does: the query string plus an
 * `application/x-www-form-urlencoded` or `multipart/form-data` body, merged and decoded with PHP's bracket rules.
 * File parts become uploads (their size is the byte count received).
 */
export async function readIncoming(request: Request): Promise<Incoming> {
  const url = new URL(request.url);
  const pairs: [string, string][] = [...url.searchParams];
  const uploads: Upload[] = [];
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (request.body && type === "application/x-www-form-urlencoded") {
    pairs.push(...new URLSearchParams(await request.text()));
  } else if (request.body && type === "multipart/form-data") {
    const form = await request.formData();
    for (const [name, value] of form) {
      if (typeof value === "string") {
        pairs.push([name, value]);
        continue;
      }
      const bytes = new Uint8Array(await value.arrayBuffer());
      uploads.push({ field: name, filename: value.name, size: bytes.length, contentType: value.type, bytes });
    }
  }
  return { url, httpMethod: request.method, pairs, params: decodePhpParams(pairs), uploads, contentType };
}
