import { MODELS, type ModelName } from "../../../hasoffers/src/testing/models/index.js";
import { rawLogFile, type Scenario } from "./fake-calls.js";

/*
 * One or more successful calls per Target.Method the fake answers, chosen to reach each shape the spec allows:
 * finders with and without `limit` (paging wrapper or bare keyed rows), with every relation the fake can attach,
 * with `fields`, for nothing (`[]`, `null`); writes returning the object or only the id / `true`.
 */

/** The stored models and what their writes need (`create` data must satisfy the fake's required fields). */
const WRITES: Record<string, { create: Record<string, unknown>; update: Record<string, unknown> }> = {
  Advertiser: {
    create: { company: "Conformance Inc" },
    update: { city: "Brno" },
  },
  Affiliate: {
    create: { company: "Conformance Media" },
    update: { city: "Brno" },
  },
  AffiliateUser: {
    create: {
      affiliate_id: 1,
      email: "spec@example.com",
      password: "Secret-123",
      password_confirmation: "Secret-123",
    },
    update: { title: "Editor" },
  },
  Conversion: {
    create: { offer_id: 1, affiliate_id: 1, payout: "1.5", revenue: "2" },
    update: { status: "rejected" },
  },
  Goal: {
    create: { offer_id: 1, name: "Signup" },
    update: { name: "Purchase" },
  },
  Offer: {
    create: {
      name: "Conformance",
      offer_url: "http://www.example.com",
      preview_url: "http://www.example.com",
      expiration_date: "2030-12-12 23:59:59",
    },
    update: { name: "Renamed" },
  },
  OfferFile: {
    create: { offer_id: 1, display: "Banner code", type: "html ad", code: "<b>hi</b>" },
    update: { display: "Renamed" },
  },
  Tag: { create: { name: "spec-tag" }, update: { name: "renamed-tag" } },
};

function modelScenarios(target: string): Scenario[] {
  const model = WRITES[target]!;
  // Every relation the fake accepts for the model: those it models are filled, the rest answered as `[]`.
  const contain = MODELS[target as ModelName].containable;
  const s = (method: string, label: string, params: Scenario["params"]): Scenario => ({
    method: `${target}.${method}`,
    label,
    params,
  });
  return [
    s("findAll", "all rows, no limit", {}),
    s("findAll", "a page (limit 2)", { limit: 2, page: 1 }),
    s("findAll", "a page past the last", { limit: 2, page: 9999 }),
    s("findAll", "nothing matches", { filters: { id: 999999 } }),
    s("findAll", "every relation", { limit: 3, contain }),
    s("findAll", "some fields", { fields: ["id"], limit: 2 }),
    s("findById", "one row", { id: 1 }),
    s("findById", "every relation", { id: 1, contain }),
    s("findById", "an unknown id", { id: 999999 }),
    s("findAllIds", "every id", {}),
    s("findAllIds", "nothing matches", { filters: { id: 999999 } }),
    s("findAllByIds", "two rows", { ids: [1, 2] }),
    s("findAllByIds", "unknown ids", { ids: [999998, 999999] }),
    s("create", "returns the object", { data: model.create }),
    s("create", "returns the id", { data: model.create, return_object: 0 }),
    s("update", "returns the object", { id: 1, data: model.update }),
    s("update", "returns true", { id: 1, data: model.update, return_object: 0 }),
    s("updateField", "returns the object", { id: 1, ...firstField(model.update) }),
    s("updateField", "returns the value", { id: 1, ...firstField(model.update), return_object: 0 }),
  ];
}

/**
 * Methods the fake answers that neither the spec nor the 2015 catalog has (Conversion and Goal have no
 * `findAllIds` there; Tag is newer than the catalog and no recording shows its `findAllIds`), and that no SDK
 * manager calls.
 */
export const FAKE_ONLY = ["Conversion.findAllIds", "Goal.findAllIds", "Tag.findAllIds"];

/** `updateField`'s parameters for the first field an update changes. */
function firstField(update: Record<string, unknown>) {
  const [field, value] = Object.entries(update)[0] ?? [];
  return { field, value };
}

const one = (method: string, label: string, params: Scenario["params"], upload?: boolean): Scenario => ({
  method,
  label,
  params,
  ...(upload ? { upload } : {}),
});

/** The calls whose answers the conformance test validates. */
export const SCENARIOS: Scenario[] = [
  ...Object.keys(WRITES)
    .flatMap(modelScenarios)
    .filter((s) => !FAKE_ONLY.includes(s.method)),
  one("Advertiser.block", "blocks", { id: 2, reason: "spec" }),
  one("Affiliate.block", "blocks", { id: 2, reason: "spec" }),
  one("Conversion.updateStatus", "approves", { id: 1, status: "approved" }),
  one(
    "OfferFile.create",
    "an uploaded thumbnail",
    { data: { offer_id: 1, display: "Thumb", type: "offer thumbnail" } },
    true,
  ),
  one("Offer.addTargetCountry", "adds", { id: 1, country_code: "CZ" }),
  one("Offer.getTargetCountries", "some", { id: 1 }),
  one("Offer.getTargetCountries", "none", { id: 2 }),
  one("Offer.removeTargetCountry", "removes", { id: 1, country_code: "CZ" }),
  one("Offer.setTargetCountries", "replaces", { id: 1, country_codes: ["DE", "ES"] }),
  one("Offer.addCategory", "adds", { id: 1, category_id: 1 }),
  one("Offer.getCategories", "some", { id: 1 }),
  one("Offer.getCategories", "none", { id: 3 }),
  one("Offer.removeCategory", "removes", { id: 1, category_id: 1 }),
  one("Offer.setCategories", "replaces", { id: 1, category_ids: [1, 2] }),
  one("Offer.blockAffiliate", "blocks", { id: 1, affiliate_id: 3 }),
  one("Offer.getBlockedAffiliateIds", "some", { id: 1 }),
  one("Offer.unblockAffiliate", "unblocks", { id: 1, affiliate_id: 3 }),
  one("Offer.setAffiliateApproval", "approves", { id: 1, affiliate_id: 1, status: "approved" }),
  one("Offer.setAffiliateApproval", "rejects", { id: 1, affiliate_id: 2, status: "rejected" }),
  one("Offer.getAffiliateApprovalStatus", "approved", { id: 1, affiliate_id: 1 }),
  one("Offer.getAffiliateApprovalStatus", "never asked", { id: 2, affiliate_id: 4 }),
  one("Offer.getApprovedAffiliateIds", "some", { id: 1 }),
  one("Offer.getUnapprovedAffiliateIds", "some", { id: 1 }),
  one("Offer.findAllAffiliateApprovals", "all", {}),
  one("Offer.findAllAffiliateApprovals", "a page", { limit: 2, page: 1, contain: ["Affiliate", "Offer"] }),
  one("Offer.findAllPendingAffiliateApprovals", "all", {}),
  one("Offer.getOfferFilesWithCreativeCode", "an offer's files", { offer_id: 1, affiliate_id: 1 }),
  one("Offer.generateTrackingLink", "a link", { offer_id: 1, affiliate_id: 1 }),
  one("Offer.generateTrackingLink", "a short link", {
    offer_id: 1,
    affiliate_id: 1,
    options: { tiny_url: 1 },
    params: { aff_sub: "x" },
  }),
  ...["Offer", "Affiliate", "Advertiser"].flatMap((owner) => {
    const key = `${owner.toLowerCase()}_id`;
    return [
      one(`Tag.addTo${owner}`, "adds", { tag_id: 1, [key]: 1 }),
      one(`Tag.findAll${owner}TagRelations`, "all", {}),
      one(`Tag.findAll${owner}TagRelations`, "a page", { limit: 1, page: 1 }),
      one(`Tag.removeFrom${owner}`, "removes", { tag_id: 1, [key]: 1 }),
      one(`Tag.setFor${owner}`, "replaces", { [key]: 1, tag_ids: [1, 2] }),
      // Runs after setFor…, so the relation it removes exists.
      one(`Tag.removeFrom${owner}ByRelationalId`, "removes", async (fake) => ({
        id: fake.state.list(`${owner}sTags` as ModelName)[0]?.id,
      })),
    ];
  }),
  one("Application.findAllOfferCategories", "all", {}),
  one("Application.findAllOfferCategories", "some fields", { fields: ["id", "name"] }),
  one("Application.findAllOfferCategoryOfferIds", "a category's offers", { id: 1 }),
  one("Application.addOfferCategory", "adds", { data: { name: "Spec", status: "active" } }),
  one("Application.updateOfferCategory", "updates", { id: 1, data: { name: "Renamed" } }),
  one("Application.findAllCountries", "all", {}),
  one("Application.findCountryByCode", "one", { code: "CZ" }),
  one("Application.findCountryByCode", "unknown", { code: "XX" }),
  one("Report.getStats", "grouped by offer", {
    fields: ["Stat.offer_id", "Stat.clicks", "Stat.conversions", "Stat.payout", "Offer.name"],
    groups: ["Stat.offer_id"],
    totals: 1,
    limit: 5,
  }),
  one("Report.getStats", "by day", {
    fields: ["Stat.date", "Stat.clicks"],
    filters: { "Stat.date": { conditional: "BETWEEN", values: ["2000-01-01", "2100-01-01"] } },
  }),
  one("Report.getStats", "nothing matches", {
    fields: ["Stat.clicks"],
    filters: { "Stat.date": { conditional: "LESS_THAN", values: "1970-01-02" } },
  }),
  one("Report.getConversions", "rows", {
    fields: ["Stat.id", "Stat.payout", "Stat.datetime", "Offer.name"],
    limit: 5,
    totals: 1,
  }),
  one("RawLog.listDateDirs", "clicks", { log_type: "clicks" }),
  one(
    "RawLog.listLogs",
    "a day",
    rawLogFile((file) => ({ date_dir: file.dirName })),
  ),
  one("RawLog.listLogs", "an empty day", { log_type: "clicks", date_dir: "19990101" }),
  one(
    "RawLog.getDownloadLink",
    "a file",
    rawLogFile((file) => ({ log_filename: file.filename })),
  ),
  one("RawLog.getLogExpirations", "all", {}),
];
