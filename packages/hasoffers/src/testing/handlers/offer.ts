import { fail } from "../api-failure.js";
import { type FindResult, find, keyed, paged, requireId } from "../finder.js";
import { Keyed } from "../json-text.js";
import { countryByCode } from "../models/countries.js";
import type { Row } from "../models/spec.js";
import { asList, asMap, type PhpValue } from "../php-params.js";
import { containerFor, offerCategoryRows } from "../relations.js";
import { formatDatetime } from "../write.js";
import { type CallContext, requireParam, type TargetHandlers } from "./context.js";
import { modelMethods } from "./model-methods.js";

function offerOf(ctx: CallContext, key = "id"): Row {
  const id = requireId(ctx.params, key);
  const row = ctx.store.table("Offer").get(id);
  if (!row) fail(`Failed to hydrate rows: ${id}`);
  return row;
}

function affiliateOf(ctx: CallContext): Row {
  const id = requireId(ctx.params, "affiliate_id");
  const row = ctx.store.table("Affiliate").get(id);
  // The recorded answer for blocking an unknown affiliate (offer.json #20).
  if (!row) fail(`Failed to hydrate rows: ${id}`);
  return row;
}

function approvals(ctx: CallContext, offerId: string): Row[] {
  return ctx.store
    .table("AffiliateOffer")
    .all()
    .filter((row) => row.offer_id === offerId);
}

function approvalOf(ctx: CallContext, offerId: string, affiliateId: string): Row | undefined {
  return approvals(ctx, offerId).find((row) => row.affiliate_id === affiliateId);
}

/** An ISO alpha-2 code as the fake stores it (upper case); an unknown one is refused. */
function countryCodeOf(sent: string): string {
  const code = sent.toUpperCase();
  if (!countryByCode(code)) fail(`Country code ${code} is not valid`);
  return code;
}

/** The id under `key` of an existing offer category (the recorded texts for a bad or unknown id). */
function categoryIdOf(ctx: CallContext, params: Record<string, PhpValue>, key: string): string {
  const id = requireId(params, key);
  if (!ctx.store.table("OfferCategory").get(id)) fail(`Failed to hydrate rows: ${id}`);
  return id;
}

/** The items of a list, first occurrence kept. */
const unique = (items: readonly string[]): string[] => [...new Set(items)];

/**
 * Approval records among `rows`, filtered, sorted and paged by the call's parameters, each with its affiliate and
 * offer embedded whatever `contain` says. The embedded records differ from their own finders' (offer.json #42): the
 * Offer carries `modified` as a datetime string, the Affiliate an extra `fraud_profile_score`.
 */
function findApprovals(ctx: CallContext, rows: readonly Row[]): FindResult {
  const contain = containerFor(ctx.store, "AffiliateOffer");
  return find(
    {
      spec: ctx.store.table("AffiliateOffer").spec,
      rows,
      contain: (row, name) => {
        const value = contain(row, name);
        if (Array.isArray(value)) return value;
        const embedded = value as Row;
        if (name === "Affiliate") return { ...embedded, fraud_profile_score: null };
        const modified = embedded.modified;
        return {
          ...embedded,
          modified: typeof modified === "number" ? formatDatetime(Math.max(0, modified) * 1000) : modified,
        };
      },
    },
    { ...ctx.params, contain: ["Affiliate", "Offer"] },
  );
}

/** The short code `tiny_url=1` links end in (recorded: `/SHk`); stable per offer and affiliate. */
function tinyCode(offerId: string, affiliateId: string): string {
  const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let n = Number(offerId) * 7919 + Number(affiliateId) * 104729;
  let code = "";
  do {
    code += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  } while (n > 0 && code.length < 6);
  return code;
}

/**
 * The Offer Target: the finder family plus target countries, categories, affiliate blocks and approvals,
 * creative codes and tracking links, answering the recorded shapes (`true`, id lists, flat dicts).
 */
export function offerHandlers(): TargetHandlers {
  return {
    ...modelMethods("Offer"),
    addTargetCountry(ctx) {
      const offer = offerOf(ctx);
      const code = countryCodeOf(requireParam(ctx.params, "country_code"));
      const codes = ctx.store.offerCountries.get(String(offer.id)) ?? [];
      if (!codes.includes(code)) ctx.store.offerCountries.set(String(offer.id), [...codes, code]);
      ctx.markApplied();
      return true;
    },
    removeTargetCountry(ctx) {
      const offer = offerOf(ctx);
      const code = requireParam(ctx.params, "country_code").toUpperCase();
      const codes = ctx.store.offerCountries.get(String(offer.id)) ?? [];
      ctx.store.offerCountries.set(
        String(offer.id),
        codes.filter((c) => c !== code),
      );
      ctx.markApplied();
      return true;
    },
    setTargetCountries(ctx) {
      const offer = offerOf(ctx);
      // `country_codes` is optional (catalog): sent without any, as the SDK sends an empty list, it clears the
      // targeting. Every code is checked before anything changes.
      const codes = unique(asList(ctx.params.country_codes).map(countryCodeOf));
      ctx.store.offerCountries.set(String(offer.id), codes);
      ctx.markApplied();
      return true;
    },
    getTargetCountries(ctx) {
      const offer = offerOf(ctx);
      // A list of `{Country: {id, code, name, regions}}` (offer.json #11), `[]` when none.
      return (ctx.store.offerCountries.get(String(offer.id)) ?? []).map((code) => {
        const c = countryByCode(code)!;
        return { Country: { id: c.id, code: c.code, name: c.name, regions: [] } };
      });
    },
    addCategory(ctx) {
      const offer = offerOf(ctx);
      const categoryId = categoryIdOf(ctx, ctx.params, "category_id");
      const ids = ctx.store.offerCategories.get(String(offer.id)) ?? [];
      if (!ids.includes(categoryId)) ctx.store.offerCategories.set(String(offer.id), [...ids, categoryId]);
      ctx.markApplied();
      return true;
    },
    removeCategory(ctx) {
      const offer = offerOf(ctx);
      const categoryId = requireId(ctx.params, "category_id");
      const ids = ctx.store.offerCategories.get(String(offer.id)) ?? [];
      ctx.store.offerCategories.set(
        String(offer.id),
        ids.filter((id) => id !== categoryId),
      );
      ctx.markApplied();
      return true;
    },
    setCategories(ctx) {
      const offer = offerOf(ctx);
      // `category_ids` is required (catalog), so an empty list (sent as nothing) is refused rather than clearing.
      const sent = asList(ctx.params.category_ids);
      if (sent.length === 0) fail("Missing required argument: category_ids");
      const ids = unique(sent.map((id) => categoryIdOf(ctx, { category_ids: id }, "category_ids")));
      ctx.store.offerCategories.set(String(offer.id), ids);
      ctx.markApplied();
      return true;
    },
    getCategories(ctx) {
      const offer = offerOf(ctx);
      return offerCategoryRows(ctx.store, String(offer.id)).map((row) => ({ OfferCategory: row }));
    },
    blockAffiliate(ctx) {
      const offer = offerOf(ctx);
      const affiliate = affiliateOf(ctx);
      const blocked = ctx.store.offerBlocks.get(String(offer.id)) ?? new Set<string>();
      blocked.add(String(affiliate.id));
      ctx.store.offerBlocks.set(String(offer.id), blocked);
      ctx.markApplied();
      return true;
    },
    unblockAffiliate(ctx) {
      const offer = offerOf(ctx);
      const affiliate = affiliateOf(ctx);
      ctx.store.offerBlocks.get(String(offer.id))?.delete(String(affiliate.id));
      ctx.markApplied();
      return true;
    },
    getBlockedAffiliateIds(ctx) {
      return [...(ctx.store.offerBlocks.get(String(offerOf(ctx).id)) ?? [])];
    },
    setAffiliateApproval(ctx) {
      const offer = offerOf(ctx);
      const affiliate = affiliateOf(ctx);
      const status = requireParam(ctx.params, "status");
      const table = ctx.store.table("AffiliateOffer");
      if (!table.spec.enums.approval_status!.includes(status)) {
        fail(`Status must be one of: ${table.spec.enums.approval_status!.join(", ")}`);
      }
      const notes = typeof ctx.params.notes === "string" ? ctx.params.notes : null;
      const existing = approvalOf(ctx, String(offer.id), String(affiliate.id));
      ctx.markApplied();
      if (existing) {
        table.insert({
          ...existing,
          approval_status: status,
          approval_notes: notes ?? existing.approval_notes ?? null,
        });
        return true;
      }
      // The first approval answers the new flat AffiliateOffer record (offer.json #27), later ones `true`.
      return table.insert({
        ...table.spec.template,
        affiliate_id: String(affiliate.id),
        offer_id: String(offer.id),
        approval_status: status,
        approval_notes: notes,
      });
    },
    getAffiliateApprovalStatus(ctx) {
      const offer = offerOf(ctx);
      const affiliateId = requireId(ctx.params, "affiliate_id");
      return approvalOf(ctx, String(offer.id), affiliateId)?.approval_status ?? null;
    },
    getApprovedAffiliateIds(ctx) {
      return approvals(ctx, String(offerOf(ctx).id))
        .filter((row) => row.approval_status === "approved")
        .map((row) => String(row.affiliate_id));
    },
    getUnapprovedAffiliateIds(ctx) {
      return approvals(ctx, String(offerOf(ctx).id))
        .filter((row) => row.approval_status !== "approved")
        .map((row) => String(row.affiliate_id));
    },
    findAllAffiliateApprovals(ctx) {
      const result = findApprovals(ctx, ctx.store.table("AffiliateOffer").all());
      return result.limit !== undefined ? paged(result) : keyed(result);
    },
    findAllPendingAffiliateApprovals(ctx) {
      // The same records as findAllAffiliateApprovals (no `contain` parameter either), only those awaiting a
      // decision; the catalog's `array|null` and the docs' "null if none are found" make an empty result `null`.
      // developers.tune.com notes the real method may not narrow to pending by itself; the fake follows the name
      // and the SDK's promise, so callers that also filter `approval_status` behave the same on both.
      const pending = ctx.store
        .table("AffiliateOffer")
        .all()
        .filter((row) => row.approval_status === "pending");
      const result = findApprovals(ctx, pending);
      if (result.count === 0) return null;
      return result.limit !== undefined ? paged(result) : keyed(result);
    },
    getOfferFilesWithCreativeCode(ctx) {
      const offer = offerOf(ctx, "offer_id");
      affiliateOf(ctx);
      const files = ctx.store
        .table("OfferFile")
        .all()
        .filter((row) => row.offer_id === String(offer.id) && row.status !== "deleted");
      // The recorded wrapper has no `page` (affiliate.json #15, offer.json #24).
      return {
        current: 0,
        count: files.length,
        pageCount: files.length > 0 ? 1 : 0,
        data:
          files.length === 0
            ? []
            : new Keyed(
                files.map((file) => [
                  String(file.id),
                  { OfferFile: { ...file }, CreativeCode: String(file.code ?? file.url ?? "") },
                ]),
              ),
      };
    },
    generateTrackingLink(ctx) {
      const offer = offerOf(ctx, "offer_id");
      const affiliate = affiliateOf(ctx);
      const options = asMap(ctx.params.options);
      const extra = Object.entries(asMap(ctx.params.params))
        .filter((entry): entry is [string, string] => typeof entry[1] === "string")
        .map(([k, v]) => `&${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join("");
      const host = `http://${ctx.networkId}.go2cloud.org`;
      const query = `offer_id=${offer.id}&aff_id=${affiliate.id}${extra}`;
      const tiny = options.tiny_url === "1" || options.tiny_url === "true";
      // `offer_id` is a JSON integer in this answer only (offer.json #40).
      return {
        affiliate_id: String(affiliate.id),
        offer_id: Number(offer.id),
        click_url: tiny
          ? `${host}/${tinyCode(String(offer.id), String(affiliate.id))}`
          : `${host}/aff_c?${query}`,
        impression_pixel: `<img src="${host}/aff_i?${query}" width="1" height="1" />`,
      };
    },
  };
}
