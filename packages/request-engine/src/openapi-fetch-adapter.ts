import { encodingError } from "./encode.js";
import type { RequestEngine } from "./engine.js";
import type { LightRequest } from "./light-request.js";
import type { CallOptions, Interpreter } from "./types.js";

// openapi-fetch only reads a 204's status and headers, never its body, so one answer serves every call.
let noContent: Response | undefined;

/** The `fetch` openapi-fetch accepts per request. */
export type RequestFetch = (request: Request) => Promise<Response>;

/**
 * Runs one openapi-fetch call through the engine. openapi-fetch builds the typed request (path, PHP or form query,
 * headers, body) and hands it to the `fetch` given to `issue`; the engine then owns sending, retrying and
 * interpreting, and its value is returned. openapi-fetch only sees an empty 204, so no body is parsed twice.
 * The request may be a real `Request` or a {@link LightRequest}; a string or `FormData` body is sent as it is.
 *
 * @example
 * const summary = await sendThrough(engine, (fetch) => core.GET("/reports/summary", { params, fetch }), readJson, call);
 */
export async function sendThrough<T>(
  engine: RequestEngine,
  issue: (fetch: RequestFetch) => Promise<unknown>,
  interpret: Interpreter<T>,
  call?: CallOptions,
  options: { idempotent?: boolean; mode?: "text" | "stream" } = {},
): Promise<T> {
  let value!: T;
  let built = false;
  try {
    await issue(async (request) => {
      built = true;
      const { url, method, headers, body } = request as Request | LightRequest;
      value = await engine.send(
        {
          url,
          method,
          headers,
          // A stream (any real Request's body) is buffered once so that every attempt can send it again; a
          // string or FormData from a LightRequest is repeatable as it is.
          body: body instanceof ReadableStream ? await new Response(body).arrayBuffer() : body,
          idempotent: options.idempotent,
        },
        interpret,
        call,
        options.mode,
      );
      noContent ??= new Response(null, { status: 204 });
      return noContent;
    });
  } catch (error) {
    // openapi-fetch could not build the request (a lone surrogate in a query, a BigInt or a cycle in a JSON body):
    // nothing was sent, and the caller gets a typed error rather than a bare URIError or TypeError.
    throw built ? error : encodingError(error, engine);
  }
  return value;
}
