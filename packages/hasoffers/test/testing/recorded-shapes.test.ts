import { describe, expect, test } from "vitest";
import { createFakeHasOffers, type FakeHasOffers } from "../../src/testing.js";
import {
  firstEntry,
  haveRecordings,
  recordedBytes,
  recordedResponse,
  shapeDifferences,
  shapeOf,
} from "./recorded.js";
import { call, callUrl, data } from "./support.js";

/** Expects the fake's `data` to look like the recorded one: same keys, same JSON types (null fits anything). */
function expectLookAlike(recorded: unknown, fake: unknown): void {
  expect(shapeDifferences(shapeOf(recorded), shapeOf(fake))).toEqual([]);
}

function fresh(): FakeHasOffers {
  return createFakeHasOffers({ rateLimit: false });
}

const OFFER_CREATE =
  "data[name]=Test&data[offer_url]=http://www.example.com&data[status]=pending&data[expiration_date]=2030-12-12 23:59:59&data[preview_url]=http://www.example.com";

describe.skipIf(!haveRecordings)("the fake answers like the recordings", () => {
  test("Advertiser: create, findById hit and miss, update, block, paged findAll", async () => {
    const fake = fresh();
    const created = await data(
      fake,
      "Advertiser",
      "create",
      "data[status]=pending&data[company]=Test&data[zipcode]=123456&data[country]=CZ",
    );
    expectLookAlike(recordedResponse("advertiser", 0).data, created);
    expect(created.Advertiser.modified).toBe(-62169966000);
    const id = created.Advertiser.id;
    expectLookAlike(
      recordedResponse("advertiser", 1).data,
      await data(fake, "Advertiser", "findById", `id=${id}`),
    );
    expect(await data(fake, "Advertiser", "findById", "id=100000")).toBeNull();
    expectLookAlike(
      recordedResponse("advertiser", 3).data,
      await data(fake, "Advertiser", "update", `id=${id}&data[company]=Another`),
    );
    expect(await data(fake, "Advertiser", "block", `id=${id}&reason=reason text`)).toBe(true);
    const page = await data(fake, "Advertiser", "findAll", "limit=2");
    const recorded = recordedResponse("advertiser", 6).data;
    expect(Object.keys(page)).toEqual(Object.keys(recorded));
    expectLookAlike(
      { ...recorded, data: firstEntry(recorded.data) },
      { ...page, data: firstEntry(page.data) },
    );
  });

  test("an invalid account manager id is refused with the recorded error shape and text", async () => {
    const fake = fresh();
    const response = (await call(fake, "Advertiser", "update", "id=1&data[account_manager_id]=string"))
      .response;
    expect(response).toEqual(recordedResponse("advertiser", 4));
  });

  test("an invalid affiliate status is refused with the recorded error text", async () => {
    const fake = fresh();
    const response = (await call(fake, "Affiliate", "update", "id=1&data[status]=null")).response;
    expect(response).toEqual(recordedResponse("affiliate", 10));
  });

  test("Affiliate and AffiliateUser: create, unpaged findAll keyed by id, [] when empty", async () => {
    const fake = fresh();
    const affiliate = await data(
      fake,
      "Affiliate",
      "create",
      "data[company]=Test Company&data[country]=USA&data[region]=Ohio&data[zipcode]=12345",
    );
    expectLookAlike(recordedResponse("affiliate", 0).data, affiliate);
    const id = affiliate.Affiliate.id;
    const user = await data(
      fake,
      "AffiliateUser",
      "create",
      `data[affiliate_id]=${id}&data[email]=test7@test.com&data[first_name]=TestName&data[last_name]=TestLastName&data[password]=123qwe&data[password_confirmation]=123qwe&data[phone]=%2B78912345678`,
    );
    expectLookAlike(recordedResponse("affiliate", 1).data, user);
    expect(user.AffiliateUser).not.toHaveProperty("password");
    const users = await data(fake, "AffiliateUser", "findAll", `filters[affiliate_id]=${id}`);
    expectLookAlike(firstEntry(recordedResponse("affiliate", 2).data), firstEntry(users));
    expect(await data(fake, "AffiliateUser", "findAll", "filters[affiliate_id]=99999")).toEqual(
      recordedResponse("affiliate", 4).data,
    );
  });

  test("OfferFile.findAll is paged even without limit; creative codes come in a page-less wrapper", async () => {
    const fake = fresh();
    const files = await data(fake, "OfferFile", "findAll", "");
    const recorded = recordedResponse("affiliate", 14).data;
    expect(Object.keys(files).sort()).toEqual(Object.keys(recorded).sort());
    expectLookAlike(firstEntry(recorded.data), firstEntry(files.data));
    const file = fake.state.list("OfferFile")[0]!;
    const affiliate = fake.state.list("Affiliate")[0]!;
    const codes = await data(
      fake,
      "Offer",
      "getOfferFilesWithCreativeCode",
      `offer_id=${file.offer_id}&affiliate_id=${affiliate.id}`,
    );
    const recordedCodes = recordedResponse("affiliate", 15).data;
    expect(Object.keys(codes).sort()).toEqual(Object.keys(recordedCodes).sort());
    expectLookAlike(firstEntry(recordedCodes.data), firstEntry(codes.data));
  });

  test("Application: offer categories keyed by id, category offer ids as strings", async () => {
    const fake = fresh();
    expectLookAlike(
      firstEntry(recordedResponse("application", 0).data),
      firstEntry(await data(fake, "Application", "findAllOfferCategories")),
    );
    const [offerId, categories] = [...fake.state.offerCategories][0]!;
    const ids = await data(fake, "Application", "findAllOfferCategoryOfferIds", `id=${categories[0]}`);
    expect(ids).toContain(offerId);
    expectLookAlike(recordedResponse("application", 1).data, ids);
  });

  test("Conversion: create, paged and unpaged findAll, empty answers, fields projection", async () => {
    const fake = fresh();
    expectLookAlike(
      recordedResponse("conversion", 0).data,
      await data(
        fake,
        "Conversion",
        "create",
        "data[status_code]=22&data[status]=pending&data[revenue]=1&data[affiliate_id]=1&data[offer_id]=1&data[payout]=1",
      ),
    );
    const page = await data(fake, "Conversion", "findAll", "limit=2");
    expectLookAlike(firstEntry(recordedResponse("conversion", 3).data.data), firstEntry(page.data));
    expect(await data(fake, "Conversion", "findAll", "filters[goal_id]=100000&limit=1")).toEqual(
      recordedResponse("conversion", 5).data,
    );
    expect(await data(fake, "Conversion", "findAll", "filters[offer_id]=99999")).toEqual(
      recordedResponse("conversion", 7).data,
    );
    const projected = await data(
      fake,
      "Conversion",
      "findAll",
      "fields[]=datetime&fields[]=country_code&limit=1",
    );
    expect(Object.keys(firstEntry(projected.data).Conversion)).toEqual(["datetime", "country_code"]);
    expectLookAlike(firstEntry(recordedResponse("conversion", 9).data.data), firstEntry(projected.data));
  });

  test("a bad token gets the recorded non-standard envelope, byte for byte", async () => {
    const fake = fresh();
    const response = await fake.fetch(
      `${fake.endpoint}?NetworkId=${fake.networkId}&NetworkToken=NETwrong&Target=test&Method=test`,
    );
    expect(JSON.parse(await response.text())).toEqual({ response: recordedResponse("default", 0) });
    expect(response.status).toBe(200);
  });

  test("findAllIds answers id strings", async () => {
    const fake = fresh();
    expectLookAlike(recordedResponse("default", 1).data, await data(fake, "Advertiser", "findAllIds"));
  });

  test("Goal: create and paged findAll", async () => {
    const fake = fresh();
    const goal = await data(
      fake,
      "Goal",
      "create",
      "data[status]=deleted&data[description]=String&data[offer_id]=1&data[name]=Test",
    );
    expectLookAlike(recordedResponse("goal", 1).data, goal);
    expect(typeof goal.Goal.modified).toBe("number");
    expectLookAlike(
      firstEntry(recordedResponse("goal", 5).data.data),
      firstEntry((await data(fake, "Goal", "findAll", "limit=2")).data),
    );
  });

  test("Offer: create, contain Country keyed by code or [], contain Advertiser flat", async () => {
    const fake = fresh();
    const offer = await data(fake, "Offer", "create", OFFER_CREATE);
    expectLookAlike(recordedResponse("offer", 0).data, offer);
    const id = offer.Offer.id;
    expect(await data(fake, "Offer", "findById", "id=1000")).toBeNull();
    expect(await data(fake, "Offer", "addTargetCountry", `id=${id}&country_code=ES`)).toBe(true);
    expect(await data(fake, "Offer", "addTargetCountry", `id=${id}&country_code=RU`)).toBe(true);
    const withCountries = await data(fake, "Offer", "findById", `id=${id}&contain[]=Country`);
    expect(Object.keys(withCountries.Country)).toEqual(["ES", "RU"]);
    expectLookAlike(recordedResponse("offer", 21).data.Country.ES, withCountries.Country.ES);
    const listed = await data(fake, "Offer", "findAll", `filters[id]=${id}&contain[]=Country`);
    // The 2016 recordings lack `code3c`; the 2018 ones (offer.json #21) have it, as the fake does.
    expect(Object.keys(firstEntry(listed).Country)).toEqual(["ES", "RU"]);
    expectLookAlike(recordedResponse("offer", 21).data.Country.RU, firstEntry(listed).Country.RU);
    const bare = await data(fake, "Offer", "create", OFFER_CREATE);
    const none = await data(fake, "Offer", "findAll", `filters[id]=${bare.Offer.id}&contain[]=Country`);
    expect(firstEntry(none).Country).toEqual(recordedResponse("offer", 16).data["100"].Country);
    const seeded = fake.state.list("Offer", (o) => o.advertiser_id !== null)[0]!;
    const withAdvertiser = await data(fake, "Offer", "findById", `id=${seeded.id}&contain[]=Advertiser`);
    expectLookAlike(recordedResponse("offer", 22).data.Advertiser, withAdvertiser.Advertiser);
    expect(await data(fake, "Offer", "getTargetCountries", `id=${id}`)).toEqual([
      { Country: { id: "724", code: "ES", name: "spain", regions: [] } },
      { Country: { id: "643", code: "RU", name: "russian federation", regions: [] } },
    ]);
    expectLookAlike(
      recordedResponse("offer", 11).data,
      await data(fake, "Offer", "getTargetCountries", `id=${id}`),
    );
  });

  test("Offer refusals use the recorded texts", async () => {
    const fake = fresh();
    expect((await call(fake, "Offer", "addCategory", "id=1&category_id=-1")).response).toEqual(
      recordedResponse("offer", 9),
    );
    expect((await call(fake, "Offer", "blockAffiliate", "id=1&affiliate_id=21")).response).toEqual(
      recordedResponse("offer", 20),
    );
  });

  test("affiliate approvals: the first answers the flat record, later ones true; status is a string", async () => {
    const fake = fresh();
    const offer = (await data(fake, "Offer", "create", OFFER_CREATE)).Offer.id;
    const first = await data(
      fake,
      "Offer",
      "setAffiliateApproval",
      `id=${offer}&affiliate_id=1&status=approved`,
    );
    expectLookAlike(recordedResponse("offer", 27).data, first);
    expect(Object.keys(first)).toEqual(Object.keys(recordedResponse("offer", 27).data));
    expect(
      await data(fake, "Offer", "setAffiliateApproval", `id=${offer}&affiliate_id=1&status=approved`),
    ).toBe(true);
    expect(await data(fake, "Offer", "getAffiliateApprovalStatus", `id=${offer}&affiliate_id=1`)).toBe(
      "approved",
    );
    expect(await data(fake, "Offer", "getApprovedAffiliateIds", `id=${offer}`)).toEqual(["1"]);
    const approvals = await data(fake, "Offer", "findAllAffiliateApprovals", `filters[offer_id]=${offer}`);
    const recorded = firstEntry(recordedResponse("offer", 42).data);
    const entry = firstEntry(approvals);
    expect(Object.keys(entry).sort()).toEqual(Object.keys(recorded).sort());
    expectLookAlike(recorded.AffiliateOffer, entry.AffiliateOffer);
    expectLookAlike(recorded.Affiliate, entry.Affiliate);
    expect(entry.Offer.modified).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  test("tracking links: offer_id is an integer, tiny links are short", async () => {
    const fake = fresh();
    const long = await data(
      fake,
      "Offer",
      "generateTrackingLink",
      "offer_id=1&affiliate_id=1&options[tiny_url]=0&params[file_id]=727",
    );
    expectLookAlike(recordedResponse("offer", 41).data, long);
    expect(long.click_url).toMatch(/\/aff_c\?offer_id=1&aff_id=1&file_id=727$/);
    const tiny = await data(
      fake,
      "Offer",
      "generateTrackingLink",
      "offer_id=1&affiliate_id=1&options[tiny_url]=1",
    );
    expect(tiny.click_url).toMatch(/^http:\/\/fakenet\.go2cloud\.org\/[A-Za-z0-9]{1,6}$/);
  });

  test("OfferFile.create takes a multipart upload and computes size and real dimensions", async () => {
    const fake = fresh();
    const form = new FormData();
    const jpeg = recordedBytes("test-thumbnail.jpg");
    form.append("test-thumbnail.jpg", new Blob([jpeg]), "test-thumbnail.jpg");
    const query =
      "data[filename]=test-thumbnail.jpg&data[display]=TEST_FILE&data[type]=offer thumbnail&data[width]=200&data[height]=100&data[offer_id]=1";
    const response = await fake.fetch(callUrl(fake, "OfferFile", "create", query), {
      method: "POST",
      body: form,
    });
    const created = JSON.parse(await response.text()).response.data;
    expectLookAlike(recordedResponse("offer_file", 0).data, created);
    expect(created.OfferFile).toMatchObject({
      size: "7592",
      width: "640",
      height: "480",
      filename: "test-thumbnail.jpg",
    });
    expect(created.OfferFile.thumbnail).toMatch(/\/1\/thumbnails_100\/test-thumbnail\.jpg$/);
    expect(fake.requests.at(-1)!.uploads).toEqual([
      { field: "test-thumbnail.jpg", filename: "test-thumbnail.jpg", size: 7592 },
    ]);
  });

  test("OfferFile: the invalid-type refusal and the CreativeCode string match the recordings", async () => {
    const fake = fresh();
    expect((await call(fake, "OfferFile", "update", "id=1&data[type]=whatever")).response).toEqual(
      recordedResponse("offer_file", 5),
    );
    const withCode = await data(fake, "OfferFile", "findById", "id=1&contain[]=CreativeCode");
    expectLookAlike(recordedResponse("offer_file", 10).data, withCode);
  });

  test("RawLog: date dirs, log files and links look like the recorded ones", async () => {
    const fake = fresh();
    const dirs = await data(fake, "RawLog", "listDateDirs", "log_type=clicks");
    expectLookAlike(recordedResponse("raw_log", 0).data, dirs);
    const logs = await data(
      fake,
      "RawLog",
      "listLogs",
      `log_type=clicks&date_dir=${dirs.dateDirs[0].dirName}`,
    );
    expectLookAlike(recordedResponse("raw_log", 1).data, logs);
    expect(logs.logFiles[0].filename).toMatch(/^\d{8}\/clicks-\d+-[A-Za-z0-9]{6}\.zip$/);
    const link = await data(
      fake,
      "RawLog",
      "getDownloadLink",
      `log_type=clicks&log_filename=${logs.logFiles[0].filename}`,
    );
    expectLookAlike(recordedResponse("raw_log", 4).data, link);
  });

  test("Tag: create, paged findAll, relations as recorded", async () => {
    const fake = fresh();
    const tag = await data(
      fake,
      "Tag",
      "create",
      "data[name]=test_tag_2&data[offer_applicable]=1&data[affiliate_applicable]=1&data[advertiser_applicable]=1&data[active]=1&data[pi_visible]=1&data[attribute]=Custom",
    );
    expectLookAlike(recordedResponse("tag", 0).data, tag);
    expectLookAlike(
      firstEntry(recordedResponse("tag", 3).data.data),
      firstEntry((await data(fake, "Tag", "findAll", "limit=2")).data),
    );
    const added = await data(fake, "Tag", "addToOffer", `tag_id=${tag.Tag.id}&offer_id=2`);
    expect(Object.keys(added)).toEqual(Object.keys(recordedResponse("tag", 5).data));
    expectLookAlike(recordedResponse("tag", 5).data, added);
    expect(await data(fake, "Tag", "setForOffer", `tag_ids[]=${tag.Tag.id}&tag_ids[]=1&offer_id=3`)).toBe(
      true,
    );
    const relations = await data(fake, "Tag", "findAllOfferTagRelations");
    expect(Object.keys(relations)).toEqual(Object.keys(recordedResponse("tag", 16).data));
    expectLookAlike(firstEntry(recordedResponse("tag", 16).data.data), firstEntry(relations.data));
    expect(await data(fake, "Tag", "findAllAdvertiserTagRelations")).toEqual(
      recordedResponse("tag", 18).data,
    );
  });

  test("the echoed request carries the NetworkToken, as the real API's does", async () => {
    const fake = fresh();
    const envelope = await call(fake, "Advertiser", "findById", "id=1");
    expect(Object.keys(envelope.request!).slice(0, 4)).toEqual(["Target", "Format", "Service", "Version"]);
    expect(envelope.request).toMatchObject({
      NetworkToken: fake.networkToken,
      NetworkId: "fakenet",
      Method: "findById",
      id: "1",
    });
  });
});
