import { APIError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import type { FakeHasOffers } from "../src/testing.js";
import { useFakeNetwork } from "./helpers/fake-network.js";

/*
 * The four README methods the fake once refused as unknown (setTargetCountries, setCategories,
 * findAllPendingAffiliateApprovals, findByTransactionId), driven through the SDK: what each answers, what later
 * calls see, and the error envelope for bad input.
 */

const { setup } = useFakeNetwork({ maxRetries: 0 });

const codes = (countries: { code?: unknown }[]) => countries.map((c) => c.code);
const ids = (rows: { id?: unknown }[]) => rows.map((r) => String(r.id));

/** The last logged request, to check what the SDK put on the wire. */
const lastRequest = (fake: FakeHasOffers) => fake.requests[fake.requests.length - 1]!;

describe("offers.setTargetCountries", () => {
  test("replaces the target countries: getTargetCountries and contain Country then show only the new set", async () => {
    const { fake, ho } = setup();
    await ho.offers.addTargetCountry(1, "US");
    expect(await ho.offers.setTargetCountries(1, ["es", "CZ", "ES"])).toBe(true);
    expect(lastRequest(fake).params.country_codes).toEqual(["es", "CZ", "ES"]);
    expect(codes(await ho.offers.getTargetCountries(1))).toEqual(["ES", "CZ"]);
    const offer = await ho.offers.findById(1, { contain: ["Country"] });
    expect(codes(offer?.Country ?? [])).toEqual(["ES", "CZ"]);
    expect(fake.applied("Offer.setTargetCountries")).toBe(1);
  });

  test("an empty list (sent as no country_codes) clears the targeting", async () => {
    const { ho } = setup();
    await ho.offers.setTargetCountries(2, ["DE"]);
    expect(await ho.offers.setTargetCountries(2, [])).toBe(true);
    expect(await ho.offers.getTargetCountries(2)).toEqual([]);
  });

  test("an unknown country code is refused with the API's error and leaves the targeting as it was", async () => {
    const { fake, ho } = setup();
    await ho.offers.setTargetCountries(1, ["CZ"]);
    const refused = ho.offers.setTargetCountries(1, ["ES", "XX"]);
    await expect(refused).rejects.toBeInstanceOf(APIError);
    await expect(refused).rejects.toThrow("Country code XX is not valid");
    expect(lastRequest(fake).outcome).toBe("api-error");
    expect(codes(await ho.offers.getTargetCountries(1))).toEqual(["CZ"]);
  });

  test("an unknown offer is refused with the hydrate error", async () => {
    const { ho } = setup();
    await expect(ho.offers.setTargetCountries(9999, ["CZ"])).rejects.toThrow("Failed to hydrate rows: 9999");
  });
});

describe("offers.setCategories", () => {
  test("replaces the categories: getCategories then answers exactly the new set, in the order sent", async () => {
    const { fake, ho } = setup();
    const [first, second, third] = fake.state.list("OfferCategory");
    await ho.offers.addCategory(3, first!.id as string);
    expect(await ho.offers.setCategories(3, [Number(third!.id), String(second!.id), Number(third!.id)])).toBe(
      true,
    );
    expect(lastRequest(fake).params.category_ids).toEqual([third!.id, second!.id, third!.id]);
    const categories = await ho.offers.getCategories(3);
    expect(ids(categories)).toEqual([third!.id, second!.id]);
    expect(categories[0]).toMatchObject({ name: third!.name, status: third!.status });
    expect(fake.state.offerCategories.get("3")).toEqual([third!.id, second!.id]);
  });

  test("an empty list is refused as the missing required category_ids", async () => {
    const { fake, ho } = setup();
    const category = fake.state.list("OfferCategory")[0]!;
    await ho.offers.setCategories(4, [category.id as string]);
    await expect(ho.offers.setCategories(4, [])).rejects.toThrow("Missing required argument: category_ids");
    expect(ids(await ho.offers.getCategories(4))).toEqual([category.id]);
  });

  test("an unknown category is refused with the hydrate error and nothing changes", async () => {
    const { fake, ho } = setup();
    const category = fake.state.list("OfferCategory")[0]!;
    await ho.offers.setCategories(5, [category.id as string]);
    const refused = ho.offers.setCategories(5, [category.id as string, 777]);
    await expect(refused).rejects.toBeInstanceOf(APIError);
    await expect(refused).rejects.toThrow("Failed to hydrate rows: 777");
    expect(ids(await ho.offers.getCategories(5))).toEqual([category.id]);
  });
});

describe("offers.findAllPendingAffiliateApprovals", () => {
  test("answers only the pending approvals, with affiliate and offer attached", async () => {
    const { fake, ho } = setup();
    const pending = fake.state.list("AffiliateOffer", (row) => row.approval_status === "pending");
    const all = fake.state.count("AffiliateOffer");
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.length).toBeLessThan(all);
    const page = await ho.offers.findAllPendingAffiliateApprovals();
    expect(ids(page.items)).toEqual(ids(pending));
    expect(page).toMatchObject({ page: 1, pageCount: 1, count: pending.length });
    for (const item of page.items) {
      expect(item.approval_status).toBe("pending");
      expect(item.Affiliate?.id).toBe(item.affiliate_id);
      expect(item.Offer?.id).toBe(item.offer_id);
    }
  });

  test("an approval set to pending appears in the next call, and leaves it once approved", async () => {
    const { fake, ho } = setup();
    fake.state.clear();
    const offer = fake.state.insert("Offer", { name: "O", status: "active" });
    const affiliate = fake.state.insert("Affiliate", { company: "A", status: "active" });
    const empty = await ho.offers.findAllPendingAffiliateApprovals();
    expect(empty).toMatchObject({ items: [], count: 0, pageCount: 0 });

    await ho.offers.setAffiliateApprovalStatus(offer.id as string, affiliate.id as string, "pending");
    const page = await ho.offers.findAllPendingAffiliateApprovals();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ offer_id: offer.id, affiliate_id: affiliate.id });

    await ho.offers.setAffiliateApprovalStatus(offer.id as string, affiliate.id as string, "approved");
    expect((await ho.offers.findAllPendingAffiliateApprovals()).items).toEqual([]);
  });

  test("filters, sort and limit narrow and page the pending approvals", async () => {
    const { fake, ho } = setup();
    fake.state.clear();
    const offer = fake.state.insert("Offer", { name: "O", status: "active" });
    const other = fake.state.insert("Offer", { name: "P", status: "active" });
    for (let i = 0; i < 5; i++) {
      const affiliate = fake.state.insert("Affiliate", { company: `A${i}`, status: "active" });
      for (const o of [offer, other])
        fake.state.insert("AffiliateOffer", {
          affiliate_id: affiliate.id,
          offer_id: o.id,
          approval_status: i === 4 ? "rejected" : "pending",
        });
    }
    const page = await ho.offers.findAllPendingAffiliateApprovals({
      filters: { offer_id: offer.id as string },
      sort: "-id",
      limit: 3,
      page: 1,
    });
    expect(page).toMatchObject({ page: 1, pageCount: 2, count: 4 });
    expect(page.items.map((item) => item.offer_id)).toEqual([offer.id, offer.id, offer.id]);
    const expected = fake.state
      .list("AffiliateOffer", (r) => r.offer_id === offer.id && r.approval_status === "pending")
      .reverse();
    expect(ids(page.items)).toEqual(ids(expected.slice(0, 3)));
  });

  test("with none pending the API's null answer reads as an empty page", async () => {
    const { fake, ho } = setup();
    for (const row of fake.state.list("AffiliateOffer"))
      fake.state.update("AffiliateOffer", row.id as string, { approval_status: "approved" });
    const response = await fake.fetch(
      `${fake.endpoint}?NetworkId=${fake.networkId}&NetworkToken=${fake.networkToken}&Target=Offer&Method=findAllPendingAffiliateApprovals&limit=2`,
    );
    expect((await response.json()).response.data).toBeNull();
    expect(await ho.offers.findAllPendingAffiliateApprovals({ limit: 2 })).toMatchObject({
      items: [],
      count: 0,
    });
  });

  test("a filter on a field AffiliateOffer lacks is refused with the API's error", async () => {
    const { ho } = setup();
    const refused = ho.offers.findAllPendingAffiliateApprovals({ filters: { nope: "1" } as never });
    await expect(refused).rejects.toBeInstanceOf(APIError);
    await expect(refused).rejects.toThrow("Field 'nope' does not exist or is not allowed to be used.");
  });
});

describe("conversions.findByTransactionId", () => {
  test("finds a conversion by its transaction (ad) id, the same record findById answers", async () => {
    const { fake, ho } = setup();
    const seeded = fake.state.list("Conversion")[3]!;
    expect(seeded.ad_id).toMatch(/^\w{30}$/);
    const found = await ho.conversions.findByTransactionId(seeded.ad_id as string);
    expect(lastRequest(fake)).toMatchObject({ method: "findById", params: { transaction_id: seeded.ad_id } });
    expect(found).toEqual(await ho.conversions.findById(seeded.id as string));
    expect(found?.id).toBe(seeded.id);
  });

  test("fields and contain apply as for findById", async () => {
    const { fake, ho } = setup();
    const seeded = fake.state.list("Conversion")[0]!;
    const found = await ho.conversions.findByTransactionId(seeded.ad_id as string, {
      fields: ["id", "status"],
      contain: ["Offer"],
    });
    expect(found).toMatchObject({ id: seeded.id, status: seeded.status, Offer: { id: seeded.offer_id } });
    expect(Object.keys(found ?? {}).sort()).toEqual(["Offer", "id", "status"]);
  });

  test("a conversion created or re-tagged through the API is found by its new transaction id", async () => {
    const { ho } = setup();
    const created = await ho.conversions.create({ offer_id: 1, affiliate_id: 1, ad_id: "tx-created" });
    expect((await ho.conversions.findByTransactionId("tx-created"))?.id).toBe(created.id);

    await ho.conversions.update(created.id as string, { ad_id: "tx-moved" });
    expect((await ho.conversions.findByTransactionId("tx-moved"))?.id).toBe(created.id);
    expect(await ho.conversions.findByTransactionId("tx-created")).toBeNull();
  });

  test("an unknown transaction id answers null", async () => {
    expect(await setup().ho.conversions.findByTransactionId("0123456789abcdef0123456789abcd")).toBeNull();
  });

  test("an empty transaction id names no conversion and is refused as the missing id", async () => {
    const refused = setup().ho.conversions.findByTransactionId("");
    await expect(refused).rejects.toBeInstanceOf(APIError);
    await expect(refused).rejects.toThrow("Missing required argument: id");
  });
});
