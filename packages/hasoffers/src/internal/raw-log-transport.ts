import type { RawLogTransport } from "../raw-logs/transport.js";
import type { Rpc } from "./rpc.js";

export type { RawLogTransport };

/**
 * The raw-log transport over a client's RPC layer: `RawLog` calls returning the envelope's `data` (errors thrown
 * typed), and presigned downloads through the same engine, with no HasOffers credentials attached.
 */
export function createRawLogTransport(rpc: Rpc): RawLogTransport {
  return {
    call: (method, params, options) => rpc.call("RawLog", method, params, options),
    download: (url, options) => rpc.download(url, options),
  };
}
