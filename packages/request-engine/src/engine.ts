import {
  ConnectionError,
  InvalidResponseError,
  OfferkitError,
  RateLimitError,
  TimeoutError,
} from "@offerkit/errors";
import { backoffDelay } from "./backoff.js";
import { callHook } from "./call-hook.js";
import { type CallScope, callScope, deadlineError } from "./call-scope.js";
import { classifyFetchFailure, isRetryableStatus } from "./classify.js";
import { type Clock, checkSignal, noop, systemClock, toAbortError } from "./clock.js";
import { Pacer } from "./pacer.js";
import { beyondCeiling, withRetryAfter } from "./rate-limit.js";
import { createRedactor, type Redactor, redactHeaders } from "./redact.js";
import { parseRetryAfter } from "./retry-after.js";
import { RetryBudget } from "./retry-budget.js";
import { retryReason } from "./retry-reason.js";
import { invalidOption, retries, setting } from "./settings.js";
import type {
  CallOptions,
  EngineOptions,
  EngineRequest,
  Interpreter,
  RequestEvent,
  Verdict,
} from "./types.js";

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

/** A header of the answer; `null` when it has none or its headers cannot be read (a broken `fetch` double). */
function headerOf(response: Response | undefined, name: string): string | null {
  try {
    return response?.headers.get(name) ?? null;
  } catch {
    return null;
  }
}

/**
 * The answer's `X-Request-Id`, as sent: a server may echo anything, so it is redacted where it is shown (errors
 * redact it themselves; the `onResponse` event below).
 */
const requestIdOf = (response: Response | undefined) => headerOf(response, "x-request-id") ?? undefined;

/** `redact` that also masks `secrets`, those first (a link whole, before the client's patterns cut it up). */
function withSecrets(redact: Redactor, secrets: readonly string[]): Redactor {
  const own = createRedactor(secrets);
  return (text) => redact(own(text));
}

/** What a `fetch` that is not the runtime's own (a test double, a wrapper) might resolve to instead of an answer. */
const NOT_A_RESPONSE = Symbol("not a Response");
const isAnswer = (value: unknown): value is Response =>
  typeof (value as Response | null)?.status === "number" &&
  typeof (value as Response).headers?.get === "function" &&
  typeof (value as Response).text === "function";

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
  readonly #fetch: typeof globalThis.fetch;
  readonly #budget: RetryBudget | undefined;
  readonly #pacer: Pacer | undefined;
  readonly #random: () => number;
  readonly #maxRetries: number;
  readonly #timeout: number;
  readonly #deadline: number | undefined;
  /** Seconds. */
  readonly #maxRetryAfter: number;

  constructor(readonly options: EngineOptions) {
    const { fetch = globalThis.fetch, retryBudget, pacing } = options;
    this.sdk = options.sdk;
    if (typeof fetch !== "function")
      throw invalidOption("fetch", "is not a function: pass a fetch implementation", this.sdk);
    this.clock = options.clock ?? systemClock;
    this.redact = createRedactor(options.secrets);
    this.#fetch = fetch;
    this.#random = options.random ?? Math.random;
    // Settings are checked and defaulted once here, so a call does no option work beyond its own overrides.
    const { sdk } = this;
    this.#maxRetries = retries(options.maxRetries, 2, sdk);
    this.#timeout = setting("timeout", options.timeout, 60_000, false, sdk);
    this.#deadline = setting("deadline", options.deadline, undefined, false, sdk);
    this.#maxRetryAfter = setting("maxRetryAfter", options.maxRetryAfter, 60, true, sdk);
    this.#budget = retryBudget === false ? undefined : new RetryBudget(retryBudget);
    this.#pacer = pacing && new Pacer(pacing, this.clock, sdk);
  }

  /** Tokens left in the retry budget (`undefined` when it is off). */
  get retryBudget(): number | undefined {
    return this.#budget?.available;
  }

  /**
   * Sends `request` until the interpreter accepts an answer, retries run out, or the call is aborted. Throws the
   * last attempt's error; an `AbortError` (or the signal's own offerkit error) when the caller's signal aborts; a
   * `TimeoutError` of code `deadline` when the deadline passes during an attempt or a pacing wait.
   *
   * Each attempt's time limit covers the answer and its body; a fetch or body read that ignores its signal is
   * abandoned at the limit all the same. In stream mode a 2xx answer's body is left unread for the caller, with the
   * caller's signal still wired to it.
   */
  async send<T>(
    request: EngineRequest,
    interpret: Interpreter<T>,
    call: CallOptions = {},
    mode: "text" | "stream" = "text",
  ): Promise<T> {
    const { clock, sdk } = this;
    const redact = request.secrets ? withSecrets(this.redact, request.secrets) : this.redact;
    const { hooks, logger } = this.options;
    const { url, method, headers } = request;
    // `null` from plain JavaScript means no per-call settings, as `undefined` does.
    call ??= {};
    const maxRetries = retries(call.maxRetries, this.#maxRetries, sdk);
    const timeout = setting("timeout", call.timeout, this.#timeout, false, sdk);
    const deadline = setting("deadline", call.deadline, this.#deadline, false, sdk);
    const stream = mode === "stream";
    const abortError = (reason: unknown) => toAbortError(reason, sdk, redact);
    const aborted = (reason: unknown) => Promise.reject(abortError(reason));
    let { signal } = call;
    checkSignal(signal, sdk);
    let scope: CallScope | undefined;
    let deadlineAt = Infinity;
    if (deadline! < deadlineAt) {
      deadlineAt = clock.now() + deadline!;
      scope = callScope(signal, deadline, sdk, "call");
      signal = scope.signal;
    }
    let streaming = false;
    try {
      for (let attempt = 0, spent = 0; ; attempt++) {
        if (signal?.aborted) return await aborted(signal.reason);
        if (this.#pacer) await this.#pacer.acquire(signal).catch(aborted);
        // The attempt's time limit: the timeout, or what is left of the deadline when that is shorter.
        let limit = timeout;
        let byDeadline = false;
        if (scope) {
          const left = deadlineAt - clock.now();
          if (left <= 0) throw deadlineError(sdk);
          byDeadline = left < timeout;
          if (byDeadline) limit = left;
        }

        let event: RequestEvent | undefined;
        let started = 0;
        if (hooks?.onRequest || hooks?.onResponse || logger) {
          // Events are built only when someone listens, from redacted parts only.
          event = {
            attempt,
            method,
            url: redact(request.displayUrl ?? url),
            headers: redactHeaders(headers, redact),
          };
          started = clock.now();
          callHook(hooks?.onRequest, event);
          logger?.debug(`→ ${method} ${event.url}${attempt ? ` (retry ${attempt})` : ""}`);
        }

        // The attempt's own signal: the caller's, or the time limit. `stopped` rejects when it aborts, so a fetch
        // or a body read that ignores its signal is abandoned all the same.
        // No listener on that signal: undici keeps it alive until its Request is collected, and a listener left on
        // it would hold this attempt's answer (a whole page of text) until then.
        const attemptScope = callScope(signal, limit, sdk, "attempt");
        const { stopped } = attemptScope;
        let response: Response | undefined;
        let text = "";
        let verdict!: Verdict<T>;
        try {
          const answer: unknown = await Promise.race([
            this.#fetch.call(undefined, url, {
              method,
              headers,
              body: request.body ?? null,
              signal: attemptScope.signal,
              redirect: "follow",
            }),
            stopped,
          ]);
          if (!isAnswer(answer)) throw NOT_A_RESPONSE;
          response = answer;
          if (!stream || !response.ok) text = await Promise.race([response.text(), stopped]);
        } catch (cause) {
          // No complete answer: an abort is thrown; a timeout, a cut-off body or no answer at all may be retried.
          attemptScope.dispose();
          if (signal?.aborted) throw abortError(signal.reason);
          const timedOut = attemptScope.signal.aborted;
          const answered = {
            sdk,
            status: response?.status,
            requestId: requestIdOf(response),
            redact,
          };
          if (timedOut && byDeadline) throw deadlineError(sdk, "call", answered);
          // A fetch that resolved to something other than an answer will not do better on a second try.
          const bogus = !timedOut && cause === NOT_A_RESPONSE;
          const { code, retry, safe } =
            timedOut || response || bogus ? { retry: !bogus } : classifyFetchFailure(cause);
          const [Class, message, errorCode] = timedOut
            ? [
                TimeoutError,
                `Timed out after ${limit} ms ${response ? "reading the answer" : "waiting for an answer"}`,
                "timeout",
              ]
            : bogus
              ? [InvalidResponseError, "fetch resolved to something that is not a Response", "not_a_response"]
              : response
                ? [InvalidResponseError, "The answer's body was cut off", "truncated_body"]
                : [
                    ConnectionError,
                    retry
                      ? `Could not reach the API (${code ?? "connection failed"})`
                      : "The request could not be sent",
                    code ?? "connection_failed",
                  ];
          verdict = {
            ok: false,
            retry,
            safe,
            error: new Class(message, {
              ...answered,
              code: errorCode,
              cause: timedOut || bogus ? undefined : cause,
            }),
          };
          response = undefined;
        } finally {
          // The time limit covers the answer and its body only.
          attemptScope.dispose(true);
        }

        if (response) {
          const { status, ok } = response;
          if (event) {
            const durationMs = clock.now() - started;
            const id = requestIdOf(response);
            const requestId = id === undefined ? id : redact(id);
            callHook(hooks?.onResponse, { ...event, status, durationMs, requestId });
            logger?.debug(`← ${status} ${method} ${event.url} in ${durationMs} ms`);
          }
          try {
            verdict = interpret(response, text);
          } catch (error) {
            // An offerkit error is the interpreter's final word; anything else (a SyntaxError) is an unreadable answer.
            verdict =
              error instanceof OfferkitError
                ? { ok: false, error, retry: false }
                : {
                    ok: false,
                    error: new InvalidResponseError("The answer could not be read", {
                      sdk,
                      code: "invalid_body",
                      status,
                      requestId: requestIdOf(response),
                      cause: error,
                      redact,
                    }),
                    retry: ok,
                  };
          }
          const streamed = stream && ok;
          // A streamed body stays wired to the caller's signal: aborting must still cancel that download.
          if (!(streamed && verdict.ok)) attemptScope.dispose();
          if (verdict.ok) {
            this.#budget?.release(spent);
            streaming = stream;
            return verdict.value;
          }
          if (streamed) response.body?.cancel().catch(noop);
          if (verdict.retry && verdict.retryAfterMs === undefined)
            verdict = {
              ...verdict,
              retryAfterMs: parseRetryAfter(headerOf(response, "retry-after"), clock.now()),
            };
        }

        // A failure: retry it, or throw what to report.
        if (verdict.ok) return verdict.value;
        const { error } = verdict;
        const given = verdict.retryAfterMs;
        const retryAfterMs = given! >= 0 && given! < Infinity ? given : undefined;
        const final = withRetryAfter(error, retryAfterMs);
        const safe = verdict.safe ?? error instanceof RateLimitError;
        if (
          !(verdict.retry && isRetryableStatus(error.status) && (request.idempotent !== false || safe)) ||
          attempt >= maxRetries
        )
          throw final;
        if (retryAfterMs! > this.#maxRetryAfter * 1000)
          throw beyondCeiling(error, retryAfterMs!, sdk, this.#maxRetryAfter);
        const delayMs = retryAfterMs ?? backoffDelay(attempt, this.options.backoff, this.#random);
        // Waiting past the deadline only to be cut off: report the failure now instead.
        if (clock.now() + delayMs >= deadlineAt) throw final;
        if (this.#budget) {
          const cost = this.#budget.acquire(error instanceof TimeoutError);
          if (cost === undefined) throw final;
          spent += cost;
        }
        if (hooks?.onRetry || logger) {
          const reason = retryReason(error);
          callHook(hooks?.onRetry, {
            attempt: attempt + 1,
            delayMs,
            reason,
            error: final,
            method,
            url: redact(request.displayUrl ?? url),
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
