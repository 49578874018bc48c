import type { OfferkitError } from "@offerkit/errors";
import type { BackoffOptions } from "./backoff.js";
import type { Clock } from "./clock.js";
import type { Logger } from "./logger.js";
import type { PacerOptions } from "./pacer.js";
import type { RetryBudgetOptions } from "./retry-budget.js";

/** What an API protocol decides about one complete answer. */
export type Verdict<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: OfferkitError;
      /**
       * Worth another attempt (rate limit, transient failure, unreadable body). The engine still never retries an
       * error whose `status` is a 4xx other than 408, 409 and 429 (see `isRetryableStatus`).
       */
      retry: boolean;
      /**
       * The server's requested wait, in ms, when it gave one. When left out, the engine reads the answer's
       * `Retry-After` header itself; `NaN` or negative values count as not given.
       */
      retryAfterMs?: number | undefined;
      /**
       * The server refused before doing anything, so even a non-idempotent call may be repeated. Defaults to true
       * for a `RateLimitError` (a rate limiter turns calls away before they run), false otherwise.
       */
      safe?: boolean;
    };

/**
 * Turns one answer (status, headers, full body text) into a value or a typed error. One per API. Errors it builds
 * should use the engine's `redact`. If it throws, an offerkit error is final; anything else (a `SyntaxError` from
 * `JSON.parse`) becomes an `InvalidResponseError`, retried when the status was 2xx.
 */
export type Interpreter<T> = (response: Response, text: string) => Verdict<T>;

/** Details passed to `onRequest`; the URL and headers are already redacted. */
export interface RequestEvent {
  /** The attempt, counting the first as 0. */
  attempt: number;
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** Details passed to `onResponse`. */
export interface ResponseEvent extends RequestEvent {
  status: number;
  durationMs: number;
  requestId: string | undefined;
}

/** Details passed to `onRetry`; the URL and the error are already redacted. */
export interface RetryEvent {
  /** The attempt about to be made, counting the first as 0. */
  attempt: number;
  delayMs: number;
  /** Why: `status 503`, `rate limited`, `timeout`, `connection failed (ECONNRESET)`, `unreadable answer (…)`. */
  reason: string;
  error: OfferkitError;
  method: string;
  url: string;
}

/**
 * Observability callbacks; never given a secret. Exceptions thrown by hooks, and rejections of async hooks, are
 * ignored: a broken observer never breaks a call.
 */
export interface Hooks {
  onRequest?: ((event: RequestEvent) => void) | undefined;
  onResponse?: ((event: ResponseEvent) => void) | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/** Client-level settings of the engine. Invalid numbers (`NaN`, negative times) throw a `RangeError`. */
export interface EngineOptions {
  sdk: string;
  fetch?: typeof globalThis.fetch | undefined;
  /** Retries after the first attempt (so `maxRetries: 2` means at most 3 attempts). Default 2. */
  maxRetries?: number | undefined;
  /** Per-attempt time limit in ms (covers the answer and reading its body). Default 60 000; `Infinity`: none. */
  timeout?: number | undefined;
  /** Time limit in ms for a whole call, all attempts and waits included. Default none. */
  deadline?: number | undefined;
  /** Full-jitter backoff between attempts. Default base 500 ms, cap 8 000 ms. */
  backoff?: BackoffOptions | undefined;
  /**
   * A `Retry-After` longer than this (seconds) is not slept through: the call fails at once with a
   * `RateLimitError` whose `retryAfter` says how long the server asked to wait. Default 60.
   */
  maxRetryAfter?: number | undefined;
  /** The client-wide retry budget; `false` turns it off. */
  retryBudget?: RetryBudgetOptions | false | undefined;
  /** Client-side pacing of attempt starts. Default none. */
  pacing?: PacerOptions | undefined;
  hooks?: Hooks | undefined;
  /** Receives debug lines per attempt and info lines per retry, built from redacted parts only. */
  logger?: Logger | undefined;
  /** Secrets to mask everywhere the engine reports. */
  secrets?: readonly (string | undefined)[] | undefined;
  clock?: Clock | undefined;
  random?: (() => number) | undefined;
}

/** Per-call settings; every SDK method takes them as its last argument. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Overrides the client's per-attempt timeout (ms). */
  timeout?: number | undefined;
  /** Overrides the client's whole-call deadline (ms). */
  deadline?: number | undefined;
  /** Overrides the client's `maxRetries`. */
  maxRetries?: number | undefined;
}

/** One HTTP request as the engine sends it (repeatable: the body is a buffer or string). */
export interface EngineRequest {
  url: string;
  method: string;
  /** Sent as they are; a plain object lets a client build them once without touching `Headers` at start-up. */
  headers: Headers | Record<string, string>;
  body?: BodyInit | null | undefined;
  /**
   * The URL as hooks and logs show it, when `url` carries a secret the client's redactor does not know (a presigned
   * link): scrubbed by the caller, and redacted again like `url`. Default `url`.
   */
  displayUrl?: string | undefined;
  /**
   * Secrets of this request alone (the signature of a presigned link), masked with the client's in everything the
   * engine reports about it: errors and their causes, hook events, log lines.
   */
  secrets?: readonly string[] | undefined;
  /**
   * False for calls that must not be repeated unless the server surely did nothing (refused connection, DNS
   * failure, rate limit). Default true, whatever the method: HasOffers sends even its writes as GET.
   */
  idempotent?: boolean | undefined;
}
