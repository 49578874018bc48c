import { createHasOffersClient, createRpcUrl } from "@offerkit/hasoffers-core";
import { createRedactor, RequestEngine } from "@offerkit/request-engine";
import { describe, expect, test } from "vitest";
import { HasOffers } from "../src/index.js";
import { Rpc } from "../src/internal/rpc.js";

const ENDPOINT = "http://127.0.0.1:9/Apiv3/json";
const credentials = { networkId: "demo", networkToken: "NETlight" };
const envelope = { response: { status: 1, data: { Offer: { id: "62", name: "Offer 62" } }, errors: [] } };

/** What reached the network, read the same way whether fetch got a Request or a URL and init. */
function wire(input: RequestInfo | URL, init?: RequestInit) {
  const request = new Request(input, init);
  const { "content-type": type = "", ...headers } = Object.fromEntries(request.headers);
  // A multipart boundary is random: the media type and the parts are compared instead.
  return { url: request.url, method: request.method, headers, type: type.split(";")[0], form: form(request) };
}

async function form(request: Request) {
  if (!request.body) return [];
  const parts = [...(await request.formData())];
  return Promise.all(
    parts.map(async ([name, value]) => [name, typeof value === "string" ? value : await value.text()]),
  );
}

/** Records every request a fetch receives and answers each with the envelope. */
function recorder() {
  const seen: ReturnType<typeof wire>[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(wire(input, init));
    return Response.json(envelope);
  };
  return { seen, fetch };
}

const settled = async (seen: ReturnType<typeof wire>[]) =>
  Promise.all(seen.map(async (request) => ({ ...request, form: await request.form })));

// The SDK builds its requests with the core's URL builder and sends them through its engine, without openapi-fetch's
// runtime (bench/findings.md §1, §4): what goes out must be what the core's openapi-fetch client, with real
// Requests and a plain fetch, sends for the same call.
describe("the SDK's requests match the core's openapi-fetch client's", () => {
  test("a GET RPC call", async () => {
    const sdk = recorder();
    const ho = new HasOffers({
      ...credentials,
      endpoint: ENDPOINT,
      fetch: sdk.fetch,
      maxRetries: 0,
      pacing: false,
    });
    await ho.offers.findById(62).catch(() => undefined);
    const plain = recorder();
    await createHasOffersClient({ ...credentials, endpoint: ENDPOINT, fetch: plain.fetch }).GET(
      "/Offer/findById",
      {
        params: { query: { id: 62 } },
      },
    );
    expect(await settled(sdk.seen)).toEqual(await settled(plain.seen));
    expect(sdk.seen[0]?.url).toContain("Target=Offer&Method=findById&id=62");
  });

  test("a multipart POST", async () => {
    const upload = () => {
      const body = new FormData();
      body.append("a.csv", new Blob(["x,y"]), "a.csv");
      return body;
    };
    const params = { data: { filename: "a.csv" } };
    const sdk = recorder();
    const engine = new RequestEngine({ sdk: "hasoffers", fetch: sdk.fetch, maxRetries: 0 });
    const settings = { redact: createRedactor([]), retryDelay: 0, random: Math.random, now: Date.now };
    await new Rpc(engine, createRpcUrl({ ...credentials, endpoint: ENDPOINT }), settings)
      .call("OfferFile", "create", params, { form: upload() })
      .catch(() => undefined);
    const plain = recorder();
    await createHasOffersClient({ ...credentials, endpoint: ENDPOINT, fetch: plain.fetch }).POST(
      "/OfferFile/create" as never,
      { params: { query: params }, body: upload(), bodySerializer: (body: unknown) => body } as never,
    );
    const sent = await settled(sdk.seen);
    expect(sent).toEqual(await settled(plain.seen));
    expect(sent[0]).toMatchObject({ method: "POST", type: "multipart/form-data", form: [["a.csv", "x,y"]] });
  });
});

describe("a call whose parameters cannot be encoded", () => {
  test("rejects with a ValidationError, sends nothing, and the token is not in it", async () => {
    const { seen, fetch } = recorder();
    const engine = new RequestEngine({ sdk: "hasoffers", fetch, maxRetries: 0 });
    const settings = {
      redact: createRedactor([credentials.networkToken]),
      retryDelay: 0,
      random: Math.random,
      now: Date.now,
    };
    const rpc = new Rpc(engine, createRpcUrl({ ...credentials, endpoint: ENDPOINT }), settings);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const params of [{ when: new Date(Number.NaN) }, { data: cycle }]) {
      const error = await rpc.call("Offer", "findAll", params).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "ValidationError", code: "invalid_request", sdk: "hasoffers" });
      expect(JSON.stringify(error)).not.toContain(credentials.networkToken);
    }
    expect(seen).toEqual([]);
  });
});
