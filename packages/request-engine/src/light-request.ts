/**
 * A stand-in for `Request` that only records what {@link sendThrough} reads: `url`, `method`, `headers`, `body`.
 * openapi-fetch builds one `Request` per call and hands it to the per-request `fetch`; undici's constructor (URL
 * parse, a second header list, an AbortSignal, a body stream) costs ~20 µs of CPU per call only to be taken apart
 * again (bench/findings.md §1). Give it to openapi-fetch's `createClient({ Request })` only where every request
 * goes through `sendThrough`: a plain `fetch` needs a real `Request`.
 *
 * The URL is kept as openapi-fetch wrote it; the engine's `fetch` parses it as a real `Request` would have.
 *
 * @example
 * const core = createClient<paths>({ baseUrl, Request: LightRequest as unknown as typeof Request });
 */
export class LightRequest {
  /** The URL as built, not yet parsed. */
  readonly url: string;
  /** The HTTP method; `GET` when none was given. */
  readonly method: string;
  /** openapi-fetch's merged headers, as they are. */
  readonly headers: Headers;
  /** The serialized body as openapi-fetch made it (a string or `FormData` in practice), unbuffered. */
  readonly body: BodyInit | null;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
  }
}
