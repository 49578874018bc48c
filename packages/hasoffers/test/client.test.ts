import { inspect } from "node:util";
import { AuthenticationError, ConnectionError, ValidationError } from "@offerkit/errors";
import { describe, expect, test, vi } from "vitest";
import { HasOffers, HasOffersError, orderedKeys, orderedValues } from "../src/index.js";
import { isWriteMethod } from "../src/internal/rpc.js";
import { answering, client, failed, fakeFetch, json, ok, TOKEN } from "./helpers/fake-fetch.js";

describe("endpoint and credentials", () => {
  test("defaults to https://<networkId>.api.hasoffers.com/Apiv3/json and sends the credentials in the query", async () => {
    const { ho, calls } = answering([]);
    await ho.advertisers.findAllIds();
    expect(ho.endpoint).toBe("https://demo.api.hasoffers.com/Apiv3/json");
    expect(`${calls[0]?.url.origin}${calls[0]?.url.pathname}`).toBe(ho.endpoint);
    const query = calls[0]?.url.searchParams;
    expect([
      query?.get("NetworkId"),
      query?.get("NetworkToken"),
      query?.get("Target"),
      query?.get("Method"),
    ]).toEqual(["demo", TOKEN, "Advertiser", "findAllIds"]);
    expect(calls[0]?.method).toBe("GET");
  });

  test("endpoint overrides it", async () => {
    const { ho, calls } = answering([], { endpoint: "http://127.0.0.1:9/Apiv3/json" });
    await ho.offers.findAllIds();
    expect(calls[0]?.url.href.startsWith("http://127.0.0.1:9/Apiv3/json?NetworkId=demo&NetworkToken=")).toBe(
      true,
    );
  });

  test.each([
    [{ networkId: "", networkToken: TOKEN }, "networkId"],
    [{ networkId: "demo", networkToken: "" }, "networkToken"],
    [{ networkId: "demo" }, "networkToken"],
  ])("refuses missing credentials (%o)", (options, param) => {
    expect(() => new HasOffers(options as never)).toThrow(ValidationError);
    try {
      new HasOffers(options as never);
    } catch (error) {
      expect((error as ValidationError).param).toBe(param);
    }
  });
});

describe("the NetworkToken never shows", () => {
  test("not in util.inspect, JSON.stringify or String of the client or its managers", () => {
    const ho = client(fakeFetch(() => ok([])).fetch);
    for (const text of [
      inspect(ho, { depth: 10, showHidden: true }),
      JSON.stringify(ho),
      String(ho),
      `${ho}`,
      inspect(ho.offers, { depth: 10, showHidden: true }),
      JSON.stringify(ho.offers),
      inspect(ho.rawLogTransport, { depth: 10 }),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(JSON.parse(JSON.stringify(ho))).toEqual({
      networkId: "demo",
      endpoint: "https://demo.api.hasoffers.com/Apiv3/json",
    });
    expect(String(ho)).toBe("HasOffers(demo)");
  });

  test("not in any log line, at debug level, although the server echoes it in every body", async () => {
    const lines: string[] = [];
    const logger = {
      debug: (...a: unknown[]) => lines.push(a.map(String).join(" ")),
      info: (...a: unknown[]) => lines.push(a.map(String).join(" ")),
      warn: (...a: unknown[]) => lines.push(a.map(String).join(" ")),
      error: (...a: unknown[]) => lines.push(a.map(String).join(" ")),
    };
    const api = fakeFetch((_s, i) => (i === 0 ? new Response("", { status: 503 }) : ok(["1"])));
    vi.useFakeTimers();
    try {
      const run = client(api.fetch, { logger, logLevel: "debug" }).offers.findAllIds();
      await vi.advanceTimersByTimeAsync(10_000);
      await run;
    } finally {
      vi.useRealTimers();
    }
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.some((line) => line.includes("NetworkToken=[REDACTED]"))).toBe(true);
    for (const line of lines) expect(line).not.toContain(TOKEN);
  });

  test("the log level filters", async () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    await client(fakeFetch(() => ok([])).fetch, { logger, logLevel: "info" }).offers.findAllIds();
    expect(logger.debug).not.toHaveBeenCalled();
    await client(fakeFetch(() => ok([])).fetch, { logger, logLevel: "debug" }).offers.findAllIds();
    expect(logger.debug).toHaveBeenCalled();
  });

  test("not in hook events", async () => {
    const events: unknown[] = [];
    const hooks = { onRequest: (e: unknown) => events.push(e), onResponse: (e: unknown) => events.push(e) };
    await client(fakeFetch(() => ok([])).fetch, { hooks }).offers.findAllIds();
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });

  test("not in errors: message, JSON, inspect, stack or cause", async () => {
    const text = `NetworkToken ${TOKEN} is not authenticated`;
    const auth = await answeringFailure(text)
      .offers.findAllIds()
      .catch((e: unknown) => e);
    const connection = await client(
      (async (url: string) => {
        throw new TypeError(`connect failed to ${url}`);
      }) as never,
      { maxRetries: 0 },
    )
      .offers.findAllIds()
      .catch((e: unknown) => e);
    expect(auth).toBeInstanceOf(AuthenticationError);
    expect(connection).toBeInstanceOf(ConnectionError);
    for (const error of [auth, connection]) {
      expect(error).toBeInstanceOf(HasOffersError);
      const e = error as Error;
      for (const shown of [
        e.message,
        JSON.stringify(e),
        inspect(e, { depth: 10 }),
        e.stack ?? "",
        String(e.cause),
      ]) {
        expect(shown).not.toContain(TOKEN);
      }
    }
  });
});

function answeringFailure(text: string) {
  return client(fakeFetch(() => failed([{ publicMessage: text }], text)).fetch);
}

describe("ho.call", () => {
  test("calls any Target/Method with PHP-style parameters and returns the raw data", async () => {
    const { ho, calls } = answering({ 3: { OfferCategory: { id: "3" } } });
    const data = await ho.call("Application", "findAllOfferCategories", {
      filters: { status: "active" },
      fields: ["id"],
    });
    expect(data).toEqual({ 3: { OfferCategory: { id: "3" } } });
    expect(calls[0]?.target).toBe("Application");
    expect(calls[0]?.params).toEqual([
      ["filters[status]", "active"],
      ["fields[]", "id"],
    ]);
  });

  test("orderedKeys and orderedValues give an id map of the raw data in the server's order", async () => {
    // Written by hand: JSON.stringify of an object would put the integer keys in ascending order.
    const text =
      '{"request":{},"response":{"status":1,"httpStatus":200,"errors":[],"errorMessage":null,"data":' +
      '{"page":1,"count":3,"data":{"30":{"Employee":{"id":"30"}},"20":{"Employee":{"id":"20"}},' +
      '"10":{"Employee":{"id":"10"}}}}}}';
    const ho = client(fakeFetch(() => json(text)).fetch);
    const page = await ho.call<{ data: object }>("Employee", "findAll", { sort: { id: "desc" } });
    expect(Object.keys(page.data)).toEqual(["10", "20", "30"]);
    expect(orderedKeys(page.data)).toEqual(["30", "20", "10"]);
    expect(orderedValues(page.data)).toEqual([
      { Employee: { id: "30" } },
      { Employee: { id: "20" } },
      { Employee: { id: "10" } },
    ]);
    // Any other object: its own keys.
    expect(orderedKeys({ b: 1, 2: 2, a: 3 })).toEqual(["2", "b", "a"]);
  });

  test("the issue's example: the raw data of Advertiser.findAllIds", async () => {
    expect(await answering(["1", "2"]).ho.call("Advertiser", "findAllIds")).toEqual(["1", "2"]);
  });

  test("refuses a target or method that is not a plain name", async () => {
    const { ho, calls } = answering([]);
    await expect(ho.call("Offer&Method=x", "findAll")).rejects.toBeInstanceOf(ValidationError);
    await expect(ho.call("Offer", "find/All")).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
  });

  test("errors arrive typed, as everywhere", async () => {
    await expect(answeringFailure("Row id is negative").call("Offer", "addCategory")).rejects.toMatchObject({
      name: "APIError",
      message: "Row id is negative",
    });
  });
});

describe("write detection", () => {
  test.each([
    "create",
    "update",
    "updateField",
    "block",
    "unblockAffiliate",
    "addCategory",
    "setForOffer",
    "removeFromOffer",
    "signup",
  ])("%s is a write", (method) => expect(isWriteMethod(method)).toBe(true));
  test.each([
    "findAll",
    "findById",
    "findAllIds",
    "getCategories",
    "generateTrackingLink",
    "listLogs",
    "getStats",
  ])("%s is a read", (method) => expect(isWriteMethod(method)).toBe(false));
});
