import { ValidationError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { answering, pairs } from "./helpers/fake-fetch.js";

/** The query pairs `offers.findAll({ filters })` sends. */
async function wire(filters: Record<string, unknown>): Promise<string[]> {
  const { ho, calls } = answering([]);
  await ho.offers.findAll({ filters: filters as never });
  return pairs(calls[0]);
}

describe("model filters on the wire", () => {
  test("equality", async () => {
    expect(await wire({ status: "active", advertiser_id: 14 })).toEqual([
      "filters[status]=active",
      "filters[advertiser_id]=14",
    ]);
  });

  test("booleans as 1 and 0", async () => {
    expect(await wire({ is_private: true, featured: false })).toEqual([
      "filters[is_private]=1",
      "filters[featured]=0",
    ]);
  });

  test("a list means one of", async () => {
    expect(await wire({ status: ["active", "paused"] })).toEqual([
      "filters[status][]=active",
      "filters[status][]=paused",
    ]);
  });

  test.each([
    ["ne", "USD", "NOT_EQUAL_TO", "USD"],
    ["lt", 5, "LESS_THAN", "5"],
    ["lte", 5, "LESS_THAN_OR_EQUAL_TO", "5"],
    ["gt", 100, "GREATER_THAN", "100"],
    ["gte", 100, "GREATER_THAN_OR_EQUAL_TO", "100"],
    ["like", "Test%", "LIKE", "Test%"],
    ["not_like", "%old", "NOT_LIKE", "%old"],
    ["null", true, "NULL", "1"],
    ["not_null", true, "NOT_NULL", "1"],
    ["true", true, "TRUE", "1"],
    ["false", true, "FALSE", "1"],
  ])("operator %s", async (op, value, wireOp, wireValue) => {
    expect(await wire({ field: { [op]: value } })).toEqual([`filters[field][${wireOp}]=${wireValue}`]);
  });

  test("several operators on one field are AND-ed", async () => {
    expect(await wire({ id: { gt: 100, lte: 200 } })).toEqual([
      "filters[id][GREATER_THAN]=100",
      "filters[id][LESS_THAN_OR_EQUAL_TO]=200",
    ]);
  });

  test("OR takes every form: equality, lists and operators (pyoffers drops the last two out of OR)", async () => {
    expect(
      await wire({
        status: "active",
        id: { gt: 100 },
        OR: { currency: "USD", name: { like: "Test%" }, advertiser_id: [1, 2], description: { null: true } },
      }),
    ).toEqual([
      "filters[status]=active",
      "filters[id][GREATER_THAN]=100",
      "filters[OR][currency]=USD",
      "filters[OR][name][LIKE]=Test%",
      "filters[OR][advertiser_id][]=1",
      "filters[OR][advertiser_id][]=2",
      "filters[OR][description][NULL]=1",
    ]);
  });

  test("undefined and null conditions, and flags set to false, add nothing", async () => {
    expect(await wire({ status: undefined, name: null, description: { null: false }, OR: {} })).toEqual([]);
  });

  test("percent signs and ampersands are escaped on the wire and arrive intact", async () => {
    const { ho, calls } = answering([]);
    await ho.offers.findAll({ filters: { name: { like: "50% & more" } } });
    expect(calls[0]?.url.search).toContain("filters[name][LIKE]=50%25%20%26%20more");
    expect(pairs(calls[0])).toEqual(["filters[name][LIKE]=50% & more"]);
  });
});

describe("filters the SDK refuses before sending", () => {
  test.each([
    ["an empty list (HasOffers would ignore it and match everything)", { status: [] }, "filters.status"],
    ["an empty list inside OR", { OR: { status: [] } }, "filters.OR.status"],
    ["an unknown operator", { id: { greater: 5 } }, "filters.id"],
    ["a nested OR", { OR: { OR: { id: 1 } } }, "filters.OR.OR"],
    ["a flag given a value", { name: { null: 1 } }, "filters.name.null"],
    ["a list for an operator", { id: { gt: [1, 2] } }, "filters.id.gt"],
    ["NaN", { id: Number.NaN }, "filters.id"],
  ])("%s", async (_name, filters, param) => {
    const { ho, calls } = answering([]);
    const error = await ho.offers.findAll({ filters: filters as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).param).toBe(param);
    expect(calls).toHaveLength(0);
  });
});

describe("sort on the wire", () => {
  test("a bare field is qualified with the model, '-' means descending", async () => {
    const { ho, calls } = answering([]);
    await ho.offers.findAll({ sort: "-id" });
    expect(pairs(calls[0])).toEqual(["sort[Offer.id]=desc"]);
  });

  test("a list keeps its order; qualified fields are kept", async () => {
    const { ho, calls } = answering([]);
    await ho.offers.findAll({ sort: ["-id", "name", "Advertiser.company" as never] });
    expect(pairs(calls[0])).toEqual([
      "sort[Offer.id]=desc",
      "sort[Offer.name]=asc",
      "sort[Advertiser.company]=asc",
    ]);
  });

  test("other models qualify with their own name", async () => {
    const { ho, calls } = answering([]);
    await ho.conversions.findAll({ sort: "-datetime" });
    expect(pairs(calls[0])).toEqual(["sort[Conversion.datetime]=desc"]);
  });
});

describe("the other finder parameters", () => {
  test("the issue's example encodes exactly", async () => {
    const { ho, calls } = answering([]);
    await ho.offers.findAll({
      filters: { status: "active", id: { gt: 100 }, OR: { currency: "USD", name: { like: "Test%" } } },
      sort: ["-id", "name"],
      limit: 50,
      page: 2,
      fields: ["id", "name"],
      contain: ["Country"],
    });
    expect(calls[0]?.target).toBe("Offer");
    expect(calls[0]?.rpcMethod).toBe("findAll");
    expect(pairs(calls[0])).toEqual([
      "filters[status]=active",
      "filters[id][GREATER_THAN]=100",
      "filters[OR][currency]=USD",
      "filters[OR][name][LIKE]=Test%",
      "sort[Offer.id]=desc",
      "sort[Offer.name]=asc",
      "limit=50",
      "page=2",
      "fields[]=id",
      "fields[]=name",
      "contain[]=Country",
    ]);
  });

  test.each([0, -1, 1.5])("limit %s is refused", async (limit) => {
    const { ho, calls } = answering([]);
    await expect(ho.offers.findAll({ limit })).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
  });
});
