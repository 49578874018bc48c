import type { RpcUrl } from "@offerkit/hasoffers-core";
import { type CallOptions, describeValue, encodingError, type RequestEngine } from "@offerkit/request-engine";
import { invalid } from "./errors.js";
import {
  createDownloadInterpreter,
  createInterpreter,
  type Decoder,
  type InterpretSettings,
} from "./interpret.js";
import { displayLink, linkSecrets } from "./presigned-link.js";

/** Per-call options of {@link Rpc.call}. */
export interface RpcOptions<T> extends CallOptions {
  /** Checks and converts the envelope's `data`; a throw becomes a retryable `InvalidResponseError`. */
  decode?: Decoder<T> | undefined;
  /** Overrides the write detection ({@link isWriteMethod}). */
  idempotent?: boolean | undefined;
  /** Sends a POST with this multipart body; the parameters stay in the query string. */
  form?: FormData | undefined;
}

// Methods that change something. They are repeated only when the server surely did nothing (rate-limit envelope,
// connection refused): a lost answer to `create` must not create twice.
const WRITE =
  /^(create|update|delete|block|unblock|add|set|remove|signup|save|change|reset|adjust|enable|disable|grant|whitelist|import|upload)/;

/** Whether a HasOffers method changes state (so it is not blindly retried). */
export function isWriteMethod(method: string): boolean {
  return WRITE.test(method);
}

const NAME = /^[A-Za-z]\w*$/;

// The routing parameters the client writes first. PHP keeps the last of two equal keys, so a caller's `Target` or
// `NetworkToken` in `params` would override them (and the write detection, which read the real method). PHP also
// drops leading spaces and keeps an array for `Target[x]`, hence the loose match, in any case to be safe.
const ROUTING = /^\s*(target|method|networkid|networktoken)\s*(\[|$)/i;

// No header to send: the credentials ride in the query, as the protocol wants. One object serves every call.
const HEADERS = {};

/**
 * The HasOffers transport every manager uses: one RPC call, its URL built by the core's `createRpcUrl` (the same
 * builder and PHP-bracket encoder its openapi-fetch client uses), sent through the request engine (retries,
 * timeouts, pacing, hooks, redaction) and answered by the one interpreter. openapi-fetch's runtime is not used:
 * with the engine sending, it only built URLs, at 2.9 kB gz and ~0.05× per call (bench/findings.md §1, §4).
 * Holds the engine and URL builder in private fields, which no inspection or serialisation reaches, so the
 * credentials cannot show.
 */
export class Rpc {
  readonly #engine: RequestEngine;
  readonly #url: RpcUrl;
  readonly #settings: InterpretSettings;

  constructor(engine: RequestEngine, url: RpcUrl, settings: InterpretSettings) {
    this.#engine = engine;
    this.#url = url;
    this.#settings = settings;
  }

  /** Calls `Target=<target>&Method=<method>&<params>` and returns the envelope's `data` (decoded when asked). */
  call<T = unknown>(
    target: string,
    method: string,
    params: object = {},
    options: RpcOptions<T> = {},
  ): Promise<T> {
    // Not async: an extra promise layer is measurable per call (bench/findings.md §1).
    if (!isName(target) || !isName(method))
      return Promise.reject(
        invalid(
          `Invalid HasOffers target or method: ${show(target)}.${show(method)}`,
          undefined,
          "invalid_method",
        ),
      );
    for (const key in params) {
      if (ROUTING.test(key))
        return Promise.reject(
          invalid(
            `Parameter ${key} is set by the client and cannot be passed (it would re-route the call)`,
            key,
            "invalid_parameter",
          ),
        );
    }
    const { decode, idempotent = !isWriteMethod(method), form, ...call } = options ?? {};
    let url: string;
    try {
      url = this.#url(target, method, params as Record<string, unknown>);
    } catch (error) {
      // A parameter with no spelling (an invalid Date, a cyclic object): nothing was sent.
      return Promise.reject(encodingError(error, this.#engine));
    }
    return this.#engine.send(
      { url, method: form ? "POST" : "GET", headers: HEADERS, body: form, idempotent },
      createInterpreter(this.#settings, decode),
      call,
    );
  }

  /**
   * GETs a presigned URL (no HasOffers credentials) and returns its body as a stream. Retries, timeouts, abort and
   * redaction apply until the body starts; the URL's signature never reaches an error or a log.
   */
  download(url: string, options: CallOptions = {}): Promise<ReadableStream<Uint8Array>> {
    if (typeof url !== "string" || url === "")
      return Promise.reject(
        invalid(`A download needs a link, got ${describeValue(url)}`, "url", "invalid_link"),
      );
    // The client's redactor knows the NetworkToken, not this link's signature: hooks and logs get a scrubbed copy.
    const request = {
      url,
      displayUrl: displayLink(url),
      secrets: linkSecrets(url),
      method: "GET",
      headers: HEADERS,
      idempotent: true,
    };
    return this.#engine.send(request, createDownloadInterpreter(this.#settings.redact), options, "stream");
  }
}

/** Whether `value` is a Target or Method name (letters, digits, `_`), checked without converting it. */
function isName(value: unknown): value is string {
  return typeof value === "string" && NAME.test(value);
}

/** A name in a message: a string as is (quotes would only clutter it), anything else described safely. */
function show(value: unknown): string {
  return typeof value === "string" ? value : describeValue(value);
}
