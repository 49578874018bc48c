import { describe, expect, test } from "vitest";
import { answering, client, fakeFetch, json } from "./helpers/fake-fetch.js";

const offer = (id: string, extra: Record<string, unknown> = {}) => ({
  Offer: { id, name: `Offer ${id}`, ...extra },
});

/** A client whose API answers with a raw JSON text, so key order is exactly as written. */
function answeringText(dataJson: string) {
  const fake = fakeFetch(() =>
    json(`{"response":{"status":1,"httpStatus":200,"data":${dataJson},"errors":[],"errorMessage":null}}`),
  );
  return { ho: client(fake.fetch), calls: fake.calls };
}

describe("findAll answers", () => {
  test("the paging wrapper: rows in the server's order, metadata kept", async () => {
    const { ho } = answeringText(
      '{"page":2,"current":50,"count":60,"pageCount":30,"data":{"114":{"Offer":{"id":"114"}},"108":{"Offer":{"id":"108"}}}}',
    );
    const page = await ho.offers.findAll({ sort: "-id", limit: 2, page: 2 });
    expect(page.items.map((o) => o.id)).toEqual(["114", "108"]);
    expect(page).toMatchObject({ page: 2, pageCount: 30, count: 60, current: 50 });
  });

  test("without limit: the rows keyed by id, no wrapper, still in the server's order", async () => {
    const { ho } = answeringText('{"100":{"Offer":{"id":"100"}},"1":{"Offer":{"id":"1"}}}');
    const page = await ho.offers.findAll();
    expect(page.items.map((o) => o.id)).toEqual(["100", "1"]);
    expect(page).toMatchObject({ page: 1, pageCount: 1, count: 2 });
  });

  test("an empty answer `[]`", async () => {
    const { ho } = answering([]);
    expect(await ho.offers.findAll()).toEqual({ items: [], page: 1, pageCount: 0, count: 0 });
  });

  test("an empty paging wrapper", async () => {
    const { ho } = answering({ page: 1, current: 0, count: 0, pageCount: 0, data: [] });
    expect(await ho.conversions.findAll({ limit: 1 })).toEqual({
      items: [],
      page: 1,
      pageCount: 0,
      count: 0,
      current: 0,
    });
  });

  test("a wrapper without count or pageCount (tag relations) counts the rows it has", async () => {
    const { ho } = answering({
      page: 1,
      current: 0,
      data: { 6: { OffersTags: { id: "6", tag_id: "280", offer_id: "202" } } },
    });
    const page = await ho.tags.findAllOfferTagRelations();
    expect(page.items).toEqual([{ id: "6", tag_id: "280", offer_id: "202" }]);
    expect(page).toMatchObject({ page: 1, pageCount: 1, count: 1 });
  });

  test("offer categories come keyed by id, or inside a paging wrapper with or without its metadata", async () => {
    const rows = { 3: { OfferCategory: { id: "3" } }, 1: { OfferCategory: { id: "1" } } };
    for (const data of [rows, { data: rows }, { page: 1, count: 2, pageCount: 1, data: rows }]) {
      const categories = await answering(data).ho.application.findAllOfferCategories();
      expect(categories.map((c) => c.id)).toEqual(["1", "3"]);
    }
  });

  test("wire values keep the API's types", async () => {
    const { ho } = answering({
      1: offer("1", { default_payout: "1.00000", modified: 1471537043, dne_third_party_list: false }),
    });
    const [row] = (await ho.offers.findAll()).items;
    expect(row).toEqual({
      id: "1",
      name: "Offer 1",
      default_payout: "1.00000",
      modified: 1471537043,
      dne_third_party_list: false,
    });
  });
});

describe("related objects named in contain", () => {
  test("a to-many relation with two items is an array, in the server's order", async () => {
    const { ho } = answeringText(
      '{"Offer":{"id":"62"},"Country":{"RU":{"code":"RU","id":"643"},"ES":{"code":"ES","id":"724"}}}',
    );
    const found = await ho.offers.findById(62, { contain: ["Country"] });
    expect(found?.Country.map((c) => c.code)).toEqual(["RU", "ES"]);
  });

  test("a to-many relation with one item is still an array", async () => {
    const { ho } = answering({ Offer: { id: "62" }, Country: { ES: { code: "ES", regions: [] } } });
    const found = await ho.offers.findById(62, { contain: ["Country"] });
    expect(found?.Country).toEqual([{ code: "ES", regions: [] }]);
  });

  test("a to-many relation with no item (`[]`) is an empty array", async () => {
    const { ho } = answering({ 100: { Country: [], Offer: { id: "100" } } });
    const page = await ho.offers.findAll({ contain: ["Country"] });
    expect(page.items[0]?.Country).toEqual([]);
  });

  test("a to-one relation is an object, or null when missing", async () => {
    const { ho } = answering({ Offer: { id: "438" }, Advertiser: { id: "1", company: "ACME" } });
    const found = await ho.offers.findById(438, { contain: ["Advertiser"] });
    expect(found?.Advertiser?.company).toBe("ACME");
    for (const missing of [null, [], ""]) {
      const { ho: other } = answering({ Offer: { id: "438" }, Advertiser: missing });
      expect((await other.offers.findById(438, { contain: ["Advertiser"] }))?.Advertiser).toBeNull();
    }
  });

  test("a plain-value relation (CreativeCode) is kept as sent", async () => {
    const { ho } = answering({ OfferFile: { id: "438" }, CreativeCode: "http://www.example.com" });
    const found = await ho.offerFiles.findById(438, { contain: ["CreativeCode"] });
    expect(found?.CreativeCode).toBe("http://www.example.com");
  });

  test("an unknown relation never crashes: keyed collections become arrays, the rest is kept", async () => {
    const { ho } = answering({
      Offer: { id: "1" },
      OfferPixel: { 5: { id: "5" }, 7: { id: "7" } },
      Flag: "yes",
      Nothing: null,
      Single: { id: "3", name: "x" },
    });
    const found = await ho.offers.findById(1, { contain: ["OfferPixel", "Flag", "Nothing", "Single"] });
    expect(found).toMatchObject({
      id: "1",
      OfferPixel: [{ id: "5" }, { id: "7" }],
      Flag: "yes",
      Nothing: null,
      Single: { id: "3", name: "x" },
    });
  });

  test("the model's own fields never mix with relations", async () => {
    const { ho } = answering({ Offer: { id: "1", name: "n" }, Advertiser: { id: "9", name: "adv" } });
    const found = await ho.offers.findById(1, { contain: ["Advertiser"] });
    expect(found?.name).toBe("n");
    expect(found?.Advertiser?.id).toBe("9");
  });
});

describe("single results", () => {
  test("findById resolves to null when HasOffers has none", async () => {
    const { ho } = answering(null);
    expect(await ho.offers.findById(1000)).toBeNull();
  });

  test("findAllIds gives id strings in the server's order; [] when none", async () => {
    expect(await answering(["3", "1", "2"]).ho.advertisers.findAllIds()).toEqual(["3", "1", "2"]);
    expect(await answering([]).ho.offers.findAllIds({ filters: { status: "active" } })).toEqual([]);
  });
});
