import {
  ConnectionError,
  InvalidResponseError,
  type OfferkitError,
  RateLimitError,
  TimeoutError,
} from "@offerkit/errors";
import { type AttemptSetup, callHook, runAttempt } from "./attempt.js";
import { type BackoffOptions, backoffDelay } from "./backoff.js";
import { type CallScope, callScope, deadlineError } from "./call-scope.js";
import { isRetryableStatus } from "./classify.js";
import { type Clock, systemClock, toAbortError } from "./clock.js";
import { Pacer } from "./pacer.js";
import { beyondCeiling, withRetryAfter } from "./rate-limit.js";
import { createRedactor, type Redactor } from "./redact.js";
import { RetryBudget } from "./retry-budget.js";
import type { CallOptions, EngineOptions, EngineRequest, Interpreter } from "./types.js";

export type {
  CallOptions,
  EngineOptions,
  EngineRequest,
  Hooks,
  Interpreter,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
  Verdict,
} from "./types.js";

/**
 * A setting, checked: `fallback` when not given, else a number > 0 (>= 0 with `orZero`; `Infinity` for none).
 * Anything else is a programming error worth failing loudly on.
 */
function setting(name: string, value: number | undefined, fallback: number, orZero?: boolean): number;
function setting(name: string, value: number | undefined, fallback?: number): number | undefined;
function setting(
  name: string,
  value: number | undefined,
  fallback?: number,
  orZero = false,
): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(orZero ? value >= 0 : value > 0))
    throw new RangeError(`${name} must be a number ${orZero ? ">=" : ">"} 0, got ${value}`);
  return value;
}

/** Retries after the first attempt: a whole number >= 0. */
const retries = (value: number | undefined, fallback: number) =>
  Math.floor(setting("maxRetries", value, fallback, true));

/**
 * The request engine: one per client. Sends a request with per-attempt timeouts, retries what the API's
 * interpreter calls retryable with full-jitter backoff or the server's `Retry-After`, within a retry budget and an
 * optional deadline, honouring the caller's `AbortSignal` at every step (in flight, while paced, while waiting to
 * retry), and reports through redacted hooks and logs.
 */
export class RequestEngine {
  readonly redact: Redactor;
  readonly sdk: string;
  readonly clock: Clock;
  readonly #setup: AttemptSetup;
  readonly #budget: RetryBudget | undefined;
  readonly #pacer: Pacer | undefined;
  readonly #random: () => number;
  readonly #maxRetries: number;
  readonly #timeout: number;
  readonly #deadline: number | undefined;
  readonly #maxRetryAfterMs: number;
  readonly #backoff: BackoffOptions;

  constructor(readonly options: EngineOptions) {
    const { sdk, fetch = globalThis.fetch, clock = systemClock, hooks, logger, retryBudget } = options;
    if (typeof fetch !== "function")
      throw new TypeError("No fetch implementation: pass `fetch` in the client options");
    this.sdk = sdk;
    this.clock = clock;
    this.redact = createRedactor(options.secrets);
    this.#random = options.random ?? Math.random;
    // Settings are checked and defaulted once here, so a call does no option work beyond its own overrides.
    this.#maxRetries = retries(options.maxRetries, 2);
    this.#timeout = setting("timeout", options.timeout, 60_000);
    this.#deadline = setting("deadline", options.deadline);
    this.#maxRetryAfterMs = setting("maxRetryAfter", options.maxRetryAfter, 60, true) * 1000;
    this.#backoff = options.backoff ?? {};
    this.#budget = retryBudget === false ? undefined : new RetryBudget(retryBudget);
    this.#pacer = options.pacing && new Pacer(options.pacing, clock);
    this.#setup = {
      sdk,
      redact: this.redact,
      clock,
      fetch,
      hooks,
      logger,
      observed: Boolean(hooks?.onRequest || hooks?.onResponse || logger),
    };
  }

  /** Tokens left in the retry budget (`undefined` when it is off). */
  get retryBudget(): number | undefined {
    return this.#budget?.available;
  }

  /**
   * Sends `request` until the interpreter accepts an answer, retries run out, or the call is aborted. Throws the
   * last attempt's error; an `AbortError` (or the signal's own offerkit error) when the caller's signal aborts; a
   * `TimeoutError` of code `deadline` when the deadline passes during an attempt or a pacing wait.
   */
  async send<T>(
    request: EngineRequest,
    interpret: Interpreter<T>,
    call: CallOptions = {},
    mode: "text" | "stream" = "text",
  ): Promise<T> {
    const { clock, sdk, redact } = this;
    const maxRetries = retries(call.maxRetries, this.#maxRetries);
    const timeout = setting("timeout", call.timeout, this.#timeout);
    const deadline = setting("deadline", call.deadline, this.#deadline);
    const stream = mode === "stream";
    const aborted = (reason: unknown) => Promise.reject(toAbortError(reason, sdk, redact));
    let signal = call.signal;
    let scope: CallScope | undefined;
    let deadlineAt: number | undefined;
    if (deadline! < Number.POSITIVE_INFINITY) {
      deadlineAt = clock.now() + deadline!;
      scope = callScope(signal, deadline, sdk, "call");
      signal = scope.signal;
    }
    let streaming = false;
    try {
      for (let attempt = 0, spent = 0; ; attempt++) {
        if (signal?.aborted) return await aborted(signal.reason);
        if (this.#pacer) await this.#pacer.acquire(signal).catch(aborted);
        let ms = timeout;
        let byDeadline = false;
        if (deadlineAt !== undefined) {
          const left = deadlineAt - clock.now();
          if (left <= 0) throw deadlineError(sdk);
          if (left < timeout) {
            ms = left;
            byDeadline = true;
          }
        }
        const verdict = await runAttempt(
          this.#setup,
          request,
          interpret,
          signal,
          attempt,
          { ms, byDeadline },
          stream,
        );
        if (verdict.ok) {
          this.#budget?.release(spent);
          streaming = stream;
          return verdict.value;
        }
        const { error } = verdict;
        const given = verdict.retryAfterMs;
        const retryAfterMs = given! >= 0 && given! < Number.POSITIVE_INFINITY ? given : undefined;
        const final = withRetryAfter(error, retryAfterMs);
        const safe = verdict.safe ?? error instanceof RateLimitError;
        const repeatable =
          verdict.retry && isRetryableStatus(error.status) && (request.idempotent !== false || safe);
        if (!repeatable || attempt >= maxRetries) throw final;
        if (retryAfterMs! > this.#maxRetryAfterMs) throw beyondCeiling(error, retryAfterMs!, sdk);
        const delayMs = retryAfterMs ?? backoffDelay(attempt, this.#backoff, this.#random);
        // Waiting past the deadline only to be cut off: report the failure now instead.
        if (deadlineAt !== undefined && clock.now() + delayMs >= deadlineAt) throw final;
        if (this.#budget) {
          const cost = this.#budget.acquire(error instanceof TimeoutError);
          if (cost === undefined) throw final;
          spent += cost;
        }
        const { hooks, logger } = this.options;
        if (hooks?.onRetry || logger) {
          const reason = describe(error);
          const { method, url } = request;
          callHook(hooks?.onRetry, {
            attempt: attempt + 1,
            delayMs,
            reason,
            error,
            method,
            url: redact(url),
          });
          logger?.info(`retrying in ${delayMs} ms (attempt ${attempt + 2}/${maxRetries + 1}): ${reason}`);
        }
        await clock.sleep(delayMs, signal).catch(aborted);
      }
    } finally {
      scope?.dispose(streaming);
    }
  }
}

/** A short, secret-free reason for a retry, for hooks and logs. */
function describe(error: OfferkitError): string {
  const { code } = error;
  return error instanceof RateLimitError
    ? "rate limited"
    : error instanceof TimeoutError
      ? "timeout"
      : error instanceof ConnectionError
        ? `connection failed${code ? ` (${code})` : ""}`
        : error instanceof InvalidResponseError
          ? `unreadable answer (${code ?? "invalid"})`
          : error.status
            ? `status ${error.status}`
            : (code ?? error.name);
}
