import type { CallOptions } from "@offerkit/request-engine";

/**
 * What the raw-log reader needs from a HasOffers client (`ho.rawLogTransport`): `RawLog` RPC calls and downloads
 * of presigned links, both through the client's request engine (auth, retries, timeouts, redaction).
 */
export interface RawLogTransport {
  /** Performs `Target=RawLog&Method=<method>` with `params`; resolves to the envelope's decoded `data`. */
  call(method: string, params: Record<string, unknown>, options?: CallOptions): Promise<unknown>;
  /** Downloads a presigned link; resolves to the body once the answer is a success. */
  download(url: string, options?: CallOptions): Promise<ReadableStream<Uint8Array>>;
}
