import { errorForStatus, InvalidResponseError } from "@offerkit/errors";
import type { Interpreter, Redactor } from "@offerkit/request-engine";
import { SDK } from "./errors.js";
import type { Shape } from "./shapes.js";
import { STATUS_CODES } from "./status-codes.js";
import type { RateLimitState } from "./types.js";

/** A non-empty string, else `undefined`: any field of an error body may be missing or mistyped. */
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * The one place that turns any TrackOfferz answer into a value or a typed error. Branches on the status first,
 * so an HTML, empty or non-JSON error page still maps by status; a 2xx that is not JSON or not the promised shape
 * is an `InvalidResponseError` (retryable: a proxy hiccup or a truncated read). Which failures are retried, the
 * `Retry-After` wait (delta-seconds or HTTP-date), its ceiling and the `retryAfter` of a rate limit are the
 * engine's: every 4xx/5xx is offered, and the engine repeats only 408, 409, 429 and 5xx but 501/505. Every answer
 * is shown to `observe` first (the client's rate-limit state).
 */
export function interpreter<T>(
  shape: Shape<T>,
  redact: Redactor,
  observe: (response: Response) => void,
): Interpreter<T> {
  return (response, raw) => {
    observe(response);
    const { status, ok } = response;
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {}
    if (ok && body !== undefined && shape(body)) return { ok: true, value: body };
    const [code, what] = !raw.trim()
      ? ["empty_body", "an empty body"]
      : body === undefined
        ? ["invalid_json", "a non-JSON body"]
        : ["unexpected_shape", ok ? "JSON of an unexpected shape" : "a JSON body without an error"];
    const base = { sdk: SDK, status, requestId: response.headers.get("x-request-id") ?? undefined, redact };
    const message = `TrackOfferz answered HTTP ${status} with ${what}`;
    if (ok) return { ok: false, error: new InvalidResponseError(message, { ...base, code }), retry: true };
    // The `{ "error": { code, message, param } }` body, read defensively.
    const problem = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
    const error = errorForStatus(status, text(problem.message) ?? message, {
      ...base,
      code:
        text(problem.code) ?? STATUS_CODES[status] ?? (status > 499 ? "internal_error" : `http_${status}`),
      param: text(problem.param),
    });
    return { ok: false, error, retry: status > 399 };
  };
}

/** A header holding a whole number >= 0, else `undefined` (missing, negative, fractional, absurd). */
function count(response: Response, name: string): number | undefined {
  const value = Number(response.headers.get(name) ?? Number.NaN);
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The `X-RateLimit-*` window an answer announces, when it carries all three headers in a usable form. */
export function rateLimitOf(response: Response): RateLimitState | undefined {
  const limit = count(response, "x-ratelimit-limit");
  const remaining = count(response, "x-ratelimit-remaining");
  const reset = count(response, "x-ratelimit-reset");
  return limit === undefined || remaining === undefined || reset === undefined
    ? undefined
    : { limit, remaining, reset };
}
