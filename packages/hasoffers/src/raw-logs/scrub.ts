import { OfferkitError } from "@offerkit/errors";
import { createRedactor } from "@offerkit/request-engine";

/** The parts of a presigned link that must never be shown: the link itself, its query, and its signature. */
function secretsOf(link: string): string[] {
  const secrets = [link];
  const q = link.indexOf("?");
  if (q !== -1) {
    secrets.push(link.slice(q + 1));
    for (const [key, value] of new URLSearchParams(link.slice(q + 1))) {
      if (/signature|credential|token/i.test(key) && value.length >= 4) secrets.push(value);
    }
  }
  return secrets;
}

/**
 * Returns `error` with every trace of `link` removed from its message, stack and cause chain (same class and
 * fields), or `error` itself when it held none. A presigned link is a bearer credential for 8 hours: a transport
 * or runtime that quoted the URL in a failure must not leak it through the raw-log reader.
 */
export function scrubLink(error: unknown, link: string | undefined): unknown {
  if (!link) return error;
  const redact = createRedactor(secretsOf(link));
  // The errors package sanitises a cause in place of copying it by hand: texts redacted, class and fields kept.
  return new OfferkitError("", { cause: error, redact }).cause;
}
