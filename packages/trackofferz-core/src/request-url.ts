import type { paths } from "./generated/schema.js";

/** The spec's paths that answer `GET`. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

/** The query parameters of a `GET` path, as the spec types them. */
export type GetQuery<P extends GetPath> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? Q
  : never;

/**
 * The URL of one operation: `baseUrl + path` and the query, encoded the way openapi-fetch's default serializer
 * does for this spec's flat parameters (`name=value` with `encodeURIComponent`, an array as repeated names,
 * `undefined` and `null` left out). Typed against the generated `paths`, so a spec change that renames or drops a
 * parameter fails the caller's build.
 *
 * For callers that send requests themselves (the `@offerkit/trackofferz` SDK builds every URL with it and sends it
 * through its own engine, without openapi-fetch's runtime).
 *
 * @throws URIError for a string holding a lone surrogate (it has no UTF-8 spelling).
 * @example requestUrl(baseUrl, "/reports/summary", { from: "2026-06-01", to: "2026-06-30" })
 */
export function requestUrl<P extends GetPath>(baseUrl: string, path: P, query?: GetQuery<P>): string {
  const params = (query ?? {}) as Record<string, unknown>;
  let search = "";
  for (const name in params) {
    const value = params[name];
    if (value == null) continue;
    for (const item of Array.isArray(value) ? value : [value])
      search += `${search ? "&" : "?"}${encodeURIComponent(name)}=${encodeURIComponent(item as string)}`;
  }
  return baseUrl + path + search;
}
