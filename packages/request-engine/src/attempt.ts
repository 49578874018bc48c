import { ConnectionError, InvalidResponseError, OfferkitError, TimeoutError } from "@offerkit/errors";
import { deadlineError } from "./call-scope.js";
import { classifyFetchFailure } from "./classify.js";
import { type Clock, listen, noop, startTimer, toAbortError } from "./clock.js";
import type { Logger } from "./logger.js";
import { type Redactor, redactHeaders } from "./redact.js";
import { parseRetryAfter } from "./retry-after.js";
import type { EngineRequest, Hooks, Interpreter, RequestEvent, Verdict } from "./types.js";

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

/** Calls `hook` with `event`, ignoring what it throws and what its promise rejects with. */
export function callHook<E>(hook: ((event: E) => unknown) | undefined, event: E): void {
  try {
    // A broken observer must never break the call.
    if (hook) Promise.resolve(hook(event)).catch(noop);
  } catch {}
}

const requestIdOf = (response: Response | undefined) => response?.headers.get("x-request-id") ?? undefined;

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
  const { sdk, redact, clock, hooks, logger } = setup;
  const { method } = request;
  let event: RequestEvent | undefined;
  let started = 0;
  if (setup.observed) {
    event = { attempt, method, url: redact(request.url), headers: redactHeaders(request.headers, redact) };
    started = clock.now();
    callHook(hooks?.onRequest, event);
    logger?.debug(`→ ${method} ${event.url}${attempt ? ` (retry ${attempt})` : ""}`);
  }

  // `stopped` rejects when the time limit passes or the caller aborts, so a fetch or a body read that ignores its
  // signal is abandoned all the same.
  const controller = new AbortController();
  let stop!: () => void;
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  stopped.catch(noop);
  const halt = (reason?: unknown) => {
    controller.abort(reason);
    stop();
  };
  let timedOut = false;
  const timer =
    limit.ms < Number.POSITIVE_INFINITY
      ? startTimer(() => {
          timedOut = true;
          halt();
        }, limit.ms)
      : undefined;
  const unlink = listen(signal, () => halt(signal?.reason));

  let response: Response | undefined;
  let text = "";
  try {
    response = await Promise.race([
      setup.fetch.call(undefined, request.url, {
        method,
        headers: request.headers,
        body: request.body ?? null,
        signal: controller.signal,
        redirect: "follow",
      }),
      stopped,
    ]);
    if (!stream || !response.ok) text = await Promise.race([response.text(), stopped]);
  } catch (cause) {
    unlink();
    return failure(setup, cause, response, signal, timedOut, limit);
  } finally {
    clearTimeout(timer);
  }
  const { status, ok } = response;

  if (event) {
    const durationMs = clock.now() - started;
    callHook(hooks?.onResponse, { ...event, status, durationMs, requestId: requestIdOf(response) });
    logger?.debug(`← ${status} ${method} ${event.url} in ${durationMs} ms`);
  }

  let verdict: Verdict<T>;
  try {
    verdict = interpret(response, text);
  } catch (error) {
    // An offerkit error is the interpreter's final word; anything else (a SyntaxError) means an unreadable answer.
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
  const streaming = stream && ok;
  if (!(streaming && verdict.ok)) unlink();
  if (verdict.ok) return verdict;
  if (streaming) response.body?.cancel().catch(noop);
  return verdict.retry && verdict.retryAfterMs === undefined
    ? { ...verdict, retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), clock.now()) }
    : verdict;
}

/** The verdict (or thrown abort) for an attempt that got no complete answer. */
function failure(
  { sdk, redact }: AttemptSetup,
  cause: unknown,
  response: Response | undefined,
  signal: AbortSignal | undefined,
  timedOut: boolean,
  limit: AttemptLimit,
): Verdict<never> {
  if (signal?.aborted) throw toAbortError(signal.reason, sdk, redact);
  const answered = { sdk, status: response?.status, requestId: requestIdOf(response) };
  let error: OfferkitError;
  let retry = true;
  let safe: boolean | undefined;
  if (timedOut) {
    if (limit.byDeadline) throw deadlineError(sdk, "call", answered);
    error = new TimeoutError(
      `The request timed out after ${limit.ms} ms ${response ? "reading the answer" : "waiting for an answer"}`,
      { ...answered, code: "timeout" },
    );
  } else if (response) {
    error = new InvalidResponseError("The answer's body was cut off before it was complete", {
      ...answered,
      code: "truncated_body",
      cause,
      redact,
    });
  } else {
    const failed = classifyFetchFailure(cause);
    const { code } = failed;
    ({ retry, safe } = failed);
    error = new ConnectionError(
      retry ? `Could not reach the API (${code ?? "connection failed"})` : "The request could not be sent",
      { sdk, code: code ?? "connection_failed", cause, redact },
    );
  }
  return { ok: false, error, retry, safe };
}
