import { encodePhpQuery } from "./php-query.js";

/** Where and as whom to call: the network, its key and optionally its API URL. */
export interface RpcEndpointOptions {
  /** The network id (`NetworkId`); also names the default endpoint's host. */
  networkId: string;
  /** The network API key (`NetworkToken`, `NET…`). */
  networkToken: string;
  /** The API URL. Default `https://<networkId>.api.hasoffers.com/Apiv3/json`. */
  endpoint?: string | undefined;
}

/** Builds the URL of one RPC call; see {@link createRpcUrl}. */
export interface RpcUrl {
  (target: string, method: string, params?: Record<string, unknown>): string;
  /** The API URL the builder writes, without a trailing slash ({@link rpcEndpoint}). */
  readonly endpoint: string;
}

/**
 * The API URL of a network, without a trailing slash: `endpoint` when given, else the network's own host.
 *
 * @throws TypeError when `endpoint` is given but is not a string (its value is not quoted: it may be a secret
 * passed in the wrong place).
 */
export function rpcEndpoint(networkId: string, endpoint?: string): string {
  if (endpoint !== undefined && typeof endpoint !== "string")
    throw new TypeError(
      `endpoint must be the API URL as a string, got ${endpoint === null ? "null" : typeof endpoint}`,
    );
  return (endpoint ?? `https://${encodeURIComponent(networkId)}.api.hasoffers.com/Apiv3/json`).replace(
    /\/+$/,
    "",
  );
}

/**
 * The URL builder of one network: `(target, method, params)` gives
 * `<endpoint>?NetworkId=…&NetworkToken=…&Target=…&Method=…&<params>`, the parameters PHP-bracket encoded
 * ({@link encodePhpQuery}). `target` and `method` must be names (letters, digits, `_`); they are written as they are.
 * The credentials live only in the returned closure; its `endpoint` is the API URL it writes.
 *
 * For callers that send requests themselves (the `@offerkit/hasoffers` SDK sends every call this way through its own
 * engine); {@link createHasOffersClient} uses the same builder behind openapi-fetch.
 *
 * @throws RangeError from the builder for a parameter that has no spelling: an invalid `Date`, a cyclic object.
 * (A lone surrogate does not throw: the encoder writes U+FFFD for it.)
 * @example createRpcUrl({ networkId, networkToken })("Offer", "findById", { id: 62 })
 */
export function createRpcUrl({ networkId, networkToken, endpoint }: RpcEndpointOptions): RpcUrl {
  const base = rpcEndpoint(networkId, endpoint);
  const prefix = `${base}${base.includes("?") ? "&" : "?"}NetworkId=${encodeURIComponent(networkId)}&NetworkToken=${encodeURIComponent(networkToken)}`;
  const url = (target: string, method: string, params?: Record<string, unknown>) => {
    const query = params ? encodePhpQuery(params) : "";
    return `${prefix}&Target=${target}&Method=${method}${query && `&${query}`}`;
  };
  return Object.assign(url, { endpoint: base });
}
