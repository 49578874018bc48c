import { ValidationError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { HasOffers, HasOffersError } from "../src/index.js";
import { answering, client, fakeFetch, ok, TOKEN } from "./helpers/fake-fetch.js";

/**
 * Expects `run()` to reject (not throw synchronously) with this SDK's `ValidationError` for `param`, having sent
 * nothing.
 */
async function expectRefused(
  run: (ho: HasOffers) => Promise<unknown>,
  param: string,
  code: string,
): Promise<ValidationError> {
  const { ho, calls } = answering(null);
  let promise: Promise<unknown> | undefined;
  expect(() => {
    promise = run(ho);
  }).not.toThrow();
  const error = await promise!.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect(error).toBeInstanceOf(HasOffersError);
  expect(error).toMatchObject({ param, code });
  expect(calls).toHaveLength(0);
  return error as ValidationError;
}

/** Expects `new HasOffers(options)` to throw this SDK's `ValidationError` naming `param`. */
function expectBadOption(options: object, param: string): void {
  let error: unknown;
  try {
    new HasOffers({
      networkId: "demo",
      networkToken: TOKEN,
      fetch: fakeFetch(() => ok(null)).fetch,
      ...options,
    });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ValidationError);
  expect(error).toBeInstanceOf(HasOffersError);
  expect(error).toMatchObject({ param, code: "invalid_option" });
}

describe("ids", () => {
  test("a BigInt id is refused, not a serialisation TypeError", async () => {
    const error = await expectRefused((ho) => ho.offers.findById(1n as never), "id", "invalid_id");
    expect(error.message).toBe("Invalid id 1n");
  });

  test("a BigInt among findAllByIds' ids is refused", async () => {
    await expectRefused((ho) => ho.offers.findAllByIds([1, 2n as never]), "ids", "invalid_id");
  });

  test("an id object whose toJSON throws is refused without calling it", async () => {
    let called = false;
    const evil = {
      toJSON() {
        called = true;
        throw new Error("toJSON");
      },
    };
    await expectRefused((ho) => ho.offers.findById(evil as never), "id", "invalid_id");
    expect(called).toBe(false);
  });

  test("findAllByIds(null) is refused: ids must be an array", async () => {
    await expectRefused((ho) => ho.offers.findAllByIds(null as never), "ids", "invalid_parameter");
  });
});

describe("options objects", () => {
  test("findAll(null) is refused", async () => {
    await expectRefused((ho) => ho.offers.findAll(null as never), "options", "invalid_parameter");
  });

  test("count(null) and a scoped finder's null options are refused", async () => {
    await expectRefused((ho) => ho.offers.count(null as never), "options", "invalid_parameter");
    await expectRefused((ho) => ho.offers.findConversions(1, null as never), "options", "invalid_parameter");
  });

  test("iterate(null) rejects its first next()", async () => {
    await expectRefused((ho) => ho.offers.iterate(null as never).next(), "options", "invalid_parameter");
  });
});

describe("sort", () => {
  test.each([
    ["[null]", [null]],
    ["null", null],
    ["a number", 42],
    ["an object", { id: "desc" }],
    ["a list holding a list", ["name", ["id"]]],
  ])("%s is refused as invalid_sort", async (_, sort) => {
    await expectRefused((ho) => ho.offers.findAll({ sort: sort as never }), "sort", "invalid_sort");
  });

  test("a report's malformed sort is refused too", async () => {
    await expectRefused(
      (ho) => ho.reports.getStats({ fields: ["Stat.clicks"], sort: [undefined] as never }),
      "sort",
      "invalid_sort",
    );
  });

  test("blank keys are still skipped and strings still encoded", async () => {
    const { ho, calls } = answering([]);
    await ho.offers.findAll({ sort: ["-id", " " as never, "name"] });
    expect(calls[0]?.params).toEqual([
      ["sort[Offer.id]", "desc"],
      ["sort[Offer.name]", "asc"],
    ]);
  });
});

describe("client options", () => {
  test("an endpoint that is not a string is refused by name", () => {
    expectBadOption({ endpoint: 42 }, "endpoint");
    expectBadOption({ endpoint: " " }, "endpoint");
  });

  test.each([Number.NaN, -1, Number.POSITIVE_INFINITY, "3000"])(
    "retryDelay %j is refused by name",
    (retryDelay) => {
      expectBadOption({ retryDelay }, "retryDelay");
    },
  );

  test("retryDelay 0 is allowed", () => {
    expect(() => client(fakeFetch(() => ok(null)).fetch, { retryDelay: 0 })).not.toThrow();
  });
});

describe("ho.call", () => {
  test.each([
    ["a Symbol target", (ho: HasOffers) => ho.call(Symbol("t") as never, "findAll")],
    ["a Symbol method", (ho: HasOffers) => ho.call("Offer", Symbol("m") as never)],
    [
      "a target whose toString throws",
      (ho: HasOffers) =>
        ho.call(
          {
            toString() {
              throw new Error("toString");
            },
          } as never,
          "findAll",
        ),
    ],
  ])("%s rejects with invalid_method", async (_, run) => {
    const { ho, calls } = answering(null);
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = run(ho);
    }).not.toThrow();
    const error = await promise!.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: "invalid_method", sdk: "hasoffers" });
    expect(calls).toHaveLength(0);
  });

  test.each([
    "Target",
    "Method",
    "NetworkId",
    "NetworkToken",
    "target",
    "NETWORKTOKEN",
    " Method",
    "Target[x]",
  ])("a parameter named %j cannot re-route the call", async (name) => {
    await expectRefused(
      (ho) => ho.call("Offer", "findAll", { [name]: "Advertiser" }),
      name,
      "invalid_parameter",
    );
  });

  test("parameters that merely contain a routing name are sent", async () => {
    const { ho, calls } = answering(null);
    await ho.call("Offer", "findAll", { target_id: 1, filters: { Method: "x" } });
    expect(calls[0]?.params).toEqual([
      ["target_id", "1"],
      ["filters[Method]", "x"],
    ]);
    expect(calls[0]?.target).toBe("Offer");
  });
});

describe("generateTrackingLink refuses what it cannot send", () => {
  test("null options, before anything is sent", async () => {
    await expectRefused(
      (ho) => ho.offers.generateTrackingLink(196, 94, null as never),
      "options",
      "invalid_parameter",
    );
  });

  test("a bad affiliate id, named by its wire name", async () => {
    await expectRefused((ho) => ho.offers.generateTrackingLink(196, -1), "affiliate_id", "invalid_id");
  });
});

describe("null from plain JavaScript", () => {
  test("offerFiles.create(null) and a download without a link are refused, nothing sent", async () => {
    await expectRefused((ho) => ho.offerFiles.create(null as never), "input", "invalid_parameter");
    await expectRefused((ho) => ho.rawLogTransport.download(null as never), "url", "invalid_link");
  });

  test("null call options mean none", async () => {
    const { ho } = answering(["20240115"]);
    await expect(ho.call("Advertiser", "findAllIds", {}, null as never)).resolves.toEqual(["20240115"]);
  });
});
