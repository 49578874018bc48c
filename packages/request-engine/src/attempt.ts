import { ConnectionError, InvalidResponseError, OfferkitError, TimeoutError } from "@offerkit/errors";
import { classifyFetchFailure } from "./classify.js";
import { type Clock, MAX_DELAY_MS, toAbortError } from "./clock.js";
import type { Logger } from "./logger.js";
import { type Redactor, redactHeaders } from "./redact.js";
import { parseRetryAfter } from "./retry-after.js";
import type { EngineRequest, Hooks, Interpreter, RequestEvent, ResponseEvent, Verdict } from "./types.js";

/** What every attempt of one engine shares; built once per client, not per call. */
export interface AttemptSetup {
  readonly sdk: string;
  readonly redact: Redactor;
  readonly clock: Clock;
  readonly fetch: typeof globalThis.fetch;
  readonly hooks: Hooks | undefined;
  readonly logger: Logger | undefined;
  /** Whether anyone listens to requests and responses: events are built only then. */
  readonly observed: boolean;
}

/** This attempt's time limit, and whether the call's deadline (not the per-attempt timeout) set it. */
export interface AttemptLimit {
  ms: number;
  byDeadline: boolean;
}

const STOPPED = Symbol("stopped");
const TIMED_OUT = Symbol("timed out");
const noop = () => undefined;

/** Runs `fn`, ignoring what it throws and what its promise rejects with. */
export function callHook(fn: (() => unknown) | undefined): void {
  if (!fn) return;
  try {
    const result = fn();
    if (result && typeof (result as Promise<unknown>).then === "function")
      (result as Promise<unknown>).then(noop, noop);
  } catch {
    // A broken observer must never break the call.
  }
}

/**
 * Sends `request` once and returns the interpreter's verdict. Transport failures become failed verdicts (timeout,
 * connection failure, truncated body); an abort of `signal` is thrown. The time limit covers the answer and its
 * body; a fetch or body read that ignores its signal is abandoned at the limit all the same. In stream mode a 2xx
 * answer's body is left unread for the caller, with `signal` still wired to it.
 */
export async function runAttempt<T>(
  setup: AttemptSetup,
  request: EngineRequest,
  interpret: Interpreter<T>,
  signal: AbortSignal | undefined,
  attempt: number,
  limit: AttemptLimit,
  stream: boolean,
): Promise<Verdict<T>> {
  const { redact, clock } = setup;
  const event = setup.observed ? requestEvent(request, attempt, redact) : undefined;
  const started = event ? clock.now() : 0;
  if (event) {
    callHook(setup.hooks?.onRequest && (() => setup.hooks?.onRequest?.(event)));
    setup.logger?.debug(`→ ${event.method} ${event.url}${attempt ? ` (retry ${attempt})` : ""}`);
  }

  const controller = new AbortController();
  let stop!: (value: typeof STOPPED) => void;
  const stopped = new Promise<typeof STOPPED>((resolve) => {
    stop = resolve;
  });
  let timedOut = false;
  const timer =
    limit.ms < Number.POSITIVE_INFINITY
      ? setTimeout(
          () => {
            timedOut = true;
            controller.abort(TIMED_OUT);
            stop(STOPPED);
          },
          Math.min(limit.ms, MAX_DELAY_MS),
        )
      : undefined;
  const onAbort = signal
    ? () => {
        controller.abort(signal.reason);
        stop(STOPPED);
      }
    : undefined;
  if (onAbort) signal?.addEventListener("abort", onAbort, { once: true });

  let response: Response | undefined;
  let text = "";
  try {
    const answer = await Promise.race([
      setup.fetch.call(undefined, request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: controller.signal,
        redirect: "follow",
      }),
      stopped,
    ]);
    if (answer === STOPPED) throw STOPPED;
    response = answer;
    if (!stream || !response.ok) {
      const body = await Promise.race([response.text(), stopped]);
      if (body === STOPPED) throw STOPPED;
      text = body;
    }
  } catch (cause) {
    if (timer !== undefined) clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
    return failure(setup, cause, response, signal, timedOut, limit);
  }
  if (timer !== undefined) clearTimeout(timer);

  if (event) {
    const done: ResponseEvent = {
      ...event,
      status: response.status,
      durationMs: clock.now() - started,
      requestId: requestIdOf(response),
    };
    callHook(setup.hooks?.onResponse && (() => setup.hooks?.onResponse?.(done)));
    setup.logger?.debug(`← ${done.status} ${event.method} ${event.url} in ${done.durationMs} ms`);
  }

  let verdict: Verdict<T>;
  try {
    verdict = interpret(response, text);
  } catch (error) {
    verdict = unreadable(setup, error, response);
  }
  const streaming = stream && response.ok;
  if (!(streaming && verdict.ok) && onAbort) signal?.removeEventListener("abort", onAbort);
  if (streaming && !verdict.ok) response.body?.cancel().catch(noop);
  if (!verdict.ok && verdict.retry && verdict.retryAfterMs === undefined) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), clock.now());
    if (retryAfterMs !== undefined) return { ...verdict, retryAfterMs };
  }
  return verdict;
}

function requestIdOf(response: Response | undefined): string | undefined {
  return response?.headers.get("x-request-id") ?? undefined;
}

function requestEvent(request: EngineRequest, attempt: number, redact: Redactor): RequestEvent {
  return {
    attempt,
    method: request.method,
    url: redact(request.url),
    headers: redactHeaders(request.headers, redact),
  };
}

/** The verdict (or thrown abort) for an attempt that got no complete answer. */
function failure(
  setup: AttemptSetup,
  cause: unknown,
  response: Response | undefined,
  signal: AbortSignal | undefined,
  timedOut: boolean,
  limit: AttemptLimit,
): Verdict<never> {
  const { sdk, redact } = setup;
  if (signal?.aborted) throw toAbortError(signal.reason, sdk, redact);
  const status = response?.status;
  const requestId = requestIdOf(response);
  if (timedOut) {
    if (limit.byDeadline) {
      throw new TimeoutError(`The call ran past its deadline`, { sdk, code: "deadline", status, requestId });
    }
    const error = new TimeoutError(
      `The request timed out after ${limit.ms} ms ${response ? "reading the answer" : "waiting for an answer"}`,
      { sdk, code: "timeout", status, requestId },
    );
    return { ok: false, error, retry: true };
  }
  if (response) {
    const error = new InvalidResponseError("The answer's body was cut off before it was complete", {
      sdk,
      code: "truncated_body",
      status,
      requestId,
      cause,
      redact,
    });
    return { ok: false, error, retry: true };
  }
  const { code, retry, safe } = classifyFetchFailure(cause);
  const error = new ConnectionError(
    retry ? `Could not reach the API (${code ?? "connection failed"})` : "The request could not be sent",
    { sdk, code: code ?? "connection_failed", cause, redact },
  );
  return { ok: false, error, retry, safe };
}

/** The verdict when the interpreter itself threw. */
function unreadable(setup: AttemptSetup, error: unknown, response: Response): Verdict<never> {
  if (error instanceof OfferkitError) return { ok: false, error, retry: false };
  const invalid = new InvalidResponseError("The answer could not be read", {
    sdk: setup.sdk,
    code: "invalid_body",
    status: response.status,
    requestId: requestIdOf(response),
    cause: error,
    redact: setup.redact,
  });
  return { ok: false, error: invalid, retry: response.ok };
}
