import type { CallOptions } from "@offerkit/request-engine";
import type { Rpc } from "./rpc.js";

/**
 * What the raw-log reader (`@offerkit/hasoffers/raw-logs`) needs from a client: `RawLog` RPC calls returning the
 * envelope's `data` (errors thrown typed), and downloads of presigned links through the same engine.
 */
export interface RawLogTransport {
  call(method: string, params: Record<string, unknown>, options?: CallOptions): Promise<unknown>;
  download(url: string, options?: CallOptions): Promise<ReadableStream<Uint8Array>>;
}

/** The transport over a client's RPC layer. */
export function createRawLogTransport(rpc: Rpc): RawLogTransport {
  return {
    call: (method, params, options) => rpc.call("RawLog", method, params, options),
    download: (url, options) => rpc.download(url, options),
  };
}
