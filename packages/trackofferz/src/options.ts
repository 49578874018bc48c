import { AuthenticationError } from "@offerkit/errors";
import type {
  BackoffOptions,
  Hooks,
  Logger,
  LogLevel,
  PacerOptions,
  Redactor,
  RetryBudgetOptions,
} from "@offerkit/request-engine";
import { SDK, TrackOfferzError } from "./errors.js";

/** The API's base URL unless `baseUrl` says otherwise. */
export const DEFAULT_BASE_URL = "https://trackofferz.com/api/v1";

/** Options of `new TrackOfferz(options)`. Every one is optional; see the README for defaults. */
export interface TrackOfferzOptions {
  /** Secret key `tofz_sk_…`. Default: the `TRACKOFFERZ_API_KEY` environment variable. */
  apiKey?: string | undefined;
  /** Default `https://trackofferz.com/api/v1`; self-hosted installs (and the fake) pass theirs. */
  baseUrl?: string | undefined;
  /** Time limit per attempt in ms, covering the answer and its body. Default 60 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt (429, 408, 409, 5xx, connection failures, unreadable answers). Default 2. */
  maxRetries?: number | undefined;
  /** A `Retry-After` longer than this many seconds is not slept through: the call fails with `RateLimitError`. Default 60. */
  maxRetryAfter?: number | undefined;
  /** Time limit in ms for a whole call, every attempt and wait included. Default none. */
  deadline?: number | undefined;
  /** Exponential backoff with full jitter between retries. Default `{ baseMs: 500, capMs: 8000 }`. */
  backoff?: BackoffOptions | undefined;
  /** Client-wide retry token bucket (fails fast when the API is down); `false` turns it off. Default on. */
  retryBudget?: RetryBudgetOptions | false | undefined;
  /** Client-side pacing: at most `limit` calls start per `intervalMs`. Default none. */
  pacing?: PacerOptions | undefined;
  /** `onRequest`, `onResponse`, `onRetry` observers; they never see the key. */
  hooks?: Hooks | undefined;
  /** Where to log (`console`, pino, …). Default: no logging. */
  logger?: Logger | undefined;
  /** Least severe level logged. Default `info` (retries) when a logger is given; `debug` adds every request. */
  logLevel?: LogLevel | undefined;
  /** The `fetch` to use. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
}

/** The API key from the options or `TRACKOFFERZ_API_KEY`, checked; never echoed in the error. */
export function resolveApiKey(given: unknown): string {
  let key = given;
  try {
    // An environment where there is one (Node, Bun, Deno with --allow-env); reading it may throw (Deno without).
    key ??= (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
      ?.TRACKOFFERZ_API_KEY;
  } catch {}
  // Plain JavaScript callers can pass anything: a number or an object is an invalid key like any other.
  if (typeof key === "string") key = key.trim();
  if (typeof key !== "string" || !/^tofz_sk_\S+$/.test(key)) {
    const missing = key === undefined || key === null || key === "";
    throw new AuthenticationError(
      missing
        ? "No TrackOfferz API key: pass `apiKey` or set TRACKOFFERZ_API_KEY"
        : "The TrackOfferz API key must be a secret key starting with `tofz_sk_`",
      { sdk: SDK, code: missing ? "missing_api_key" : "invalid_api_key" },
    );
  }
  return key;
}

/**
 * The base URL without a trailing slash, checked to be absolute http(s). The error quotes what was given, so it
 * goes through `redact`: a key passed as `baseUrl` by mistake (swapped options, `ftp://` + key) is not printed.
 */
export function resolveBaseUrl(given: unknown, redact: Redactor): string {
  const url = given ?? DEFAULT_BASE_URL;
  if (typeof url !== "string" || !/^https?:\/\/[^/]/i.test(url)) {
    const got = typeof url === "string" ? JSON.stringify(url) : typeof url;
    throw new TrackOfferzError(`baseUrl must be an absolute http(s) URL, got ${got}`, {
      code: "invalid_option",
      redact,
    });
  }
  return url.replace(/\/+$/, "");
}
