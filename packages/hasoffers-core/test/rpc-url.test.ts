import { describe, expect, test } from "vitest";
import { createRpcUrl } from "../src/index.js";

const credentials = { networkId: "demo", networkToken: "NETsecret" };

describe("createRpcUrl", () => {
  test("writes the network's host, the credentials, Target, Method and the PHP-encoded parameters", () => {
    const url = createRpcUrl(credentials);
    expect(url.endpoint).toBe("https://demo.api.hasoffers.com/Apiv3/json");
    expect(url("Offer", "findAll", { filters: { status: "active" }, limit: 10, page: undefined })).toBe(
      "https://demo.api.hasoffers.com/Apiv3/json?NetworkId=demo&NetworkToken=NETsecret&Target=Offer&Method=findAll&filters[status]=active&limit=10",
    );
    expect(url("Advertiser", "findAllIds")).toBe(
      "https://demo.api.hasoffers.com/Apiv3/json?NetworkId=demo&NetworkToken=NETsecret&Target=Advertiser&Method=findAllIds",
    );
  });

  test("a given endpoint loses its trailing slashes and keeps a query of its own", () => {
    expect(createRpcUrl({ ...credentials, endpoint: "http://127.0.0.1:9/Apiv3/json//" }).endpoint).toBe(
      "http://127.0.0.1:9/Apiv3/json",
    );
    const url = createRpcUrl({ ...credentials, endpoint: "http://127.0.0.1:9/api?tenant=a" });
    expect(url("Offer", "findById", { id: 62 })).toBe(
      "http://127.0.0.1:9/api?tenant=a&NetworkId=demo&NetworkToken=NETsecret&Target=Offer&Method=findById&id=62",
    );
  });

  test("a parameter with no spelling throws before anything is sent", () => {
    const url = createRpcUrl(credentials);
    expect(() => url("Offer", "findAll", { when: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe("rpcEndpoint", () => {
  test("an endpoint that is not a string is refused by name, its value not quoted", () => {
    expect(() => createRpcUrl({ ...credentials, endpoint: 42 as never })).toThrow(
      "endpoint must be the API URL as a string, got number",
    );
    expect(() => createRpcUrl({ ...credentials, endpoint: { secret: "NETx" } as never })).toThrow(
      /got object$/,
    );
  });
});
