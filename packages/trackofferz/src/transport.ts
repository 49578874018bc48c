import {
  type CallOptions,
  type Interpreter,
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
  /** One interpreter per shape, built on first use: a new closure per call is measurable (bench/findings.md §1). */
  readonly interpreters: Map<Shape<unknown>, Interpreter<unknown>>;
}

/** The transport of one client; its resources share it. */
export function createTransport(engine: RequestEngine, core: TrackOfferzClient): Transport {
  return { engine, core, interpreters: new Map() };
}

/** Runs one core call through the engine; `shape` guards the 2xx body. */
export function send<T>(
  { engine, interpreters }: Transport,
  issue: (fetch: RequestFetch) => Promise<unknown>,
  shape: Shape<T>,
  call?: CallOptions,
): Promise<T> {
  let interpret = interpreters.get(shape) as Interpreter<T> | undefined;
  if (!interpret) {
    interpret = interpreter(shape, engine.redact);
    interpreters.set(shape, interpret);
  }
  // Idempotent: every TrackOfferz call is (reports are reads; conversions dedupe on transaction_id).
  return sendThrough(engine, issue, interpret, call);
}
