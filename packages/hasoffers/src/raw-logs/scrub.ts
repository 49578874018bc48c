import { OfferkitError } from "@offerkit/errors";
import { createRedactor } from "@offerkit/request-engine";
import { linkSecrets } from "../internal/presigned-link.js";

/**
 * Returns `error` with every trace of `link` removed from its message, stack and cause chain (same class and
 * fields), or `error` itself when it held none. A presigned link is a bearer credential for 8 hours: a transport
 * or runtime that quoted the URL in a failure must not leak it through the raw-log reader.
 */
export function scrubLink(error: unknown, link: string | undefined): unknown {
  if (!link) return error;
  const redact = createRedactor(linkSecrets(link));
  // The errors package sanitises a cause in place of copying it by hand: texts redacted, class and fields kept.
  return new OfferkitError("", { cause: error, redact }).cause;
}
