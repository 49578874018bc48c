import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { encodePhpQuery } from "./php-query.js";
import { createRpcUrl, type RpcEndpointOptions } from "./rpc-url.js";

export type { components, operations, paths } from "./generated/schema.js";
export { encodePhpQuery } from "./php-query.js";
export { createRpcUrl, type RpcEndpointOptions, type RpcUrl, rpcEndpoint } from "./rpc-url.js";

/** Options of {@link createHasOffersClient}. */
export interface HasOffersClientOptions
  extends Omit<ClientOptions, "baseUrl" | "querySerializer">,
    RpcEndpointOptions {}

/** The typed low-level client: `client.GET("/Offer/findById", { params: { query: { id: 62 } } })`. */
export type HasOffersClient = Client<paths>;

/**
 * Creates the low-level HasOffers client: openapi-fetch over the types generated from `specs/hasoffers.openapi.yaml`.
 * Every `Target`/`Method` is a pseudo-path `/Target/Method` in the spec; this client sends it as the real RPC request
 * `<endpoint>?NetworkId=…&NetworkToken=…&Target=…&Method=…&<params>` with PHP-style bracket encoding.
 */
export function createHasOffersClient(options: HasOffersClientOptions): HasOffersClient {
  const { networkId, networkToken, endpoint: given, Request: Base = globalThis.Request, ...rest } = options;
  if (!networkId || !networkToken)
    throw new TypeError("createHasOffersClient needs networkId and networkToken");
  const rpcUrl = createRpcUrl({ networkId, networkToken, endpoint: given });
  const { endpoint } = rpcUrl;

  /** `<endpoint>/Target/Method?rest` -> `<endpoint>?NetworkId…&Target=Target&Method=Method&rest`. */
  const toRpcUrl = (url: string): string => {
    if (!url.startsWith(`${endpoint}/`)) return url;
    const tail = url.slice(endpoint.length + 1);
    const q = tail.indexOf("?");
    const [target = "", method = ""] = (q === -1 ? tail : tail.slice(0, q)).split("/");
    const query = q === -1 ? "" : `&${tail.slice(q + 1)}`;
    return rpcUrl(target, method) + query;
  };

  // Extends the class given (default the real `Request`), so a caller that replaces it keeps the URL rewrite.
  class RpcRequest extends Base {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === "string" ? toRpcUrl(input) : input, init);
    }
  }

  return createClient<paths>({
    ...rest,
    baseUrl: endpoint,
    Request: RpcRequest,
    querySerializer: (query) => encodePhpQuery(query as Record<string, unknown>),
  });
}
