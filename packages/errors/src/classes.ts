import { OfferkitError, type OfferkitErrorOptions } from "./base.js";

/** The API rejected the credentials (HTTP 401, or HasOffers' "not authenticated" envelopes). */
export class AuthenticationError extends OfferkitError {
  static override readonly kind: string = "AuthenticationError";
}

/** The credentials are valid but may not do this (HTTP 403). */
export class PermissionDeniedError extends OfferkitError {
  static override readonly kind: string = "PermissionDeniedError";
}

/** One problem found by a validation, in the API's words. */
export interface ValidationIssue {
  /** The parameter or attribute at fault, in wire naming (`from`, `account_manager_id`). */
  param?: string | undefined;
  code?: string | number | undefined;
  message: string;
}

export interface ValidationErrorOptions extends OfferkitErrorOptions {
  /** Every problem reported, in order. */
  errors?: readonly ValidationIssue[] | undefined;
}

/** The request was malformed or a field is invalid: by the SDK's checks before sending, or by the API (400/422). */
export class ValidationError extends OfferkitError {
  static override readonly kind: string = "ValidationError";
  /** Every problem reported; at least one entry. */
  declare readonly errors: readonly ValidationIssue[];

  constructor(message: string, options: ValidationErrorOptions = {}) {
    super(message, options);
    const { redact = (text: string) => text, errors } = options;
    // The parameter at fault: the one named (set, redacted, by the base class), else the first issue's.
    const self = this as { param: string | undefined; errors: readonly ValidationIssue[] };
    const first = errors?.find((e) => e.param !== undefined)?.param;
    if (self.param === undefined && first !== undefined) self.param = redact(first);
    // The API's own words may echo the request (HasOffers repeats the NetworkToken), so they are redacted too.
    self.errors = Object.freeze(
      (errors?.length ? errors : [{ param: this.param, message: this.message }]).map((issue) =>
        Object.freeze({
          ...issue,
          message: redact(String(issue.message)),
          ...(issue.param !== undefined && { param: redact(issue.param) }),
          ...(typeof issue.code === "string" && { code: redact(issue.code) }),
        }),
      ),
    );
  }
}

/** The resource (or, for TrackOfferz conversions, the click) does not exist (HTTP 404). */
export class NotFoundError extends OfferkitError {
  static override readonly kind: string = "NotFoundError";
}

/** A concurrent request is changing the same resource (HTTP 409); retried automatically. */
export class ConflictError extends OfferkitError {
  static override readonly kind: string = "ConflictError";
}

export interface RateLimitErrorOptions extends OfferkitErrorOptions {
  /** Seconds the server asked to wait, when it said. */
  retryAfter?: number | undefined;
}

/** Too many requests; retried automatically until `maxRetries` or the `Retry-After` ceiling is reached. */
export class RateLimitError extends OfferkitError {
  static override readonly kind: string = "RateLimitError";
  /** Seconds the server asked to wait before the next call, when it said. */
  declare readonly retryAfter: number | undefined;

  constructor(message: string, options: RateLimitErrorOptions = {}) {
    super(message, options);
    (this as { retryAfter: number | undefined }).retryAfter = options.retryAfter;
  }
}

/** The server failed (5xx, or an API error the SDK has no finer class for). */
export class APIError extends OfferkitError {
  static override readonly kind: string = "APIError";
}

/**
 * The server answered, but not with something the SDK can read: an HTML error page, an empty or truncated body,
 * malformed JSON, a shape the API never sends, or a corrupt raw-log archive.
 */
export class InvalidResponseError extends APIError {
  static override readonly kind: string = "InvalidResponseError";
}

/** No answer: the connection was refused, reset or the name did not resolve. */
export class ConnectionError extends OfferkitError {
  static override readonly kind: string = "ConnectionError";
}

/** An attempt or the whole call ran past its time limit. */
export class TimeoutError extends ConnectionError {
  static override readonly kind: string = "TimeoutError";
}

/** The caller aborted the call through its `AbortSignal`. */
export class AbortError extends OfferkitError {
  static override readonly kind: string = "AbortError";
}
