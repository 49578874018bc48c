import { type FakeRequest, type Outcome, pieces, sleep } from "./outcome.js";

type Dispatch = (request: FakeRequest) => Promise<Outcome>;

/** What undici's fetch throws when the peer resets the connection. */
function resetError(): TypeError {
  const cause = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
  return new TypeError("fetch failed", { cause });
}

/** What undici's body stream errors with when the connection drops mid-body. */
function terminated(): TypeError {
  const cause = Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" });
  return new TypeError("terminated", { cause });
}

/**
 * The fake as a `fetch`: no sockets, but the same failure modes a real connection shows — rejections for resets
 * and aborts, bodies that break off or trickle in, requests that never answer — so the SDK's handling of each is
 * tested in process (and under fake timers).
 */
export function createFetch(dispatch: Dispatch): typeof globalThis.fetch {
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const { signal } = request;
    if (signal.aborted) throw signal.reason;
    const body = request.method === "GET" || request.method === "HEAD" ? "" : await request.text();
    const outcome = await dispatch({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body,
      signal,
    });
    if (outcome.kind === "reset") throw resetError();
    if (outcome.kind === "hang") {
      return new Promise<Response>((_, reject) => {
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
    }
    return toResponse(outcome, signal);
  };
  return fakeFetch as typeof globalThis.fetch;
}

function toResponse(outcome: Extract<Outcome, { kind: "respond" }>, signal: AbortSignal): Response {
  const { status, headers } = outcome;
  if (outcome.truncateAt === undefined && outcome.chunks === undefined) {
    return new Response(outcome.body === "" ? null : outcome.body, { status, headers });
  }
  const bytes = new TextEncoder().encode(outcome.body);
  const parts =
    outcome.truncateAt !== undefined
      ? [bytes.subarray(0, outcome.truncateAt)]
      : pieces(bytes, outcome.chunks ?? 1);
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (next > 0 && next < parts.length && outcome.chunkDelayMs)
          await sleep(outcome.chunkDelayMs, signal);
      } catch (reason) {
        controller.error(reason);
        return;
      }
      const part = parts[next++];
      if (part) controller.enqueue(part);
      else if (outcome.truncateAt !== undefined) controller.error(terminated());
      else controller.close();
    },
  });
  return new Response(stream, { status, headers: { ...headers, "content-length": String(bytes.length) } });
}
