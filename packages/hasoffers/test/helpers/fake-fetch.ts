import { HasOffers, type HasOffersOptions } from "../../src/index.js";

/** The token every test client uses; tests assert it never leaks. */
export const TOKEN = "NETtestSecretToken0123456789";

/** One request as the fake API saw it. */
export interface Seen {
  method: string;
  url: URL;
  /** Query pairs after `NetworkId`, `NetworkToken`, `Target`, `Method`. */
  params: [string, string][];
  target: string | null;
  rpcMethod: string | null;
  headers: Headers;
  body: ArrayBuffer | null;
}

type Handler = (seen: Seen, index: number) => Response | Promise<Response>;

/** A `fetch` that records every request and answers through `handler`. */
export function fakeFetch(handler: Handler) {
  const calls: Seen[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.body ? await request.arrayBuffer() : null;
    const params = [...url.searchParams].filter(
      ([k]) => !["NetworkId", "NetworkToken", "Target", "Method"].includes(k),
    );
    const seen: Seen = {
      method: request.method,
      url,
      params,
      target: url.searchParams.get("Target"),
      rpcMethod: url.searchParams.get("Method"),
      headers: request.headers,
      body,
    };
    calls.push(seen);
    return handler(seen, calls.length - 1);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** A success envelope around `data`, echoing the token like the real API. */
export function ok(data: unknown, init: ResponseInit = {}): Response {
  return json(
    {
      request: { NetworkToken: TOKEN, Target: "X", Method: "y" },
      response: { status: 1, httpStatus: 200, data, errors: [], errorMessage: null },
    },
    init,
  );
}

/** A failure envelope (`status: -1`, HTTP 200). */
export function failed(errors: unknown, errorMessage: string | null = null): Response {
  return json({
    request: { NetworkToken: TOKEN },
    response: { status: -1, httpStatus: 200, data: "", errors, errorMessage },
  });
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A client on the fake fetch, without pacing (tests that need it turn it on). */
export function client(fetch: typeof globalThis.fetch, options: Partial<HasOffersOptions> = {}): HasOffers {
  return new HasOffers({ networkId: "demo", networkToken: TOKEN, fetch, pacing: false, ...options });
}

/** A client whose fake API answers every call with `data`. */
export function answering(data: unknown, options: Partial<HasOffersOptions> = {}) {
  const fake = fakeFetch(() => ok(data));
  return { ho: client(fake.fetch, options), calls: fake.calls };
}

/** The query pairs of a call as `key=value` strings (decoded), for readable assertions. */
export function pairs(seen: Seen | undefined): string[] {
  return (seen?.params ?? []).map(([k, v]) => `${k}=${v}`);
}
