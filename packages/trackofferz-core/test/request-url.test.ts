import { createTrackOfferzClient, requestUrl } from "@offerkit/trackofferz-core";
import { describe, expect, test } from "vitest";

const base = "http://127.0.0.1:9/api/v1";

/** The URL openapi-fetch itself builds for the same call. */
async function openapiFetchUrl(path: string, query: Record<string, unknown>): Promise<string> {
  let url = "";
  const client = createTrackOfferzClient({
    baseUrl: base,
    fetch: async (request: Request) => {
      url = request.url;
      return Response.json({});
    },
  });
  await client.GET(path as never, { params: { query } } as never);
  return url;
}

describe("requestUrl", () => {
  test.each([
    ["/reports/summary", { from: "2026-06-01", to: "2026-06-30" }],
    ["/reports/clicks", { campaign_id: 5, page: 2, page_size: 1000 }],
    ["/reports/breakdown", { from: "2026-06-01", to: "2026-06-30", group_by: "day", campaign_id: undefined }],
    ["/reports/conversions", { status: "approved", page: 1, affiliate_id: null }],
    ["/reports/summary", {}],
  ])("builds the URL openapi-fetch builds for %s %o", async (path, query) => {
    expect(requestUrl(base, path as "/reports/summary", query as never)).toBe(
      await openapiFetchUrl(path, query),
    );
  });

  test("percent-encodes names and values like encodeURIComponent, arrays as repeated names", () => {
    expect(requestUrl(base, "/reports/clicks", { sub1: "a b&c=d/é", tags: ["x", "y z"] } as never)).toBe(
      `${base}/reports/clicks?sub1=a%20b%26c%3Dd%2F%C3%A9&tags=x&tags=y%20z`,
    );
  });

  test("a lone surrogate cannot be encoded and throws before anything is sent", () => {
    expect(() => requestUrl(base, "/reports/clicks", { sub1: "\ud800" } as never)).toThrow(URIError);
  });
});
