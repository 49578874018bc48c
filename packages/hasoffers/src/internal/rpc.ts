import type { HasOffersClient } from "@offerkit/hasoffers-core";
import { type CallOptions, type RequestEngine, sendThrough } from "@offerkit/request-engine";
import { invalid } from "./errors.js";
import {
  createDownloadInterpreter,
  createInterpreter,
  type Decoder,
  type InterpretSettings,
} from "./interpret.js";

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

/**
 * The HasOffers transport every manager uses: one RPC call through openapi-fetch (pseudo-path `/Target/Method`) and
 * the request engine (retries, timeouts, pacing, hooks, redaction), answered by the one interpreter.
 * Holds the engine and core in private fields, which no inspection or serialisation reaches, so the credentials
 * cannot show.
 */
export class Rpc {
  readonly #engine: RequestEngine;
  readonly #core: HasOffersClient;
  readonly #settings: InterpretSettings;

  constructor(engine: RequestEngine, core: HasOffersClient, settings: InterpretSettings) {
    this.#engine = engine;
    this.#core = core;
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
    if (!NAME.test(target) || !NAME.test(method))
      return Promise.reject(
        invalid(`Invalid HasOffers target or method: ${target}.${method}`, undefined, "invalid_method"),
      );
    const { decode, idempotent = !isWriteMethod(method), form, ...call } = options;
    const path = `/${target}/${method}` as never;
    const init = { params: { query: params } };
    return sendThrough(
      this.#engine,
      (fetch) =>
        form
          ? this.#core.POST(path, {
              ...init,
              body: form,
              bodySerializer: (body: unknown) => body,
              fetch,
            } as never)
          : this.#core.GET(path, { ...init, fetch } as never),
      createInterpreter(this.#settings, decode),
      call,
      { idempotent },
    );
  }

  /**
   * GETs a presigned URL (no HasOffers credentials) and returns its body as a stream. Retries, timeouts, abort and
   * redaction apply until the body starts; the URL's signature never reaches an error or a log.
   */
  download(url: string, options: CallOptions = {}): Promise<ReadableStream<Uint8Array>> {
    const request = { url, method: "GET", headers: new Headers(), idempotent: true };
    return this.#engine.send(request, createDownloadInterpreter(this.#settings.redact), options, "stream");
  }
}
