import { describe, expectTypeOf, test } from "vitest";
import type { Advertiser, Country, HasOffers, Offer, OfferFileWithCode, Page } from "../src/index.js";

declare const ho: HasOffers;

describe("result types follow contain", () => {
  test("without contain: the model only", async () => {
    const offer = await ho.offers.findById(62);
    expectTypeOf(offer).toEqualTypeOf<Offer | null>();
  });

  test("a to-many relation is an array, a to-one an object or null", async () => {
    const offer = await ho.offers.findById(62, { contain: ["Country", "Advertiser"] });
    expectTypeOf(offer!.Country).toEqualTypeOf<Country[]>();
    expectTypeOf(offer!.Advertiser).toEqualTypeOf<Advertiser | null>();
    expectTypeOf(offer!.name).toEqualTypeOf<string | undefined>();
  });

  test("an unknown relation name is allowed and typed unknown", async () => {
    const offer = await ho.offers.findById(62, { contain: ["SomethingNew"] });
    expectTypeOf(offer!.SomethingNew).toBeUnknown();
  });

  test("findAll pages carry the rows with their relations", async () => {
    const page = await ho.offers.findAll({ contain: ["Country"], limit: 10 });
    expectTypeOf(page.items[0]!.Country).toEqualTypeOf<Country[]>();
    expectTypeOf(page.count).toBeNumber();
  });

  test("creative codes come typed", async () => {
    expectTypeOf(await ho.offers.getOfferFilesWithCreativeCode(1, 2)).toEqualTypeOf<OfferFileWithCode[]>();
  });
});

describe("options use the model's wire field names", () => {
  test("fields, filters and sort accept the model's fields and reject typos", () => {
    void ho.offers.findAll({
      fields: ["id", "name"],
      filters: { status: "active", id: { gt: 5 } },
      sort: "-id",
    });
    // @ts-expect-error: not a field of Offer
    void ho.offers.findAll({ fields: ["nmae"] });
    // @ts-expect-error: not a field of Offer
    void ho.offers.findAll({ filters: { nmae: "x" } });
    // @ts-expect-error: not a filter operator
    void ho.offers.findAll({ filters: { id: { greater: 5 } } });
    // @ts-expect-error: not a field of Offer
    void ho.offers.findAll({ sort: "-nmae" });
  });

  test("qualified sort fields are accepted", () => {
    void ho.offers.findAll({ sort: ["-id", "Advertiser.company"] });
  });

  test("writes take the writable data", () => {
    void ho.offers.create({ name: "x", status: "active" });
    // @ts-expect-error: not an Offer status
    void ho.offers.create({ status: "live" });
  });

  test("iterate yields rows; findAll gives a page of them", async () => {
    expectTypeOf(ho.advertisers.iterate()).toEqualTypeOf<AsyncGenerator<Advertiser>>();
    expectTypeOf(await ho.advertisers.findAll()).toEqualTypeOf<Page<Advertiser>>();
  });
});
