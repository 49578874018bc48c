import {
  ConnectionError,
  InvalidResponseError,
  type OfferkitError,
  RateLimitError,
  TimeoutError,
} from "@offerkit/errors";
import { type AttemptLimit, type AttemptSetup, callHook, runAttempt } from "./attempt.js";
import { type BackoffOptions, backoffDelay } from "./backoff.js";
import { CallScope } from "./call-scope.js";
import { isRetryableStatus } from "./classify.js";
import { type Clock, systemClock, toAbortError } from "./clock.js";
import { Pacer } from "./pacer.js";
import { beyondCeiling, withRetryAfter } from "./rate-limit.js";
import { createRedactor, type Redactor } from "./redact.js";
import { RetryBudget } from "./retry-budget.js";
import type { CallOptions, EngineOptions, EngineRequest, Interpreter, Verdict } from "./types.js";

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

/** A time in ms: a number > 0 (`Infinity` for none). Anything else is a programming error worth failing loudly on. */
function checkMs(name: string, value: number): number {
  if (typeof value !== "number" || !(value > 0))
    throw new RangeError(`${name} must be a number of ms > 0, got ${value}`);
  return value;
}

function checkRetries(value: number): number {
  if (typeof value !== "number" || !(value >= 0))
    throw new RangeError(`maxRetries must be >= 0, got ${value}`);
  return Math.floor(value);
}

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
  private readonly setup: AttemptSetup;
  private readonly budget: RetryBudget | undefined;
  private readonly pacer: Pacer | undefined;
  private readonly random: () => number;
  private readonly maxRetries: number;
  private readonly timeout: number;
  private readonly deadline: number | undefined;
  private readonly maxRetryAfterMs: number;
  private readonly backoff: BackoffOptions;

  constructor(readonly options: EngineOptions) {
    this.sdk = options.sdk;
    this.redact = createRedactor(options.secrets);
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    const fetch = options.fetch ?? globalThis.fetch;
    if (typeof fetch !== "function")
      throw new TypeError("No fetch implementation: pass `fetch` in the client options");
    // Settings are checked and defaulted once here, so a call does no option work beyond its own overrides.
    this.maxRetries = options.maxRetries === undefined ? 2 : checkRetries(options.maxRetries);
    this.timeout = options.timeout === undefined ? 60_000 : checkMs("timeout", options.timeout);
    this.deadline = options.deadline === undefined ? undefined : checkMs("deadline", options.deadline);
    const maxRetryAfter = options.maxRetryAfter ?? 60;
    if (!(maxRetryAfter >= 0))
      throw new RangeError(`maxRetryAfter must be >= 0 seconds, got ${maxRetryAfter}`);
    this.maxRetryAfterMs = maxRetryAfter * 1000;
    this.backoff = options.backoff ?? {};
    this.budget = options.retryBudget === false ? undefined : new RetryBudget(options.retryBudget);
    this.pacer = options.pacing ? new Pacer(options.pacing, this.clock) : undefined;
    const hooks = options.hooks;
    this.setup = {
      sdk: this.sdk,
      redact: this.redact,
      clock: this.clock,
      fetch,
      hooks,
      logger: options.logger,
      observed: Boolean(hooks?.onRequest || hooks?.onResponse || options.logger),
    };
  }

  /** Tokens left in the retry budget (`undefined` when it is off). */
  get retryBudget(): number | undefined {
    return this.budget?.available;
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
    const maxRetries = call.maxRetries === undefined ? this.maxRetries : checkRetries(call.maxRetries);
    const timeout = call.timeout === undefined ? this.timeout : checkMs("timeout", call.timeout);
    const deadline = call.deadline === undefined ? this.deadline : checkMs("deadline", call.deadline);
    const stream = mode === "stream";
    let signal = call.signal;
    let scope: CallScope | undefined;
    let deadlineAt: number | undefined;
    if (deadline !== undefined && deadline < Number.POSITIVE_INFINITY) {
      deadlineAt = clock.now() + deadline;
      scope = new CallScope(signal, deadline, sdk, "call");
      signal = scope.signal;
    }
    let streaming = false;
    try {
      let spent = 0;
      for (let attempt = 0; ; attempt++) {
        if (signal?.aborted) throw toAbortError(signal.reason, sdk, redact);
        if (this.pacer)
          await this.pacer.acquire(signal).catch((e) => Promise.reject(toAbortError(e, sdk, redact)));
        const limit: AttemptLimit = { ms: timeout, byDeadline: false };
        if (deadlineAt !== undefined) {
          const left = deadlineAt - clock.now();
          if (left <= 0) throw new TimeoutError("The call ran past its deadline", { sdk, code: "deadline" });
          if (left < timeout) {
            limit.ms = left;
            limit.byDeadline = true;
          }
        }
        const verdict = await runAttempt(this.setup, request, interpret, signal, attempt, limit, stream);
        if (verdict.ok) {
          this.budget?.release(spent);
          streaming = stream;
          return verdict.value;
        }
        const { error } = verdict;
        const given = verdict.retryAfterMs;
        const retryAfterMs =
          given !== undefined && given >= 0 && given < Number.POSITIVE_INFINITY ? given : undefined;
        const delayMs = this.retryDelay(verdict, retryAfterMs, request, attempt, maxRetries, deadlineAt);
        if (this.budget) {
          const cost = this.budget.acquire(error instanceof TimeoutError);
          if (cost === undefined) throw withRetryAfter(error, retryAfterMs);
          spent += cost;
        }
        const onRetry = this.options.hooks?.onRetry;
        if (onRetry) {
          const { method, url } = request;
          const reason = describe(error);
          callHook(() => onRetry({ attempt: attempt + 1, delayMs, reason, error, method, url: redact(url) }));
        }
        this.options.logger?.info(
          `retrying in ${delayMs} ms (attempt ${attempt + 2}/${maxRetries + 1}): ${describe(error)}`,
        );
        await clock.sleep(delayMs, signal).catch((e) => Promise.reject(toAbortError(e, sdk, redact)));
      }
    } finally {
      scope?.dispose(streaming);
    }
  }

  /** How long to wait before the next attempt; throws the error to report when there is to be none. */
  private retryDelay(
    verdict: Verdict<unknown> & { ok: false },
    retryAfterMs: number | undefined,
    request: EngineRequest,
    attempt: number,
    maxRetries: number,
    deadlineAt: number | undefined,
  ): number {
    const { error } = verdict;
    const safe = verdict.safe ?? error instanceof RateLimitError;
    const repeatable =
      verdict.retry && isRetryableStatus(error.status) && (request.idempotent !== false || safe);
    if (!repeatable || attempt >= maxRetries) throw withRetryAfter(error, retryAfterMs);
    if (retryAfterMs !== undefined && retryAfterMs > this.maxRetryAfterMs) {
      throw beyondCeiling(error, retryAfterMs, this.sdk);
    }
    const delayMs = retryAfterMs ?? backoffDelay(attempt, this.backoff, this.random);
    // Waiting past the deadline only to be cut off: report the failure now instead.
    if (deadlineAt !== undefined && this.clock.now() + delayMs >= deadlineAt)
      throw withRetryAfter(error, retryAfterMs);
    return delayMs;
  }
}

/** A short, secret-free reason for a retry, for hooks and logs. */
function describe(error: OfferkitError): string {
  if (error instanceof RateLimitError) return "rate limited";
  if (error instanceof TimeoutError) return "timeout";
  if (error instanceof ConnectionError) return `connection failed${error.code ? ` (${error.code})` : ""}`;
  if (error instanceof InvalidResponseError) return `unreadable answer (${error.code ?? "invalid"})`;
  return error.status ? `status ${error.status}` : (error.code ?? error.name);
}
