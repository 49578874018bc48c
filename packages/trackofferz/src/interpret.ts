import { errorForStatus, InvalidResponseError } from "@offerkit/errors";
import { type Interpreter, parseRetryAfter, type Redactor, type Verdict } from "@offerkit/request-engine";
import { SDK } from "./errors.js";
import type { Shape } from "./shapes.js";

/** What the interpreter needs from its client. */
export interface InterpretContext {
  redact: Redactor;
  /** The client's `Retry-After` ceiling in seconds, for the error message when it is exceeded. */
  maxRetryAfter: number;
  now: () => number;
}

/** Statuses worth another attempt: the server asked to wait, timed out, saw a concurrent write, or failed. */
const isRetryable = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

/** The contract's typical code for a status, used when the body (HTML, empty) does not say. */
const STATUS_CODES: Record<number, string> = {
  400: "invalid_parameter",
  401: "invalid_api_key",
  403: "forbidden",
  404: "not_found",
  408: "request_timeout",
  409: "conflict",
  422: "validation_failed",
  429: "rate_limited",
  503: "unavailable",
};

/**
 * The one place that turns any TrackOfferz answer into a value or a typed error. Branches on the status first,
 * so an HTML, empty or non-JSON error page still maps by status; a 2xx that is not JSON or not the promised shape
 * is an `InvalidResponseError` (retryable: a proxy hiccup or a truncated read).
 */
export function interpreter<T>(shape: Shape<T>, context: InterpretContext): Interpreter<T> {
  return (response, text): Verdict<T> => {
    const { status } = response;
    const requestId = response.headers.get("x-request-id") ?? undefined;
    const base = { sdk: SDK, status, requestId, redact: context.redact };
    const body = parseJson(text);
    if (response.ok) {
      if (body !== undefined && shape(body)) return { ok: true, value: body };
      const [code, message] =
        text.trim() === ""
          ? ["empty_body", `TrackOfferz answered ${status} with an empty body`]
          : body === undefined
            ? ["invalid_json", `TrackOfferz answered ${status} with a body that is not JSON`]
            : ["unexpected_shape", `TrackOfferz answered ${status} with JSON of an unexpected shape`];
      return { ok: false, error: new InvalidResponseError(message, { ...base, code }), retry: true };
    }
    const problem = readProblem(body);
    const retry = isRetryable(status);
    // Both forms: delta-seconds and HTTP-date. Absurd values still parse, and then exceed the ceiling.
    const waitMs = retry ? parseRetryAfter(response.headers.get("retry-after"), context.now()) : undefined;
    const retryAfter = waitMs === undefined ? undefined : Math.ceil(waitMs / 1000);
    let message = problem?.message ?? describeStatus(status, text, body !== undefined);
    if (status === 429 && retryAfter !== undefined && retryAfter > context.maxRetryAfter) {
      message += ` (the API asked to wait ${retryAfter} s, more than maxRetryAfter: ${context.maxRetryAfter} s)`;
    }
    const error = errorForStatus(status, message, {
      ...base,
      code: problem?.code ?? STATUS_CODES[status] ?? (status >= 500 ? "internal_error" : `http_${status}`),
      param: problem?.param,
      retryAfter,
    });
    // A 429 means the server did nothing, so even a non-idempotent call may be repeated.
    return { ok: false, error, retry, retryAfterMs: waitMs, safe: status === 429 };
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface Problem {
  code?: string | undefined;
  message?: string | undefined;
  param?: string | undefined;
}

/** The `{ "error": { code, message, param } }` body, read defensively: any field may be missing or mistyped. */
function readProblem(body: unknown): Problem | undefined {
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error !== "object" || error === null) return undefined;
  const { code, message, param } = error as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  return { code: text(code), message: text(message), param: text(param) };
}

function describeStatus(status: number, text: string, isJson: boolean): string {
  const kind =
    text.trim() === "" ? "an empty body" : isJson ? "a JSON body without an error" : "a non-JSON body";
  return `TrackOfferz answered HTTP ${status} with ${kind}`;
}
