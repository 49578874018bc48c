import { OfferkitError, ValidationError } from "@offerkit/errors";
import type { Redactor } from "./redact.js";

/** Who is encoding: the engine, or anything with its `sdk` and `redact`. */
export interface Encoder {
  /** The SDK the error belongs to (`trackofferz`, `hasoffers`). */
  readonly sdk: string;
  /** Scrubs the client's secrets from the error's message and cause. */
  readonly redact: Redactor;
}

/**
 * What an encoder's failure means to the caller: a lone surrogate in a query (`URIError`), a BigInt or a cycle in a
 * JSON body (`TypeError`) mean nothing was sent, so it becomes a `ValidationError` of code `invalid_request`
 * (redacted, the original as its cause). An offerkit error is returned as it is.
 */
export function encodingError(cause: unknown, { sdk, redact }: Encoder): OfferkitError {
  return cause instanceof OfferkitError
    ? cause
    : new ValidationError("The request could not be encoded from these parameters", {
        sdk,
        code: "invalid_request",
        cause,
        redact,
      });
}

/**
 * Runs `build` (a URL or body encoder) and throws its failure as {@link encodingError} says.
 *
 * @example const url = encodeRequest(() => requestUrl(base, path, query), engine);
 */
export function encodeRequest<T>(build: () => T, encoder: Encoder): T {
  try {
    return build();
  } catch (cause) {
    throw encodingError(cause, encoder);
  }
}
