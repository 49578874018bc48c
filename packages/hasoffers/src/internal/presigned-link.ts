// What a presigned raw-log link hides: its query (S3, CloudFront or a CDN's `?token=`) and any path segment that may
// be a signature. One rule for both uses, so what an error scrubs and what a hook or log shows cannot drift apart.

// A file name (`clicks-1473411600-SlY9UO.zip`) or a short segment (`20160909`, `raw-logs`) is not a signature; a
// long opaque segment without an extension, or one carrying `key=value` / `;params`, may be.
const FILE_NAME = /\.[A-Za-z0-9]{1,5}$/;

/** Whether a path segment of a presigned link may carry its signature (a long opaque token, or `sig=…`). */
function isSecretSegment(segment: string): boolean {
  return /[=;]/.test(segment) || (segment.length >= 16 && !FILE_NAME.test(segment));
}

// Query keys whose value is a credential, whatever its length: S3's `X-Amz-Signature`/`X-Amz-Credential`/
// `AWSAccessKeyId`, CloudFront's `Policy`/`Key-Pair-Id`, a CDN's `token`/`sig`.
const SECRET_KEY = /signature|credential|token|policy|sig|key/i;

/**
 * The parts of a presigned link that must never be shown: the link itself, its query, each credential of the
 * query (a redactor may already have masked `Signature` and left `Policy`, so the query no longer matches whole),
 * and the path segments that may be signatures.
 */
export function linkSecrets(link: string): string[] {
  const secrets = [link];
  const q = link.indexOf("?");
  const query = q === -1 ? "" : link.slice(q + 1).split("#")[0]!;
  if (query) {
    secrets.push(query);
    for (const [key, value] of new URLSearchParams(query)) {
      if ((SECRET_KEY.test(key) && value.length >= 4) || value.length >= 16) secrets.push(value);
    }
  }
  for (const segment of pathOf(link).split("/")) if (isSecretSegment(segment)) secrets.push(segment);
  return secrets;
}

/**
 * How hooks and logs show a presigned link: origin and path, signature-like segments masked, the query replaced by
 * `?[presigned]`: `https://dl.example.com/20160909/clicks-1473411600-SlY9UO.zip?[presigned]`.
 * An unparsable link shows as `[presigned link]`.
 */
export function displayLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return "[presigned link]";
  }
  const path = url.pathname
    .split("/")
    .map((segment) => (isSecretSegment(segment) ? "[redacted]" : segment))
    .join("/");
  return `${url.origin}${path}${url.search ? "?[presigned]" : ""}`;
}

/** The path of `link` as written (no query or fragment), or `""` when it has none. */
function pathOf(link: string): string {
  const start = link.indexOf("/", link.indexOf("//") + 2);
  if (link.indexOf("//") === -1 || start === -1) return "";
  return link.slice(start).split(/[?#]/)[0]!;
}
