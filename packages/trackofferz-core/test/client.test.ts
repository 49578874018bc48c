import { createTrackOfferzClient } from "@offerkit/trackofferz-core";
import { describe, expect, test } from "vitest";

describe("createTrackOfferzClient", () => {
  test("builds typed requests against the default base URL with the Bearer key", async () => {
    const seen: Request[] = [];
    const client = createTrackOfferzClient({
      apiKey: "tofz_sk_core",
      fetch: async (request: Request) => {
        seen.push(request);
        return Response.json({ ok: true });
      },
    });
    await client.GET("/reports/clicks", { params: { query: { campaign_id: 5, page: 2, page_size: 1000 } } });
    expect(seen[0]?.url).toBe(
      "https://trackofferz.com/api/v1/reports/clicks?campaign_id=5&page=2&page_size=1000",
    );
    expect(seen[0]?.headers.get("authorization")).toBe("Bearer tofz_sk_core");
  });

  test("sends the conversion body as JSON to a custom base URL", async () => {
    const seen: Request[] = [];
    const client = createTrackOfferzClient({
      baseUrl: "http://127.0.0.1:9/api/v1",
      fetch: async (request: Request) => {
        seen.push(request);
        return Response.json({ status: "approved", conversion_id: 1, duplicate: false }, { status: 201 });
      },
    });
    const { data } = await client.POST("/conversions", {
      body: { transaction_id: "click_1", payout_cents: 1250 },
    });
    expect(data).toEqual({ status: "approved", conversion_id: 1, duplicate: false });
    expect(seen[0]?.url).toBe("http://127.0.0.1:9/api/v1/conversions");
    expect(await seen[0]?.json()).toEqual({ transaction_id: "click_1", payout_cents: 1250 });
    expect(seen[0]?.headers.get("authorization")).toBeNull();
  });

  test("builds real Requests by default, so a plain fetch can send them as they are", async () => {
    const seen: unknown[] = [];
    const client = createTrackOfferzClient({
      apiKey: "tofz_sk_core",
      fetch: async (request: Request) => {
        seen.push(request);
        return Response.json({ ok: true });
      },
    });
    await client.GET("/reports/summary", { params: { query: { from: "2026-06-01", to: "2026-06-30" } } });
    expect(seen[0]).toBeInstanceOf(Request);
  });

  test("builds each request with the Request class it is given", async () => {
    /** Records the constructor's arguments only, as a stand-in class for a fetch that takes them apart. */
    class Recorded {
      constructor(
        readonly url: string,
        readonly init: RequestInit,
      ) {}
    }
    const seen: unknown[] = [];
    const client = createTrackOfferzClient({
      apiKey: "tofz_sk_core",
      Request: Recorded as unknown as typeof Request,
      fetch: async (request: Request) => {
        seen.push(request);
        return new Response(null, { status: 204 });
      },
    });
    await client.GET("/reports/summary", { params: { query: { from: "2026-06-01", to: "2026-06-30" } } });
    expect(seen[0]).toBeInstanceOf(Recorded);
    const { url, init } = seen[0] as Recorded;
    expect(url).toBe("https://trackofferz.com/api/v1/reports/summary?from=2026-06-01&to=2026-06-30");
    expect(init.method).toBe("GET");
    expect(new Headers(init.headers).get("authorization")).toBe("Bearer tofz_sk_core");
  });
});
