import type { ErrorItem } from "./api-failure.js";
import { toJsonText } from "./json-text.js";
import type { PhpValue } from "./php-params.js";

/**
 * The echoed `request` block: `Target`, `Format`, `Service`, `Version` first, then every sent parameter decoded,
 * values as strings, the NetworkToken included, exactly as the real API echoes it (so an SDK must never log or
 * surface a raw answer).
 */
export function echoOf(params: Record<string, PhpValue>): Record<string, unknown> {
  const { Target, ...rest } = params;
  return { Target: Target ?? "", Format: "json", Service: "HasOffers", Version: "2", ...rest };
}

/** A success envelope's text. */
export function successText(echo: Record<string, unknown>, data: unknown): string {
  return toJsonText({
    request: echo,
    response: { status: 1, httpStatus: 200, data, errors: [], errorMessage: null },
  });
}

/** An API error envelope's text: HTTP 200, `status: -1`, `data: ""`, `errorMessage` = the first `publicMessage`. */
export function errorText(echo: Record<string, unknown>, errors: readonly ErrorItem[]): string {
  const errorMessage = errors.find((e) => e.publicMessage)?.publicMessage ?? null;
  return toJsonText({
    request: echo,
    response: { status: -1, httpStatus: 200, data: "", errors, errorMessage },
  });
}

/** The recorded answer to a bad token or network id (default.json #0): no `request`, no `status`, `errors` an object. */
export function networkIdInvalidText(): string {
  return toJsonText({
    response: {
      errors: { publicMessage: "Network id is not valid" },
      link: "http://developers.hasoffers.com/",
    },
  });
}
