import {
  APIError,
  AuthenticationError,
  errorForStatus,
  InvalidResponseError,
  type OfferkitError,
  RateLimitError,
  ValidationError,
} from "@offerkit/errors";
import { type Interpreter, parseRetryAfter, type Redactor, type Verdict } from "@offerkit/request-engine";
import { SDK } from "./errors.js";
import { isRow } from "./normalize.js";
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

// Both known wordings ("API usage exceeded rate limit", "User has exceeded API rate limit") and any future one.
const RATE_LIMIT = /rate[\s_-]*limit/i;
// The 2016 recording, the current docs' token and IP-whitelist texts, and the Integrator API's JWT text.
const AUTHENTICATION =
  /network ?id is not valid|not authenticated|not white-?listed|(api key|token) is (invalid|not valid)|JWT is not valid/i;

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
  return (response, text): Verdict<T> => {
    const { status, headers } = response;
    const common = {
      sdk: SDK,
      status,
      requestId: headers.get("x-request-id") ?? undefined,
      redact: settings.redact,
    };
    const body = text.trim();
    const html = body.startsWith("<");

    if (status === 429)
      return limited(
        common,
        "HasOffers answered HTTP 429",
        parseRetryAfter(headers.get("retry-after"), settings.now()) ?? jitter(settings),
      );
    if (status < 200 || status > 299) {
      const message = `HasOffers answered HTTP ${status}${body ? (html ? " with an HTML page" : "") : " with an empty body"}`;
      return status > 499
        ? failed(new APIError(message, { ...common, code: "server_error" }))
        : failed(errorForStatus(status, message, common), false);
    }
    if (!body) return unreadable(common, "an empty answer", "empty_body");
    if (html) return unreadable(common, "an HTML page instead of JSON", "html_body");
    let envelope: unknown;
    try {
      envelope = parseOrdered(body);
    } catch (cause) {
      return unreadable(common, "malformed or truncated JSON", "malformed_json", cause);
    }
    envelope = isRow(envelope) && envelope.response;
    if (!isRow(envelope)) return unreadable(common, "JSON without a `response` envelope", "wrong_shape");
    const { status: state, errors, errorMessage } = envelope;
    if (state === 1) {
      try {
        return { ok: true, value: decode ? decode(envelope.data) : (envelope.data as T) };
      } catch (cause) {
        return unreadable(common, "data of an unexpected shape", "wrong_shape", cause);
      }
    }
    // The 2016 failures have no status, only `errors`.
    if (state !== -1 && (state !== undefined || errors === undefined))
      return unreadable(common, `an unknown envelope status ${String(state)}`, "wrong_shape");

    // `errors` may be a list of issues, a single issue object, or a bare string.
    const issues: Record<string, unknown>[] = [errors ?? []]
      .flat()
      .map((issue) => (isRow(issue) ? issue : { publicMessage: issue }));
    const texts = unique([
      ...issues.flatMap((issue) => [textOf(issue.publicMessage), textOf(issue.err_msg)]),
      textOf(errorMessage),
    ]);
    const message = texts.join("; ") || "HasOffers reported an error without a message";
    if (texts.some((t) => RATE_LIMIT.test(t))) return limited(common, message, jitter(settings));
    if (
      (state === undefined && typeof envelope.link === "string") ||
      texts.some((t) => AUTHENTICATION.test(t))
    )
      return failed(new AuthenticationError(message, { ...common, code: "authentication_failed" }), false);
    if (!issues.some((issue) => issue.err_code !== undefined || issue.attribute_name !== undefined))
      return failed(new APIError(message, { ...common, code: "api_error" }), false);
    const list = issues.map(({ attribute_name, err_code, err_msg, publicMessage }) => ({
      param: textOf(attribute_name) || undefined,
      code: typeof err_code === "number" || typeof err_code === "string" ? err_code : undefined,
      message: textOf(err_msg) || textOf(publicMessage) || message,
    }));
    // "Could not update advertiser. Account_manager_id is not valid." — the summary, then each issue.
    const summary = textOf(errorMessage) || textOf(issues[0]?.publicMessage);
    const all = unique([summary, ...list.map((issue) => issue.message)]).join(" ");
    return failed(new ValidationError(all, { ...common, code: "validation_failed", errors: list }), false);
  };
}

/**
 * Interprets the answer to a raw-log download (S3): the body stream on success, else a typed error by status
 * (5xx and 429 retryable, an expired link is a 403). Messages never quote the URL, which carries the link's
 * signature.
 */
export function createDownloadInterpreter(redact: Redactor): Interpreter<ReadableStream<Uint8Array>> {
  return ({ status, headers, body }) => {
    const requestId = headers.get("x-amz-request-id") ?? headers.get("x-request-id") ?? undefined;
    const common = { sdk: SDK, status, requestId, redact };
    const message = `The download failed with HTTP ${status}`;
    if (status > 199 && status < 300)
      return body
        ? { ok: true, value: body }
        : failed(new InvalidResponseError("The download had no body", { ...common, code: "empty_body" }));
    if (status > 499 || status === 429)
      return failed(new APIError(message, { ...common, code: "server_error" }));
    const hint = status === 403 ? " (the link may have expired: links are valid 8 hours)" : "";
    return failed(errorForStatus(status, message + hint, common), false);
  };
}

/** The parts every error of one answer shares. */
interface Common {
  sdk: string;
  status: number;
  requestId: string | undefined;
  redact: Redactor;
}

// A rate limiter turns calls away before they run, so even a write may be repeated after the wait.
function failed(error: OfferkitError, retry = true, retryAfterMs?: number) {
  return {
    ok: false,
    error,
    retry,
    ...(retryAfterMs !== undefined && { safe: true, retryAfterMs }),
  } as const;
}

function unreadable(common: Common, what: string, code: string, cause?: unknown) {
  return failed(new InvalidResponseError(`HasOffers sent ${what}`, { ...common, code, cause }));
}

function limited(common: Common, message: string, retryAfterMs: number) {
  const error = new RateLimitError(message, {
    ...common,
    code: "rate_limited",
    retryAfter: retryAfterMs / 1000,
  });
  return failed(error, true, retryAfterMs);
}

/** `retryDelay` plus up to half of it again, so clients that were limited together do not retry together. */
function jitter({ retryDelay, random }: InterpretSettings): number {
  return Math.round(retryDelay * (1 + 0.5 * Math.min(Math.max(random(), 0), 1)));
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

function unique(texts: string[]): string[] {
  return [...new Set(texts.filter(Boolean))];
}
