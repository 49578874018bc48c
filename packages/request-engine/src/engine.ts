import { ConnectionError, InvalidResponseError, type OfferkitError, RateLimitError, TimeoutError } from "@offerkit/errors";
import { type BackoffOptions, backoffDelay } from "./backoff.js";
import { type Clock, systemClock, throwIfAborted, toAbortError } from "./clock.js";
import type { Logger } from "./logger.js";
import { Pacer, type PacerOptions } from "./pacer.js";
import { createRedactor, type Redactor, redactHeaders } from "./redact.js";
import { RetryBudget, type RetryBudgetOptions } from "./retry-budget.js";

/** What an API protocol decides about one complete answer. */
export type Verdict<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: OfferkitError;
      /** Worth another attempt (rate limit, transient failure, unreadable body). */
      retry: boolean;
      /** The server's requested wait, in ms, when it gave one. */
      retryAfterMs?: number | undefined;
      /** The server refused before doing anything, so even a non-idempotent call may be repeated. */
      safe?: boolean;
    };

/** Turns one answer (status, headers, full body text) into a value or a typed error. One per API. */
export type Interpreter<T> = (response: Response, text: string) => Verdict<T>;

/** Details passed to `onRequest`; the URL and headers are already redacted. */
export interface RequestEvent {
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

/** Details passed to `onRetry`. */
export interface RetryEvent {
  /** The attempt about to be made, counting the first as 0. */
  attempt: number;
  delayMs: number;
  /** Why: `status 503`, `rate limited`, `timeout`, `connection failed`, `unreadable body`… */
  reason: string;
  error: OfferkitError;
}

/** Observability callbacks; never given a secret. Exceptions thrown by hooks are ignored. */
export interface Hooks {
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
  onRetry?: (event: RetryEvent) => void;
}

/** Client-level settings of the engine. */
export interface EngineOptions {
  sdk: string;
  fetch?: typeof globalThis.fetch | undefined;
  /** Retries after the first attempt (so `maxRetries: 2` means at most 3 attempts). Default 2. */
  maxRetries?: number | undefined;
  /** Per-attempt time limit in ms (covers the answer and reading its body). Default 60 000. */
  timeout?: number | undefined;
  /** Time limit in ms for a whole call, all attempts and waits included. Default none. */
  deadline?: number | undefined;
  backoff?: BackoffOptions | undefined;
  /** A `Retry-After` longer than this (seconds) is not slept through: the call fails with `RateLimitError`. Default 60. */
  maxRetryAfter?: number | undefined;
  /** The client-wide retry budget; `false` turns it off. */
  retryBudget?: RetryBudgetOptions | false | undefined;
  /** Client-side pacing of call starts. Default none. */
  pacing?: PacerOptions | undefined;
  hooks?: Hooks | undefined;
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
  headers: Headers;
  body?: BodyInit | null | undefined;
  /** False for calls that must not be repeated unless the server surely did nothing. Default true. */
  idempotent?: boolean | undefined;
}

const TIMEOUT = Symbol("timeout");

/**
 * The request engine: one per client. Sends a request with per-attempt timeouts, retries what the API's
 * interpreter calls retryable with full-jitter backoff or the server's `Retry-After`, within a retry budget and an
 * optional deadline, honouring the caller's `AbortSignal` at every step, and reports through redacted hooks and logs.
 */
export class RequestEngine {
  readonly redact: Redactor;
  readonly sdk: string;
  readonly clock: Clock;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly budget: RetryBudget | undefined;
  private readonly pacer: Pacer | undefined;
  private readonly random: () => number;

  constructor(readonly options: EngineOptions) {
    this.sdk = options.sdk;
    this.redact = createRedactor(options.secrets);
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    const f = options.fetch ?? globalThis.fetch;
    if (typeof f !== "function") throw new TypeError("No fetch implementation: pass `fetch` in the client options");
    // Bind once so a global fetch keeps its receiver; per-call setup stays minimal.
    this.fetchImpl = options.fetch ? options.fetch : f.bind(globalThis);
    this.budget = options.retryBudget === false ? undefined : new RetryBudget(options.retryBudget);
    this.pacer = options.pacing ? new Pacer(options.pacing, this.clock) : undefined;
  }

  /** Sends `request` until the interpreter accepts an answer, retries run out, or the call is aborted. */
  async send<T>(
    request: EngineRequest,
    interpret: Interpreter<T>,
    call: CallOptions = {},
    mode: "text" | "stream" = "text",
  ): Promise<T> {
    const { sdk, clock } = this;
    const maxRetries = Math.max(0, call.maxRetries ?? this.options.maxRetries ?? 2);
    const deadlineMs = call.deadline ?? this.options.deadline;
    const deadlineAt = deadlineMs === undefined ? undefined : clock.now() + deadlineMs;
    let spent = 0;
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(call.signal, sdk);
      if (this.pacer) await this.pacer.acquire(call.signal).catch((e) => Promise.reject(toAbortError(e, sdk)));
      const verdict = await this.attempt(request, interpret, call, attempt, deadlineAt, mode);
      if (verdict.ok) {
        this.budget?.release(spent);
        return verdict.value;
      }
      const { error } = verdict;
      const repeatable = verdict.retry && (request.idempotent !== false || verdict.safe === true);
      if (!repeatable || attempt >= maxRetries) throw error;
      if (verdict.retryAfterMs !== undefined && verdict.retryAfterMs > (this.options.maxRetryAfter ?? 60) * 1000) {
        throw error instanceof RateLimitError
          ? error
          : new RateLimitError(error.message, { sdk, status: error.status, requestId: error.requestId, cause: error });
      }
      const delayMs = verdict.retryAfterMs ?? backoffDelay(attempt, this.options.backoff ?? {}, this.random);
      if (deadlineAt !== undefined && clock.now() + delayMs >= deadlineAt) throw error;
      const cost = this.budget?.acquire(error instanceof TimeoutError);
      if (this.budget && cost === undefined) throw error;
      spent += cost ?? 0;
      const reason = describe(error);
      this.safeHook(() => this.options.hooks?.onRetry?.({ attempt: attempt + 1, delayMs, reason, error }));
      this.options.logger?.info(`retrying in ${delayMs} ms (attempt ${attempt + 2}/${maxRetries + 1}): ${reason}`);
      await clock.sleep(delayMs, call.signal).catch((e) => Promise.reject(toAbortError(e, sdk)));
    }
  }

  private async attempt<T>(
    request: EngineRequest,
    interpret: Interpreter<T>,
    call: CallOptions,
    attempt: number,
    deadlineAt: number | undefined,
    mode: "text" | "stream",
  ): Promise<Verdict<T>> {
    const { sdk, redact, clock } = this;
    const hooks = this.options.hooks;
    // In stream mode the timeout covers the answer's headers; the caller reads (and owns) the body, and the
    // caller's signal stays wired to it so aborting cancels the download.
    const streaming = mode === "stream";
    const started = clock.now();
    const event: RequestEvent | undefined =
      hooks?.onRequest || hooks?.onResponse || this.options.logger
        ? {
            attempt,
            method: request.method,
            url: redact(request.url),
            headers: redactHeaders(request.headers, redact),
          }
        : undefined;
    if (event) {
      this.safeHook(() => hooks?.onRequest?.(event));
      this.options.logger?.debug(`→ ${event.method} ${event.url}${attempt ? ` (retry ${attempt})` : ""}`);
    }
    let limit = call.timeout ?? this.options.timeout ?? 60_000;
    if (deadlineAt !== undefined) limit = Math.min(limit, Math.max(0, deadlineAt - started));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), limit);
    const outer = call.signal;
    const onAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener("abort", onAbort, { once: true });
    let response: Response | undefined;
    let keepLinked = false;
    try {
      response = await this.fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: controller.signal,
        redirect: "follow",
      });
      const text = streaming && response.ok ? "" : await response.text();
      if (event) {
        const done: ResponseEvent = {
          ...event,
          status: response.status,
          durationMs: clock.now() - started,
          requestId: response.headers.get("x-request-id") ?? undefined,
        };
        this.safeHook(() => hooks?.onResponse?.(done));
        this.options.logger?.debug(`← ${done.status} ${event.method} ${event.url} in ${done.durationMs} ms`);
      }
      const verdict = interpret(response, text);
      keepLinked = streaming && verdict.ok;
      return verdict;
    } catch (cause) {
      if (outer?.aborted) throw toAbortError(outer.reason, sdk);
      if (controller.signal.aborted && controller.signal.reason === TIMEOUT) {
        const error = new TimeoutError(`The request timed out after ${limit} ms`, {
          sdk,
          code: "timeout",
          redact,
          status: response?.status,
        });
        return { ok: false, error, retry: true };
      }
      if (response) {
        const error = new InvalidResponseError("The answer's body was cut off before it was complete", {
          sdk,
          code: "truncated_body",
          status: response.status,
          requestId: response.headers.get("x-request-id") ?? undefined,
          cause,
          redact,
        });
        return { ok: false, error, retry: true };
      }
      const code = connectionCode(cause);
      const error = new ConnectionError(`Could not reach the API (${code ?? "connection failed"})`, {
        sdk,
        code: code ?? "connection_failed",
        cause,
        redact,
      });
      // Refused or unresolvable: the request never reached a server, so repeating it is always safe.
      const safe = code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN";
      return { ok: false, error, retry: true, safe };
    } finally {
      clearTimeout(timer);
      if (!keepLinked) outer?.removeEventListener("abort", onAbort);
    }
  }

  private safeHook(fn: () => void): void {
    try {
      fn();
    } catch {
      // A broken observer must never break the call.
    }
  }
}

function connectionCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z_]+$|^UND_ERR/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function describe(error: OfferkitError): string {
  if (error instanceof RateLimitError) return "rate limited";
  if (error instanceof TimeoutError) return "timeout";
  if (error instanceof ConnectionError) return `connection failed${error.code ? ` (${error.code})` : ""}`;
  if (error instanceof InvalidResponseError) return `unreadable answer (${error.code ?? "invalid"})`;
  return error.status ? `status ${error.status}` : (error.code ?? error.name);
}
