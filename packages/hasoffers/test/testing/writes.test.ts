import { describe, expect, test } from "vitest";
import { createFakeHasOffers } from "../../src/testing.js";
import { call, callUrl, data } from "./support.js";

const fresh = () => createFakeHasOffers({ rateLimit: false });

describe("creates and updates", () => {
  test("create stores the record with defaults and normalised values; the next findById sees it", async () => {
    const fake = fresh();
    const created = await data(
      fake,
      "Conversion",
      "create",
      "data[offer_id]=1&data[affiliate_id]=1&data[payout]=1&data[revenue]=2.5&data[status]=pending&data[is_adjustment]=true",
    );
    expect(created.Conversion).toMatchObject({
      payout: "1.00000",
      revenue: "2.50000",
      status: "pending",
      is_adjustment: "1",
    });
    expect(created.Conversion.internal_ad_id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(created.Conversion.datetime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(await data(fake, "Conversion", "findById", `id=${created.Conversion.id}`)).toEqual(created);
  });

  test("blank required fields are refused with err_code 1, publicMessage on the first item only", async () => {
    const response = (await call(fresh(), "Offer", "create", "data[status]=active")).response;
    expect(response).toEqual({
      status: -1,
      httpStatus: 200,
      data: "",
      errors: [
        {
          err_code: 1,
          err_msg: "Name cannot be blank.",
          attribute_name: "name",
          publicMessage: "Could not create offer.",
        },
        { err_code: 1, err_msg: "Preview_url cannot be blank.", attribute_name: "preview_url" },
        { err_code: 1, err_msg: "Offer_url cannot be blank.", attribute_name: "offer_url" },
        { err_code: 1, err_msg: "Expiration_date cannot be blank.", attribute_name: "expiration_date" },
      ],
      errorMessage: "Could not create offer.",
    });
  });

  test("an invalid enum value is refused with the allowed values; nothing is stored", async () => {
    const fake = fresh();
    const before = fake.state.count("Goal");
    const response = (
      await call(fake, "Goal", "create", "data[offer_id]=1&data[name]=x&data[payout_type]=cpm")
    ).response;
    expect(response.errors).toEqual([
      {
        err_code: 3,
        err_msg: "Payout_type must be one of: cpa_flat, cpa_percentage, cpa_both",
        attribute_name: "payout_type",
        publicMessage: "Could not create goal.",
      },
    ]);
    expect(fake.state.count("Goal")).toBe(before);
  });

  test("update changes only the sent fields, normalises URLs, and echoes the whole merged record", async () => {
    const fake = fresh();
    const envelope = await call(fake, "Offer", "update", "id=1&data[offer_url]=test.com&data[id]=999");
    expect(envelope.response.data.Offer).toMatchObject({ id: "1", offer_url: "http://test.com" });
    expect(typeof envelope.response.data.Offer.modified).toBe("number");
    const echoed = envelope.request!.data as Record<string, string>;
    expect(echoed.offer_url).toBe("test.com");
    expect(echoed.name).toBe(fake.state.get("Offer", 1)!.name);
    expect(Object.values(echoed).every((v) => typeof v === "string")).toBe(true);
  });

  test("updating an unknown id is refused", async () => {
    const response = (await call(fresh(), "Advertiser", "update", "id=424242&data[company]=x")).response;
    expect(response.errorMessage).toBe("Failed to hydrate rows: 424242");
  });

  test("updateField sets one field; return_object=0 answers true or the new id", async () => {
    const fake = fresh();
    expect(await data(fake, "Goal", "updateField", "id=1&field=name&value=Renamed&return_object=0")).toBe(
      true,
    );
    expect(fake.state.get("Goal", 1)!.name).toBe("Renamed");
    const id = await data(fake, "Tag", "create", "data[name]=plain&return_object=0");
    expect(typeof id).toBe("number");
    expect(fake.state.get("Tag", id)!.name).toBe("plain");
  });

  test("Conversion.updateStatus accepts approved|pending|rejected only", async () => {
    const fake = fresh();
    expect(await data(fake, "Conversion", "updateStatus", "id=1&status=rejected")).toBe(true);
    expect(fake.state.get("Conversion", 1)!.status).toBe("rejected");
    const refused = await call(fake, "Conversion", "updateStatus", "id=1&status=lost");
    expect(refused.response.errorMessage).toBe("Status must be one of: approved, pending, rejected");
  });

  test("delete is an update to status=deleted; Tag has no status, so it is left alone", async () => {
    const fake = fresh();
    expect((await data(fake, "Affiliate", "update", "id=1&data[status]=deleted")).Affiliate.status).toBe(
      "deleted",
    );
    const tag = await data(fake, "Tag", "update", "id=1&data[status]=deleted");
    expect(tag.Tag).not.toHaveProperty("status");
  });
});

describe("offer relations and tags", () => {
  test("categories, blocks and approvals change state and read back", async () => {
    const fake = fresh();
    const offer = fake.state.insert("Offer", { name: "Rel" }).id;
    expect(await data(fake, "Offer", "addCategory", `id=${offer}&category_id=2`)).toBe(true);
    expect((await data(fake, "Offer", "getCategories", `id=${offer}`))[0].OfferCategory.id).toBe("2");
    expect(await data(fake, "Offer", "blockAffiliate", `id=${offer}&affiliate_id=3`)).toBe(true);
    expect(await data(fake, "Offer", "getBlockedAffiliateIds", `id=${offer}`)).toEqual(["3"]);
    expect(await data(fake, "Offer", "unblockAffiliate", `id=${offer}&affiliate_id=3`)).toBe(true);
    expect(await data(fake, "Offer", "getBlockedAffiliateIds", `id=${offer}`)).toEqual([]);
    await data(fake, "Offer", "setAffiliateApproval", `id=${offer}&affiliate_id=2&status=pending`);
    expect(await data(fake, "Offer", "getUnapprovedAffiliateIds", `id=${offer}`)).toEqual(["2"]);
  });

  test("setFor* replaces an owner's tags; removeFrom* and ByRelationalId remove them", async () => {
    const fake = fresh();
    await data(fake, "Tag", "setForAffiliate", "tag_ids[]=2&tag_ids[]=3&affiliate_id=4");
    const relations = (await data(fake, "Tag", "findAllAffiliateTagRelations", "filters[affiliate_id]=4"))
      .data;
    expect(Object.values(relations).map((r: any) => r.AffiliatesTags.tag_id)).toEqual(["2", "3"]);
    expect(await data(fake, "Tag", "removeFromAffiliate", "tag_id=2&affiliate_id=4")).toBe(true);
    const [remaining] = Object.keys(
      (await data(fake, "Tag", "findAllAffiliateTagRelations", "filters[affiliate_id]=4")).data,
    );
    expect(await data(fake, "Tag", "removeFromAffiliateByRelationalId", `id=${remaining}`)).toBe(true);
    expect((await data(fake, "Tag", "findAllAffiliateTagRelations", "filters[affiliate_id]=4")).data).toEqual(
      [],
    );
  });
});

describe("how parameters arrive", () => {
  test("a urlencoded POST body is merged with the query string (the body wins on the same key)", async () => {
    const fake = fresh();
    const response = await fake.fetch(callUrl(fake, "Offer", "findAll", "limit=1"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "limit=2&filters%5Bstatus%5D%5B%5D=active&fields[]=id",
    });
    const answer = JSON.parse(await response.text()).response.data;
    expect(Object.keys(answer.data)).toHaveLength(2);
    expect(fake.requests.at(-1)!.params).toMatchObject({
      limit: "2",
      filters: { status: ["active"] },
      fields: ["id"],
    });
  });

  test("multipart text fields are parameters too", async () => {
    const fake = fresh();
    const form = new FormData();
    form.append("data[name]", "From multipart");
    const response = await fake.fetch(callUrl(fake, "Tag", "create"), { method: "POST", body: form });
    expect(JSON.parse(await response.text()).response.data.Tag.name).toBe("From multipart");
  });

  test("the network id may come from the <id>.api.hasoffers.com host instead of NetworkId", async () => {
    const fake = fresh();
    const response = await fake.fetch(
      `https://fakenet.api.hasoffers.com/Apiv3/json?NetworkToken=${fake.networkToken}&Target=Offer&Method=findById&id=1`,
    );
    expect(JSON.parse(await response.text()).response.status).toBe(1);
  });

  test("unknown targets and methods are API errors; other paths are 404 pages", async () => {
    const fake = fresh();
    expect((await call(fake, "Nope", "findAll")).response.errorMessage).toBe("Target Nope does not exist");
    expect((await call(fake, "Offer", "explode")).response.errorMessage).toBe(
      "Method Offer::explode does not exist",
    );
    const missing = await fake.fetch("https://fakenet.api.hasoffers.com/Apiv4/json");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("<title>404 Not Found</title>");
  });
});
