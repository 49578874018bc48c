import { APIError, errorForStatus, InvalidResponseError, RateLimitError } from "@offerkit/errors";
import { type Interpreter, parseRetryAfter, type Redactor, type Verdict } from "@offerkit/request-engine";
import { classifyFailure, failureError } from "./envelope-error.js";
import { SDK } from "./errors.js";
import { parseOrdered } from "./ordered-json.js";

/** What the interpreter needs from the client. */
export interface InterpretSettings {
  redact: Redactor;
  /** Base wait before retrying a rate-limited call, in ms. */
  retryDelay: number;
  random: () => number;
  now: () => number;
}

/** Turns the envelope's `data` into the caller's value; throws (any error) when `data` has the wrong shape. */
export type Decoder<T> = (data: unknown) => T;

/**
 * The one place that turns any HasOffers answer into a value or a typed error. In order:
 * 1. the HTTP status (5xx and 429 retryable, other non-2xx mapped by status, HTML or empty bodies included);
 * 2. the body: empty, HTML, malformed JSON or not an envelope → retryable `InvalidResponseError`;
 * 3. the envelope's `response.status` (never the truthiness of `errors`): `1` → `data`, else the errors decide
 *    (rate limit → `RateLimitError`, safe to repeat after `retryDelay` with jitter; authentication; validation; API);
 * 4. `decode` checks the shape of `data`; a wrong shape is a retryable `InvalidResponseError`.
 * The envelope's `request` block (which echoes the NetworkToken) is never kept.
 */
export function createInterpreter<T>(settings: InterpretSettings, decode?: Decoder<T>): Interpreter<T> {
  const { redact } = settings;
  return (response, text): Verdict<T> => {
    const status = response.status;
    const requestId = response.headers.get("x-request-id") ?? undefined;
    const common = { sdk: SDK, status, requestId, redact };
    const invalid = (message: string, code: string, cause?: unknown): Verdict<T> => ({
      ok: false,
      retry: true,
      error: new InvalidResponseError(message, { ...common, code, cause }),
    });

    if (status === 429) {
      const retryAfterMs =
        parseRetryAfter(response.headers.get("retry-after"), settings.now()) ?? jitter(settings);
      const error = new RateLimitError(`HasOffers answered HTTP 429`, {
        ...common,
        code: "rate_limited",
        retryAfter: retryAfterMs / 1000,
      });
      return { ok: false, error, retry: true, retryAfterMs, safe: true };
    }
    if (status >= 500) {
      const error = new APIError(`HasOffers answered HTTP ${status}${describeBody(text)}`, {
        ...common,
        code: "server_error",
      });
      return { ok: false, error, retry: true };
    }
    if (status < 200 || status >= 300) {
      return {
        ok: false,
        retry: false,
        error: errorForStatus(status, `HasOffers answered HTTP ${status}${describeBody(text)}`, common),
      };
    }

    const body = text.trim();
    if (body === "") return invalid("HasOffers sent an empty answer", "empty_body");
    if (body.startsWith("<")) return invalid("HasOffers sent an HTML page instead of JSON", "html_body");
    let parsed: unknown;
    try {
      parsed = parseOrdered(body);
    } catch (cause) {
      return invalid("HasOffers sent malformed or truncated JSON", "malformed_json", cause);
    }
    const envelope = isObject(parsed) ? parsed.response : undefined;
    if (!isObject(envelope))
      return invalid("HasOffers sent JSON without a `response` envelope", "wrong_shape");

    if (envelope.status === 1) {
      if (!decode) return { ok: true, value: envelope.data as T };
      try {
        return { ok: true, value: decode(envelope.data) };
      } catch (cause) {
        return invalid("HasOffers sent data of an unexpected shape", "wrong_shape", cause);
      }
    }
    const failed = envelope.status === -1 || (envelope.status === undefined && envelope.errors !== undefined);
    if (!failed)
      return invalid(`HasOffers sent an unknown envelope status ${String(envelope.status)}`, "wrong_shape");

    const failure = classifyFailure(envelope);
    if (failure.kind === "rate_limit") {
      const retryAfterMs = jitter(settings);
      // The API refused the call before running it, so even a write may be repeated.
      const error = failureError(failure, { status, requestId, redact, retryAfterMs });
      return { ok: false, error, retry: true, safe: true, retryAfterMs };
    }
    return { ok: false, retry: false, error: failureError(failure, { status, requestId, redact }) };
  };
}

/** `retryDelay` plus up to half of it again, so clients that were limited together do not retry together. */
function jitter({ retryDelay, random }: InterpretSettings): number {
  return Math.round(retryDelay * (1 + 0.5 * Math.min(Math.max(random(), 0), 1)));
}

function describeBody(text: string): string {
  const body = text.trim();
  if (body === "") return " with an empty body";
  if (body.startsWith("<")) return " with an HTML page";
  return "";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
