import { describe, expect, test } from "vitest";
import { createHasOffersClient } from "../src/index.js";

/** A fetch that records each request and answers with an empty success envelope. */
function recorder() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify({ response: { status: 1, data: [] } }), {
      headers: { "content-type": "application/json" },
    });
  };
  return { requests, fetch };
}

const params = (request: Request) => [...new URL(request.url).searchParams];

describe("createHasOffersClient", () => {
  test("sends a pseudo-path /Target/Method as the RPC request on the network's own host", async () => {
    const { requests, fetch } = recorder();
    const client = createHasOffersClient({ networkId: "demo", networkToken: "NETsecret", fetch });
    await client.GET("/Advertiser/findAllIds", {});
    const [request] = requests;
    expect(request?.method).toBe("GET");
    const url = new URL(request?.url ?? "");
    expect(url.origin + url.pathname).toBe("https://demo.api.hasoffers.com/Apiv3/json");
    expect(params(request as Request)).toEqual([
      ["NetworkId", "demo"],
      ["NetworkToken", "NETsecret"],
      ["Target", "Advertiser"],
      ["Method", "findAllIds"],
    ]);
  });

  test("appends the method's parameters with PHP-style brackets, dropping null and undefined", async () => {
    const { requests, fetch } = recorder();
    const client = createHasOffersClient({ networkId: "demo", networkToken: "NETsecret", fetch });
    await client.GET("/Offer/findAll", {
      params: {
        query: {
          filters: { status: "active", id: { GREATER_THAN: 100 }, OR: { currency: ["USD", "EUR"] } },
          sort: { "Offer.id": "desc" },
          limit: 50,
          page: undefined,
          fields: ["id", "name"],
        },
      },
    });
    expect(params(requests[0] as Request).slice(4)).toEqual([
      ["filters[status]", "active"],
      ["filters[id][GREATER_THAN]", "100"],
      ["filters[OR][currency][]", "USD"],
      ["filters[OR][currency][]", "EUR"],
      ["sort[Offer.id]", "desc"],
      ["limit", "50"],
      ["fields[]", "id"],
      ["fields[]", "name"],
    ]);
  });

  test("an explicit endpoint replaces the default host; a trailing slash is ignored", async () => {
    const { requests, fetch } = recorder();
    const client = createHasOffersClient({
      networkId: "demo",
      networkToken: "NETsecret",
      endpoint: "http://127.0.0.1:8080/Apiv3/json/",
      fetch,
    });
    await client.GET("/Offer/findById", { params: { query: { id: 62 } } });
    expect(requests[0]?.url).toBe(
      "http://127.0.0.1:8080/Apiv3/json?NetworkId=demo&NetworkToken=NETsecret&Target=Offer&Method=findById&id=62",
    );
  });

  test("an endpoint that already has a query string keeps it", async () => {
    const { requests, fetch } = recorder();
    const client = createHasOffersClient({
      networkId: "demo",
      networkToken: "NETsecret",
      endpoint: "http://127.0.0.1:8080/api?Format=json",
      fetch,
    });
    await client.GET("/Offer/findById", { params: { query: { id: 1 } } });
    expect(requests[0]?.url).toBe(
      "http://127.0.0.1:8080/api?Format=json&NetworkId=demo&NetworkToken=NETsecret&Target=Offer&Method=findById&id=1",
    );
  });

  test("URL-encodes the credentials", async () => {
    const { requests, fetch } = recorder();
    const client = createHasOffersClient({
      networkId: "my net",
      networkToken: "NET a&b",
      endpoint: "http://x.test/j",
      fetch,
    });
    await client.GET("/Advertiser/findAllIds", {});
    expect(params(requests[0] as Request).slice(0, 2)).toEqual([
      ["NetworkId", "my net"],
      ["NetworkToken", "NET a&b"],
    ]);
  });

  test("an upload keeps every parameter in the query string and sends the file as multipart", async () => {
    const { requests, fetch } = recorder();
    const client = createHasOffersClient({ networkId: "demo", networkToken: "NETsecret", fetch });
    const form = new FormData();
    form.append("a.jpg", new Blob([new Uint8Array([1, 2, 3])]), "a.jpg");
    await client.POST("/OfferFile/create", {
      params: { query: { data: { filename: "a.jpg", type: "offer thumbnail", offer_id: 438 } } },
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    });
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(params(request as Request).slice(2)).toEqual([
      ["Target", "OfferFile"],
      ["Method", "create"],
      ["data[filename]", "a.jpg"],
      ["data[type]", "offer thumbnail"],
      ["data[offer_id]", "438"],
    ]);
    expect(request?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const body = await request?.formData();
    expect(body?.get("a.jpg")).toBeInstanceOf(Blob);
  });

  test("refuses to build a client without credentials", () => {
    expect(() => createHasOffersClient({ networkId: "", networkToken: "NETx" })).toThrow(TypeError);
    expect(() => createHasOffersClient({ networkId: "demo", networkToken: "" })).toThrow(TypeError);
  });

  test("builds real Requests by default, so a plain fetch can send them as they are", async () => {
    const { requests, fetch } = recorder();
    const client = createHasOffersClient({ networkId: "demo", networkToken: "NETsecret", fetch });
    await client.GET("/Offer/findById", { params: { query: { id: 62 } } });
    expect(requests[0]).toBeInstanceOf(Request);
  });

  test("keeps the RPC URL rewrite on a Request class it is given", async () => {
    /** Records the constructor's arguments only, as a stand-in class for a fetch that takes them apart. */
    class Recorded {
      constructor(
        readonly url: string,
        readonly init: RequestInit,
      ) {}
    }
    const seen: unknown[] = [];
    const client = createHasOffersClient({
      networkId: "demo",
      networkToken: "NETsecret",
      Request: Recorded as unknown as typeof Request,
      fetch: async (request: Request) => {
        seen.push(request);
        return new Response(null, { status: 204 });
      },
    });
    await client.GET("/Offer/findById", { params: { query: { id: 62 } } });
    expect(seen[0]).toBeInstanceOf(Recorded);
    expect((seen[0] as Recorded).url).toBe(
      "https://demo.api.hasoffers.com/Apiv3/json?NetworkId=demo&NetworkToken=NETsecret&Target=Offer&Method=findById&id=62",
    );
  });
});
