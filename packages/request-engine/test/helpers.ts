import { errorForStatus, InvalidResponseError, RateLimitError } from "@offerkit/errors";
import { vi } from "vitest";
import {
  type Clock,
  type EngineOptions,
  type Interpreter,
  isRetryableStatus,
  RequestEngine,
} from "../src/index.js";

/** A step of a scripted server: an answer, a thrown error, or a function of the request's signal. */
export type Step = Response | Error | ((signal: AbortSignal, url: string) => Response | Promise<Response>);

/** A fetch that plays `steps` in order (the last one repeats) and records every call. */
export function scriptedFetch(...steps: Step[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)] as Step;
    if (step instanceof Error) throw step;
    if (typeof step === "function") return step(init.signal as AbortSignal, String(url));
    return step.clone();
  });
  return Object.assign(fetch as unknown as typeof globalThis.fetch, { calls });
}

/** JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A fetch step that never answers but rejects when its signal aborts, as a real fetch does. */
export function hang(signal: AbortSignal): Promise<Response> {
  return new Promise((_, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/** A fetch step that never settles at all, even when aborted: a badly behaved fetch. */
export function hangForever(): Promise<Response> {
  return new Promise(() => undefined);
}

/** An error shaped like Node's fetch failure: `TypeError: fetch failed` with a coded cause. */
export function networkError(code: string, message = `connect ${code} 10.0.0.1:443`): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(message), { code }) });
}

/** An answer whose body stream fails half way, as a connection cut mid-body does. */
export function truncated(status = 200, headers: Record<string, string> = {}): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"items":[1,2'));
      controller.error(
        new TypeError("terminated", {
          cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
        }),
      );
    },
  });
  return new Response(body, { status, headers });
}

/** A clock whose sleeps return at once and are recorded; time moves by what was slept. */
export function steppingClock(start = 1_700_000_000_000) {
  const sleeps: number[] = [];
  let now = start;
  const clock: Clock = {
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
  const advance = (ms: number) => {
    now += ms;
  };
  return { clock, sleeps, advance };
}

/** A TrackOfferz-like interpreter: 2xx JSON is the value; statuses map to typed errors, retryable per the engine. */
export const readJson: Interpreter<unknown> = (response, text) => {
  if (response.ok) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (cause) {
      const error = new InvalidResponseError("malformed JSON", {
        status: response.status,
        code: "malformed",
        cause,
      });
      return { ok: false, error, retry: true };
    }
  }
  const error = errorForStatus(response.status, text || `HTTP ${response.status}`, { sdk: "test" });
  return { ok: false, error, retry: isRetryableStatus(response.status) };
};

/** A HasOffers-like interpreter: a rate limit announced inside an HTTP 200 envelope. */
export const readEnvelope: Interpreter<unknown> = (response, text) => {
  const body = JSON.parse(text) as { response: { status: number; data: unknown; errorMessage?: string } };
  if (body.response.status === 1) return { ok: true, value: body.response.data };
  const message = body.response.errorMessage ?? "error";
  if (/rate limit/i.test(message)) {
    return {
      ok: false,
      error: new RateLimitError(message, { status: response.status, sdk: "test" }),
      retry: true,
    };
  }
  return { ok: false, error: errorForStatus(400, message, { sdk: "test" }), retry: false };
};

/** An engine with test defaults: stepping clock, no jitter surprises (random 0.5), the given fetch. */
export function engineWith(fetch: typeof globalThis.fetch, options: Partial<EngineOptions> = {}) {
  const stepping = steppingClock();
  const engine = new RequestEngine({
    sdk: "test",
    fetch,
    clock: stepping.clock,
    random: () => 0.5,
    ...options,
  });
  return { engine, ...stepping };
}

/** A GET request for the engine. */
export function get(url = "https://api.example.test/v1/things", headers: HeadersInit = {}) {
  return { url, method: "GET", headers: new Headers(headers) };
}

/**
 * With fake timers on: advances time in `stepMs` steps until `promise` settles (at most `maxSteps`), and returns
 * its outcome as a value (`{ value }` or `{ error }`), so a rejection never goes unhandled while time moves.
 */
export async function runUntilSettled<T>(
  promise: Promise<T>,
  stepMs = 1,
  maxSteps = 100_000,
): Promise<{ value?: T; error?: unknown; settled: boolean }> {
  let outcome: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => {
      outcome = { value, settled: true };
    },
    (error: unknown) => {
      outcome = { error, settled: true };
    },
  );
  for (let i = 0; i < maxSteps && !outcome.settled; i++) await vi.advanceTimersByTimeAsync(stepMs);
  return outcome;
}
