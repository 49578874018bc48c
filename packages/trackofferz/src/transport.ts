import {
  type CallOptions,
  type RequestEngine,
  type RequestFetch,
  sendThrough,
} from "@offerkit/request-engine";
import type { TrackOfferzClient } from "@offerkit/trackofferz-core";
import { interpreter } from "./interpret.js";
import type { Shape } from "./shapes.js";

/**
 * What every resource uses to talk to the API: the typed openapi-fetch core builds each request, the engine sends
 * it (retries, timeouts, abort), and the interpreter turns the answer into a value or a typed error.
 */
export interface Transport {
  readonly engine: RequestEngine;
  readonly core: TrackOfferzClient;
}

/** Runs one core call through the engine; `shape` guards the 2xx body. */
export function send<T>(
  { engine }: Transport,
  issue: (fetch: RequestFetch) => Promise<unknown>,
  shape: Shape<T>,
  call?: CallOptions,
): Promise<T> {
  // Idempotent: every TrackOfferz call is (reports are reads; conversions dedupe on transaction_id).
  return sendThrough(engine, issue, interpreter(shape, engine.redact), call);
}
