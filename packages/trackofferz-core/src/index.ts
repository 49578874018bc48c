import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./generated/schema.js";

export type { components, operations, paths } from "./generated/schema.js";

/** Options of {@link createTrackOfferzClient}: openapi-fetch's, plus the API key. */
export interface TrackOfferzClientOptions extends ClientOptions {
  /** A TrackOfferz secret key (`tofz_sk_…`), sent as `Authorization: Bearer <key>`. */
  apiKey?: string;
}

/** The typed low-level client: `client.GET("/reports/summary", { params: { query: { from, to } } })`. */
export type TrackOfferzClient = Client<paths>;

/**
 * Creates the low-level TrackOfferz client: openapi-fetch over the types generated from
 * `specs/trackofferz.openapi.yaml`. Base URL defaults to `https://trackofferz.com/api/v1`.
 */
export function createTrackOfferzClient(options: TrackOfferzClientOptions = {}): TrackOfferzClient {
  const { apiKey, baseUrl = "https://trackofferz.com/api/v1", headers, ...rest } = options;
  const auth: Record<string, string> = apiKey ? { Authorization: `Bearer ${apiKey}` } : {};
  return createClient<paths>({
    ...rest,
    baseUrl,
    headers: { ...auth, ...(headers as Record<string, string>) },
  });
}

export { type GetPath, type GetQuery, requestUrl } from "./request-url.js";
