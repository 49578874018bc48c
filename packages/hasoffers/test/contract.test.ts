import { readFileSync } from "node:fs";
import { join } from "node:path";
import { APIError, AuthenticationError, RateLimitError, ValidationError } from "@offerkit/errors";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { HasOffers } from "../src/index.js";
import { client, TOKEN } from "./helpers/fake-fetch.js";
import {
  FIXTURES,
  get,
  type Interaction,
  type Json,
  loadInteractions,
  plain,
  writeJson,
} from "./helpers/ordered-fixture.js";
import { decodePhp, grouped } from "./helpers/php-params.js";

/*
 * Contract tests: every recorded interaction is replayed through an injected fetch. The SDK must send exactly the
 * recorded parameters (pyoffers' requests, which HasOffers accepted) and make the right result or typed error of
 * the recorded answer.
 */

type P = Record<string, any>;
const AUTH = new Set(["NetworkId", "NetworkToken", "Target", "Method"]);
const MANAGERS: Record<string, keyof HasOffers> = {
  Advertiser: "advertisers",
  Affiliate: "affiliates",
  AffiliateUser: "affiliateUsers",
  Conversion: "conversions",
  Goal: "goals",
  Offer: "offers",
  OfferFile: "offerFiles",
  Tag: "tags",
};
const THUMBNAIL = new Uint8Array(readFileSync(join(FIXTURES, "test-thumbnail.jpg")));

const finderOptions = (p: P) => ({
  filters: p.filters,
  limit: p.limit === undefined ? undefined : Number(p.limit),
  page: p.page === undefined ? undefined : Number(p.page),
  fields: p.fields,
  contain: p.contain,
});

/** The SDK call that makes each recorded request. */
function route(ho: HasOffers, target: string, method: string, p: P): Promise<unknown> {
  const m = (ho as unknown as Record<string, any>)[MANAGERS[target] as string];
  switch (`${target}.${method}`) {
    case "Advertiser.block":
    case "Affiliate.block":
      return m.block(p.id, p.reason);
    case "OfferFile.create":
      return ho.offerFiles.create({ ...p.data, file: THUMBNAIL });
    case "Offer.addTargetCountry":
      return ho.offers.addTargetCountry(p.id, p.country_code);
    case "Offer.addCategory":
      return ho.offers.addCategory(p.id, p.category_id);
    case "Offer.getCategories":
      return ho.offers.getCategories(p.id);
    case "Offer.getTargetCountries":
      return ho.offers.getTargetCountries(p.id);
    case "Offer.blockAffiliate":
      return ho.offers.blockAffiliate(p.id, p.affiliate_id);
    case "Offer.unblockAffiliate":
      return ho.offers.unblockAffiliate(p.id, p.affiliate_id);
    case "Offer.setAffiliateApproval":
      return ho.offers.setAffiliateApprovalStatus(p.id, p.affiliate_id, p.status);
    case "Offer.getAffiliateApprovalStatus":
      return ho.offers.getAffiliateApprovalStatus(p.id, p.affiliate_id);
    case "Offer.getBlockedAffiliateIds":
      return ho.offers.getBlockedAffiliateIds(p.id);
    case "Offer.getApprovedAffiliateIds":
      return ho.offers.getApprovedAffiliateIds(p.id);
    case "Offer.getUnapprovedAffiliateIds":
      return ho.offers.getUnapprovedAffiliateIds(p.id);
    case "Offer.getOfferFilesWithCreativeCode":
      return ho.affiliates.getOfferFilesWithCreativeCode(p.affiliate_id, p.offer_id);
    case "Offer.generateTrackingLink":
      return ho.offers.generateTrackingLink(p.offer_id, p.affiliate_id, {
        tinyUrl: p.options.tiny_url === "1",
        params: p.params,
      });
    case "Offer.findAllAffiliateApprovals":
      return ho.offers.findAllAffiliateApprovals(finderOptions(p));
    case "Application.findAllOfferCategories":
      return ho.application.findAllOfferCategories(finderOptions(p));
    case "Application.findAllOfferCategoryOfferIds":
      return ho.application.findAllOfferCategoryOfferIds(p.id);
    case "Application.updateOfferCategory":
      return ho.application.updateOfferCategory(p.id, p.data);
    case "Tag.removeFromAdvertiserByRelationalId":
      return ho.tags.removeFromAdvertiserByRelationalId(p.id);
  }
  if (target === "RawLog") return ho.rawLogTransport.call(method, p);
  if (target === "test") return ho.call(target, method, p);
  const tag = /^(addTo|removeFrom|setFor)(Offer|Affiliate|Advertiser)$/.exec(method);
  if (target === "Tag" && tag) {
    const owner = p[`${(tag[2] as string).toLowerCase()}_id`];
    return tag[1] === "setFor"
      ? (ho.tags as any)[method](p.tag_ids, owner)
      : (ho.tags as any)[method](p.tag_id, owner);
  }
  if (target === "Tag" && /^findAll\w+TagRelations$/.test(method))
    return (ho.tags as any)[method](finderOptions(p));
  switch (method) {
    case "create":
      return m.create(p.data);
    case "update":
      return m.update(p.id, p.data);
    case "findById":
      return m.findById(p.id, { fields: p.fields, contain: p.contain });
    case "findAll":
      return m.findAll(finderOptions(p));
    case "findAllIds":
      return m.findAllIds({ filters: p.filters });
  }
  throw new Error(`no route for ${target}.${method}`);
}

/** The errors the recorded failures must become. */
const FAILURES: Record<string, { type: new (...a: any[]) => Error; check?: (e: any) => void }> = {
  "advertiser.json#4": { type: ValidationError, check: (e) => expect(e.param).toBe("account_manager_id") },
  "affiliate.json#10": {
    type: ValidationError,
    check: (e) => expect(e.errors[0].message).toMatch(/^Status must be one of/),
  },
  "offer.json#9": { type: APIError, check: (e) => expect(e.message).toBe("Row id is negative") },
  "offer.json#20": { type: APIError, check: (e) => expect(e.message).toBe("Failed to hydrate rows: 21") },
  "offer_file.json#5": { type: ValidationError, check: (e) => expect(e.param).toBe("type") },
  "default.json#0": {
    type: AuthenticationError,
    check: (e) => expect(e.message).toBe("Network id is not valid"),
  },
  "conversion.json#12": { type: RateLimitError },
};

/** The model each row of a listing is recorded under. */
const ROW_MODEL: Record<string, string> = {
  findAllAffiliateApprovals: "AffiliateOffer",
  findAllOfferCategories: "OfferCategory",
  getCategories: "OfferCategory",
  getTargetCountries: "Country",
  getOfferFilesWithCreativeCode: "OfferFile",
  findAllOfferTagRelations: "OffersTags",
  findAllAffiliateTagRelations: "AffiliatesTags",
  findAllAdvertiserTagRelations: "AdvertisersTags",
};

/** Ids of the rows of a recorded collection, in the recorded order (`undefined` when `fields` left ids out). */
function rowIds(rows: Json | undefined, target: string, method: string): unknown[] {
  const list = rows instanceof Map ? [...rows.values()] : Array.isArray(rows) ? rows : [];
  return list.map((row) => get(row, ROW_MODEL[method] ?? target, "id"));
}

/** What the SDK must have made of a recorded success. */
function checkResult(target: string, method: string, data: Json | undefined, result: any): void {
  const wrapped = data instanceof Map && data.has("data") ? data : undefined;
  if (target === "RawLog" || method === "generateTrackingLink" || /Ids$/.test(method)) {
    expect(result).toEqual(plain(data ?? null));
  } else if (data === true) {
    expect(result).toBe(true);
  } else if (data === null) {
    expect(result).toBeNull();
  } else if (method === "getAffiliateApprovalStatus") {
    expect(result).toBe(data);
  } else if (/^findAll/.test(method)) {
    const items = Array.isArray(result) ? result : result.items;
    expect(items.map((row: any) => row.id)).toEqual(
      rowIds(wrapped ? wrapped.get("data") : data, target, method),
    );
    if (wrapped?.has("count"))
      expect(result).toMatchObject({ count: get(wrapped, "count"), pageCount: get(wrapped, "pageCount") });
  } else if (method === "getOfferFilesWithCreativeCode") {
    expect(result.map((f: any) => f.id)).toEqual(rowIds(get(data, "data"), target, method));
    expect(result.every((f: any) => typeof f.CreativeCode === "string")).toBe(true);
  } else if (method === "getCategories" || method === "getTargetCountries") {
    expect(result.map((r: any) => r.id)).toEqual(rowIds(data, target, method));
  } else {
    // One record: `{Model: {...}, Relation: …}` or flat.
    const own = get(data, target) ?? data;
    expect(result.id).toBe(get(own, "id"));
    for (const [name, value] of data instanceof Map ? data : []) {
      if (name === target) continue;
      if (name === "Country")
        expect(result.Country.map((c: any) => c.code)).toEqual(value instanceof Map ? [...value.keys()] : []);
      else if (name === "Advertiser") expect(result.Advertiser.id).toBe(get(value, "id"));
      else expect(result[name]).toEqual(plain(value));
    }
  }
}

/** Serves the recorded answers in order, checking each request against the recording. */
function replay(records: Interaction[]) {
  let next = 0;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const record = records[Math.min(next++, records.length - 1)] as Interaction;
    const url = new URL(request.url);
    expect(request.method).toBe(record.method);
    if (record.urlBase.includes("hasoffers.com")) {
      const sent = [...url.searchParams].filter(([k]) => !AUTH.has(k));
      expect(grouped(sent)).toEqual(grouped(record.query.filter(([k]) => !AUTH.has(k))));
      expect(url.searchParams.get("NetworkToken")).toBe(TOKEN);
      if (record.method === "POST") {
        const form = await request.formData();
        const name = record.query.find(([k]) => k === "data[filename]")?.[1] as string;
        const part = form.get(name);
        expect(part).toBeInstanceOf(Blob);
        expect(new Uint8Array(await (part as Blob).arrayBuffer())).toEqual(THUMBNAIL);
      }
    } else {
      expect(`${url.origin}${url.pathname}`).toBe(record.urlBase);
    }
    const body = record.json === undefined ? latin1(record.text ?? "") : writeJson(record.json);
    return new Response(body, {
      status: record.status,
      headers: { "content-type": record.headers["Content-Type"] ?? "" },
    });
  }) as typeof globalThis.fetch;
  return { fetch, count: () => next };
}

function latin1(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const isRateLimited = (r: Interaction) =>
  /rate limit/i.test(JSON.stringify(plain(get(r.json ?? null, "response", "errors") ?? [])));

/** Recorded exchanges: a rate-limited request and its repetitions form one SDK call. */
function exchanges(): Interaction[][] {
  const all = loadInteractions();
  const out: Interaction[][] = [];
  for (const record of all) {
    const previous = out.at(-1);
    const last = previous?.at(-1);
    const repeat =
      last &&
      last.file === record.file &&
      isRateLimited(last) &&
      JSON.stringify(last.query) === JSON.stringify(record.query);
    if (repeat) previous?.push(record);
    else out.push([record]);
  }
  return out;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("replay of the recorded HasOffers traffic", () => {
  const all = exchanges();

  test("covers every recorded interaction", () => {
    expect(all.flat()).toHaveLength(loadInteractions().length);
    expect(all.flat()).toHaveLength(139);
  });

  test.each(
    all.map((records) => [`${records[0]?.file}#${records.map((r) => r.index).join("+")}`, records] as const),
  )("%s", async (_name, records) => {
    const first = records[0] as Interaction;
    const replayer = replay(records);
    const ho = client(replayer.fetch, { maxRetries: records.length - 1 });
    vi.useFakeTimers();
    let outcome: { value?: unknown; error?: unknown } | undefined;
    const run = first.urlBase.includes("hasoffers.com")
      ? route(
          ho,
          first.query.find(([k]) => k === "Target")?.[1] as string,
          first.query.find(([k]) => k === "Method")?.[1] as string,
          decodePhp(first.query.filter(([k]) => !AUTH.has(k))),
        )
      : ho.rawLogTransport.download(first.urlBase).then((body) => new Response(body).arrayBuffer());
    run.then(
      (value) => (outcome = { value }),
      (error) => (outcome = { error }),
    );
    for (let i = 0; i < 100 && !outcome; i++) await vi.advanceTimersByTimeAsync(1000);
    expect(replayer.count()).toBe(records.length);

    const last = records.at(-1) as Interaction;
    const key = `${first.file}#${first.index}`;
    const failure = FAILURES[key];
    if (failure) {
      expect(outcome?.error).toBeInstanceOf(failure.type);
      failure.check?.(outcome?.error);
      expect(JSON.stringify(outcome?.error)).not.toContain(TOKEN);
      return;
    }
    if (outcome?.error) throw outcome.error;
    if (!first.urlBase.includes("hasoffers.com")) {
      expect(new Uint8Array(outcome?.value as ArrayBuffer)).toEqual(latin1(last.text ?? ""));
      return;
    }
    const target = first.query.find(([k]) => k === "Target")?.[1] as string;
    const method = first.query.find(([k]) => k === "Method")?.[1] as string;
    checkResult(target, method, get(last.json ?? null, "response", "data"), outcome?.value);
  });

  test("the recorded raw-log download is the recorded zip", async () => {
    const zip = new Uint8Array(readFileSync(join(FIXTURES, "raw-log-payloads/interaction6.zip")));
    const record = loadInteractions().find((r) => r.file === "raw_log.json" && r.index === 6) as Interaction;
    expect(latin1(record.text ?? "")).toEqual(zip);
  });
});
