import { describe, expect, test } from "vitest";
import { createFakeHasOffers, type FakeHasOffers } from "../../src/testing.js";
import { call, callText, data, keysInText } from "./support.js";

/** An empty network with five offers whose fields the tests choose. */
function network(): FakeHasOffers {
  const fake = createFakeHasOffers({ seed: false, rateLimit: false });
  const offers = [
    {
      name: "Test Alpha",
      status: "active",
      currency: "USD",
      default_payout: "10.00000",
      is_private: "0",
      description: null,
    },
    {
      name: "Beta",
      status: "paused",
      currency: "EUR",
      default_payout: "2.50000",
      is_private: "1",
      description: "",
    },
    {
      name: "test gamma",
      status: "active",
      currency: null,
      default_payout: "30.00000",
      is_private: "0",
      description: "x",
    },
    {
      name: "Delta",
      status: "pending",
      currency: "USD",
      default_payout: "2.50000",
      is_private: "0",
      description: null,
    },
    {
      name: "Epsilon_1",
      status: "deleted",
      currency: "CZK",
      default_payout: "0.00000",
      is_private: "1",
      description: "y",
    },
  ];
  for (const offer of offers) fake.state.insert("Offer", offer);
  return fake;
}

async function ids(fake: FakeHasOffers, query: string): Promise<string[]> {
  return data(fake, "Offer", "findAllIds", query);
}

async function orderedIds(fake: FakeHasOffers, query: string): Promise<string[]> {
  const text = await callText(fake, "Offer", "findAll", query);
  return keysInText(text, '"data":');
}

describe("model finder filters", () => {
  test("equality, case-insensitive as MySQL compares text", async () => {
    const fake = network();
    expect(await ids(fake, "filters[status]=active")).toEqual(["1", "3"]);
    expect(await ids(fake, "filters[status]=ACTIVE")).toEqual(["1", "3"]);
    expect(await ids(fake, "filters[default_payout]=2.5")).toEqual(["2", "4"]);
  });

  test("a list is IN; conditions on different fields are AND-ed", async () => {
    const fake = network();
    expect(await ids(fake, "filters[status][]=active&filters[status][]=paused")).toEqual(["1", "2", "3"]);
    expect(
      await ids(fake, "filters[status][]=active&filters[status][]=paused&filters[currency]=USD"),
    ).toEqual(["1"]);
  });

  test.each([
    ["NOT_EQUAL_TO", "active", ["2", "4", "5"]],
    ["LESS_THAN", "10", ["2", "4", "5"]],
    ["LESS_THAN_OR_EQUAL_TO", "10", ["1", "2", "4", "5"]],
    ["GREATER_THAN", "2.5", ["1", "3"]],
    ["GREATER_THAN_OR_EQUAL_TO", "2.5", ["1", "2", "3", "4"]],
  ])("the %s operator", async (op, value, expected) => {
    const fake = network();
    const field = op === "NOT_EQUAL_TO" ? "status" : "default_payout";
    expect(await ids(fake, `filters[${field}][${op}]=${value}`)).toEqual(expected);
  });

  test("LIKE and NOT_LIKE use % and _ wildcards, case-insensitively", async () => {
    const fake = network();
    expect(await ids(fake, "filters[name][LIKE]=test%25")).toEqual(["1", "3"]);
    expect(await ids(fake, "filters[name][LIKE]=Epsilon__")).toEqual(["5"]);
    expect(await ids(fake, "filters[name][NOT_LIKE]=%25a")).toEqual(["5"]);
  });

  test("NULL differs from the empty string; NOT_NULL, TRUE and FALSE", async () => {
    const fake = network();
    expect(await ids(fake, "filters[description][NULL]=1")).toEqual(["1", "4"]);
    expect(await ids(fake, "filters[description][NOT_NULL]=1")).toEqual(["2", "3", "5"]);
    expect(await ids(fake, "filters[is_private][TRUE]=1")).toEqual(["2", "5"]);
    expect(await ids(fake, "filters[is_private][FALSE]=1")).toEqual(["1", "3", "4"]);
  });

  test("OR groups: equality, operators and lists inside, AND-ed with the rest", async () => {
    const fake = network();
    expect(await ids(fake, "filters[OR][status]=paused&filters[OR][currency]=CZK")).toEqual(["2", "5"]);
    expect(
      await ids(
        fake,
        "filters[OR][default_payout][GREATER_THAN]=20&filters[OR][status][]=paused&filters[OR][status][]=pending",
      ),
    ).toEqual(["2", "3", "4"]);
    expect(
      await ids(fake, "filters[OR][status]=paused&filters[OR][currency]=USD&filters[is_private]=0"),
    ).toEqual(["1", "4"]);
  });

  test("a list of OR sub-groups ORs AND-ed groups", async () => {
    const fake = network();
    expect(
      await ids(fake, "filters[OR][0][status]=active&filters[OR][0][currency]=USD&filters[OR][1][name]=Beta"),
    ).toEqual(["1", "2"]);
  });

  test("model-qualified field names are accepted", async () => {
    const fake = network();
    expect(await ids(fake, "filters[Offer.status]=paused")).toEqual(["2"]);
  });

  test("an unknown field or operator is refused, even when nothing would match", async () => {
    const fake = createFakeHasOffers({ seed: false, rateLimit: false });
    const unknown = await call(fake, "Offer", "findAll", "filters[nope]=1");
    expect(unknown.response).toMatchObject({
      status: -1,
      errorMessage: "Field 'nope' does not exist or is not allowed to be used.",
    });
    const badOp = await call(network(), "Offer", "findAll", "filters[id][BETWEEN]=1");
    expect(badOp.response.errorMessage).toBe("Invalid filter operator: BETWEEN");
  });
});

describe("model finder sort, fields and paging", () => {
  test("sort keys apply in order, qualified or bare, and the JSON text keeps that order", async () => {
    const fake = network();
    expect(await orderedIds(fake, "sort[default_payout]=desc&sort[Offer.id]=asc")).toEqual([
      "3",
      "1",
      "2",
      "4",
      "5",
    ]);
    expect(await orderedIds(fake, "sort[status]=asc&sort[id]=desc")).toEqual(["3", "1", "5", "2", "4"]);
  });

  test("without sort, rows come in id order", async () => {
    expect(await orderedIds(network(), "")).toEqual(["1", "2", "3", "4", "5"]);
  });

  test("fields[] projects the model to the asked fields, in the asked order", async () => {
    const page = await data(network(), "Offer", "findAll", "fields[]=name&fields[]=id&limit=1");
    expect(page.data["1"]).toEqual({ Offer: { name: "Test Alpha", id: "1" } });
  });

  test("limit and page: counts, page numbers, and [] past the end", async () => {
    const fake = network();
    const second = await data(fake, "Offer", "findAll", "limit=2&page=2");
    expect(second).toMatchObject({ page: 2, current: 0, count: 5, pageCount: 3 });
    expect(Object.keys(second.data)).toEqual(["3", "4"]);
    expect((await data(fake, "Offer", "findAll", "limit=2&page=9")).data).toEqual([]);
  });

  test("5,000 seeded offers page through 50 pages of 100 without gaps or repeats", async () => {
    const fake = createFakeHasOffers({ seed: { offers: 5_000 }, rateLimit: false });
    const seen = new Set<string>();
    let pageCount = Number.POSITIVE_INFINITY;
    for (let page = 1; page <= pageCount; page++) {
      const answer = await data(fake, "Offer", "findAll", `limit=100&page=${page}&fields[]=id`);
      pageCount = answer.pageCount;
      for (const id of Object.keys(answer.data)) seen.add(id);
    }
    expect(pageCount).toBe(50);
    expect(seen.size).toBe(5_000);
  });

  test("seeding is deterministic: the same counts give the same network", () => {
    const a = createFakeHasOffers({ seed: { offers: 50, seed: 7 } });
    const b = createFakeHasOffers({ seed: { offers: 50, seed: 7 } });
    const c = createFakeHasOffers({ seed: { offers: 50, seed: 8 } });
    expect(a.state.list("Offer")).toEqual(b.state.list("Offer"));
    expect(a.state.list("Offer")).not.toEqual(c.state.list("Offer"));
  });
});

describe("contain, findById, findAllIds, findAllByIds", () => {
  test("to-many relations are keyed by id (Country by code), to-one are flat, none is []", async () => {
    const fake = createFakeHasOffers({ seed: false, rateLimit: false });
    const advertiser = fake.state.insert("Advertiser", { company: "Volsor" });
    const offer = fake.state.insert("Offer", { name: "A", advertiser_id: advertiser.id });
    const bare = fake.state.insert("Offer", { name: "B" });
    fake.state.offerCountries.set(String(offer.id), ["CZ", "ES"]);
    fake.state.insert("Goal", { offer_id: offer.id, name: "LEAD" });
    const text = await callText(
      fake,
      "Offer",
      "findById",
      `id=${offer.id}&contain[]=Country&contain[]=Goal&contain[]=Advertiser`,
    );
    const found = JSON.parse(text).response.data;
    expect(keysInText(text, '"Country":')).toEqual(["CZ", "ES"]);
    expect(found.Country.CZ).toEqual({
      id: "203",
      code: "CZ",
      name: "czech republic",
      code3c: "CZE",
      regions: [],
    });
    expect(Object.keys(found.Goal)).toEqual(["1"]);
    expect(found.Advertiser).toMatchObject({ id: advertiser.id, company: "Volsor" });
    const empty = await data(
      fake,
      "Offer",
      "findById",
      `id=${bare.id}&contain[]=Country&contain[]=Advertiser&contain[]=Stat`,
    );
    expect(empty).toMatchObject({ Country: [], Advertiser: [], Stat: [] });
  });

  test("a contain name the model does not have is refused", async () => {
    const answer = await call(network(), "Offer", "findAll", "contain[]=Banana");
    expect(answer.response.errorMessage).toBe("Contain 'Banana' is not valid for Offer.");
  });

  test("findById answers null for an unknown id; findAllIds and findAllByIds honour filters and ids", async () => {
    const fake = network();
    expect(await data(fake, "Offer", "findById", "id=99")).toBeNull();
    expect(await ids(fake, "filters[currency]=USD")).toEqual(["1", "4"]);
    const byIds = await data(fake, "Offer", "findAllByIds", "ids[]=4&ids[]=2&ids[]=99&fields[]=name");
    expect(byIds).toEqual({ "2": { Offer: { name: "Beta" } }, "4": { Offer: { name: "Delta" } } });
  });
});
