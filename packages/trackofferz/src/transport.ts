import {
  type CallOptions,
  encodeRequest,
  type Interpreter,
  type RequestEngine,
} from "@offerkit/request-engine";
import { type GetPath, type GetQuery, requestUrl } from "@offerkit/trackofferz-core";
import { interpreter, rateLimitOf } from "./interpret.js";
import type { Shape } from "./shapes.js";
import type { RateLimitState } from "./types.js";
import { USER_AGENT } from "./version.js";

/**
 * What every resource uses to talk to the API: the core's typed URL builder makes each request, the engine sends
 * it (retries, timeouts, abort), and the interpreter turns the answer into a value or a typed error. Every
 * TrackOfferz call is idempotent (reports are reads; conversions dedupe on `transaction_id`), so each is retried.
 *
 * openapi-fetch's runtime is not used here: with the engine doing the sending it only built URLs, at 2.9 kB gz and
 * ~0.05× per call (bench/findings.md §1, §4). The core's `requestUrl` is typed by the same generated `paths`.
 */
export interface Transport {
  /** `GET baseUrl + path` with the query; `shape` guards the 2xx body. */
  get<P extends GetPath, T>(path: P, query: GetQuery<P>, shape: Shape<T>, call?: CallOptions): Promise<T>;
  /** `POST baseUrl + path` with a JSON body. */
  post<T>(path: "/conversions", body: object, shape: Shape<T>, call?: CallOptions): Promise<T>;
  /** The rate-limit window of the latest answer that announced one. */
  rateLimit(): RateLimitState | undefined;
}

/**
 * The transport of one client; its resources share it. The key lives only in this closure: nothing on the client
 * holds it, so inspecting or serialising the client cannot print it. Headers are plain objects built once, so
 * constructing a client does not load the runtime's `fetch` machinery.
 */
export function createTransport(engine: RequestEngine, apiKey: string, baseUrl: string): Transport {
  const headers = { authorization: `Bearer ${apiKey}`, "user-agent": USER_AGENT };
  const jsonHeaders = { ...headers, "content-type": "application/json" };
  // One interpreter per shape, built on first use: a new closure per call is measurable (bench/findings.md §1).
  const interpreters = new Map<Shape<unknown>, Interpreter<unknown>>();
  let rateLimit: RateLimitState | undefined;
  const observe = (response: Response) => {
    rateLimit = rateLimitOf(response) ?? rateLimit;
  };
  const send = <T>(
    method: string,
    url: string,
    body: string | undefined,
    shape: Shape<T>,
    call?: CallOptions,
  ) => {
    let interpret = interpreters.get(shape);
    if (!interpret) {
      interpret = interpreter(shape, engine.redact, observe);
      interpreters.set(shape, interpret);
    }
    return engine.send<T>(
      { url, method, headers: body === undefined ? headers : jsonHeaders, body },
      interpret as Interpreter<T>,
      call,
    );
  };
  return {
    get: (path, query, shape, call) =>
      send(
        "GET",
        encodeRequest(() => requestUrl(baseUrl, path, query), engine),
        undefined,
        shape,
        call,
      ),
    post: (path, body, shape, call) =>
      send(
        "POST",
        baseUrl + path,
        encodeRequest(() => JSON.stringify(body), engine),
        shape,
        call,
      ),
    rateLimit: () => rateLimit,
  };
}
