import {
  APIError,
  AuthenticationError,
  type OfferkitError,
  RateLimitError,
  ValidationError,
  type ValidationIssue,
} from "@offerkit/errors";
import { SDK } from "./errors.js";

/** One entry of the envelope's `errors`, as the API writes it. */
interface WireIssue {
  err_code?: unknown;
  err_msg?: unknown;
  attribute_name?: unknown;
  publicMessage?: unknown;
}

/** What the failed envelope means, before retry policy. */
export type EnvelopeFailure =
  | { kind: "rate_limit"; message: string }
  | { kind: "authentication"; message: string }
  | { kind: "validation"; message: string; issues: ValidationIssue[] }
  | { kind: "api"; message: string };

// Both known wordings ("API usage exceeded rate limit", "User has exceeded API rate limit") and any future one.
const RATE_LIMIT = /rate[\s_-]*limit/i;
// The 2016 recording, the current docs' token and IP-whitelist texts, and the Integrator API's JWT text.
const AUTHENTICATION =
  /network ?id is not valid|not authenticated|not white-?listed|(api key|token) is (invalid|not valid)|JWT is not valid/i;

/**
 * Reads the `errors` of a failed envelope (`status: -1`, or the 2016 shape without a status) into one meaning.
 * `errors` may be a list of issues, a single issue object, or a bare string.
 */
export function classifyFailure(response: Record<string, unknown>): EnvelopeFailure {
  const issues = toIssues(response.errors);
  const texts = unique([
    ...issues.flatMap((issue) => [text(issue.publicMessage), text(issue.err_msg)]),
    text(response.errorMessage),
  ]);
  const message = texts.join("; ") || "HasOffers reported an error without a message";
  if (texts.some((t) => RATE_LIMIT.test(t))) return { kind: "rate_limit", message };
  const oldAuthShape = response.status === undefined && typeof response.link === "string";
  if (oldAuthShape || texts.some((t) => AUTHENTICATION.test(t))) return { kind: "authentication", message };
  if (issues.some((issue) => issue.err_code !== undefined || issue.attribute_name !== undefined)) {
    const list = issues.map((issue) => ({
      param: text(issue.attribute_name) || undefined,
      code:
        typeof issue.err_code === "number" || typeof issue.err_code === "string" ? issue.err_code : undefined,
      message: text(issue.err_msg) || text(issue.publicMessage) || message,
    }));
    // "Could not update advertiser. Account_manager_id is not valid." — the summary, then each issue.
    const summary = text(response.errorMessage) || text(issues[0]?.publicMessage);
    const details = unique(list.map((issue) => issue.message));
    return { kind: "validation", message: unique([summary, ...details]).join(" "), issues: list };
  }
  return { kind: "api", message };
}

/** Builds the typed error for a failure. */
export function failureError(
  failure: EnvelopeFailure,
  options: {
    status: number;
    requestId: string | undefined;
    redact: (text: string) => string;
    retryAfterMs?: number;
  },
): OfferkitError {
  const common = { sdk: SDK, status: options.status, requestId: options.requestId, redact: options.redact };
  switch (failure.kind) {
    case "rate_limit":
      return new RateLimitError(failure.message, {
        ...common,
        code: "rate_limited",
        retryAfter: options.retryAfterMs === undefined ? undefined : options.retryAfterMs / 1000,
      });
    case "authentication":
      return new AuthenticationError(failure.message, { ...common, code: "authentication_failed" });
    case "validation":
      return new ValidationError(failure.message, {
        ...common,
        code: "validation_failed",
        errors: failure.issues.map((issue) => ({ ...issue, message: options.redact(issue.message) })),
      });
    default:
      return new APIError(failure.message, { ...common, code: "api_error" });
  }
}

function toIssues(errors: unknown): WireIssue[] {
  if (Array.isArray(errors)) return errors.map((e) => (isObject(e) ? e : { publicMessage: text(e) }));
  if (isObject(errors)) return [errors];
  if (typeof errors === "string" && errors) return [{ publicMessage: errors }];
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

function unique(texts: string[]): string[] {
  return [...new Set(texts.filter((t) => t !== ""))];
}
