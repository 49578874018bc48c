import type { CallOptions } from "@offerkit/request-engine";
import { collection, toModel } from "../internal/normalize.js";
import type { Page } from "../internal/page.js";
import { type ContainName, many, one, value, type WithRelations } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import {
  type AffiliateApproval,
  type ApprovalListOptions,
  approvalAnswer,
  findApprovals,
  iterateApprovals,
} from "./affiliate-approvals.js";
import type { CONVERSION_RELATIONS, ConversionsManager } from "./conversions.js";
import { findFilesWithCreativeCode, type OfferFileWithCode } from "./creative-codes.js";
import { checkId, done, idList, ModelManager } from "./model-manager.js";
import type {
  Advertiser,
  AffiliateOffer,
  Browser,
  Conversion,
  Country,
  Goal,
  Hostname,
  Offer,
  OfferCategory,
  OfferData,
  OfferFile,
  OfferGroup,
  OfferUrl,
  TrackingLink,
  WireRecord,
} from "./models.js";
import type { OFFER_FILE_RELATIONS, OfferFilesManager } from "./offer-files.js";
import type { CountOptions, FindAllOptions, Id, PagingOptions } from "./options.js";
import { generateTrackingLink, type TrackingLinkOptions } from "./tracking-links.js";

/** Relations of an offer, by `contain` name. */
export const OFFER_RELATIONS = {
  Advertiser: one<Advertiser>(),
  AffiliateTierPayout: many<WireRecord>(),
  AffiliateTierRevenue: many<WireRecord>(),
  Browser: many<Browser>(),
  Country: many<Country>(),
  Goal: many<Goal>(),
  Hostname: many<Hostname>(),
  OfferCategory: many<OfferCategory>(),
  OfferGroup: many<OfferGroup>(),
  OfferUrl: many<OfferUrl>(),
  PayoutGroup: many<WireRecord>(),
  RevenueGroup: many<WireRecord>(),
  Subscription: many<WireRecord>(),
  Thumbnail: one<OfferFile>(),
  TrackingLink: one<WireRecord>(),
  Stat: value<unknown>(),
};

/** An affiliate's approval status for an offer. */
export type ApprovalStatus = "approved" | "pending" | "rejected";

/** `ho.offers`: offers, their targeting, categories, affiliate access and tracking links (Target `Offer`). */
export class OffersManager extends ModelManager<Offer, OfferData, typeof OFFER_RELATIONS> {
  readonly #conversions: ConversionsManager;
  readonly #files: OfferFilesManager;

  constructor(rpc: Rpc, conversions: ConversionsManager, files: OfferFilesManager) {
    super(rpc, "Offer", OFFER_RELATIONS);
    this.#conversions = conversions;
    this.#files = files;
  }

  /** Ids (as strings) of every offer matching `filters`. */
  async findAllIds(options: CountOptions<Offer> = {}, call?: CallOptions): Promise<string[]> {
    return this.findIds(options.filters, call);
  }

  /** Marks an offer deleted (`status: "deleted"`); returns it. */
  async delete(id: Id, call?: CallOptions): Promise<Offer> {
    return this.update(id, { status: "deleted" }, {}, call);
  }

  /** The offer's target countries. */
  async getTargetCountries(id: Id, call?: CallOptions): Promise<Country[]> {
    return this.rpc.call(
      this.target,
      "getTargetCountries",
      { id: checkId(id) },
      {
        ...call,
        decode: (data) => collection(data).map((record) => toModel(record, "Country") as Country),
      },
    );
  }

  /** Adds a target country (ISO alpha-2), optionally limited to regions. */
  async addTargetCountry(
    id: Id,
    countryCode: string,
    options: { regions?: readonly string[]; regionCode?: string } = {},
    call?: CallOptions,
  ): Promise<boolean> {
    const params = {
      id: checkId(id),
      country_code: countryCode,
      regions: options.regions,
      region_code: options.regionCode,
    };
    return this.action("addTargetCountry", params, call);
  }

  /** Removes a target country. */
  async removeTargetCountry(id: Id, countryCode: string, call?: CallOptions): Promise<boolean> {
    return this.action("removeTargetCountry", { id: checkId(id), country_code: countryCode }, call);
  }

  /** Replaces the target countries. */
  async setTargetCountries(id: Id, countryCodes: readonly string[], call?: CallOptions): Promise<boolean> {
    return this.action("setTargetCountries", { id: checkId(id), country_codes: countryCodes }, call);
  }

  /** The offer's categories. */
  async getCategories(id: Id, call?: CallOptions): Promise<OfferCategory[]> {
    return this.rpc.call(
      this.target,
      "getCategories",
      { id: checkId(id) },
      {
        ...call,
        decode: (data) => collection(data).map((record) => toModel(record, "OfferCategory") as OfferCategory),
      },
    );
  }

  /** Adds the offer to a category. */
  async addCategory(id: Id, categoryId: Id, call?: CallOptions): Promise<boolean> {
    return this.action("addCategory", { id: checkId(id), category_id: checkId(categoryId) }, call);
  }

  /** Removes the offer from a category. */
  async removeCategory(id: Id, categoryId: Id, call?: CallOptions): Promise<boolean> {
    return this.action("removeCategory", { id: checkId(id), category_id: checkId(categoryId) }, call);
  }

  /** Replaces the offer's categories. */
  async setCategories(id: Id, categoryIds: readonly Id[], call?: CallOptions): Promise<boolean> {
    return this.action("setCategories", { id: checkId(id), category_ids: categoryIds.map(checkId) }, call);
  }

  /** Blocks an affiliate from running the offer. */
  async blockAffiliate(id: Id, affiliateId: Id, call?: CallOptions): Promise<boolean> {
    return this.action("blockAffiliate", { id: checkId(id), affiliate_id: checkId(affiliateId) }, call);
  }

  /** Lifts an affiliate's block. */
  async unblockAffiliate(id: Id, affiliateId: Id, call?: CallOptions): Promise<boolean> {
    return this.action("unblockAffiliate", { id: checkId(id), affiliate_id: checkId(affiliateId) }, call);
  }

  /** Ids of the affiliates blocked from the offer. */
  async getBlockedAffiliateIds(id: Id, call?: CallOptions): Promise<string[]> {
    return this.rpc.call(
      this.target,
      "getBlockedAffiliateIds",
      { id: checkId(id) },
      { ...call, decode: idList },
    );
  }

  /** Ids of the affiliates approved for the offer. */
  async getApprovedAffiliateIds(id: Id, call?: CallOptions): Promise<string[]> {
    return this.rpc.call(
      this.target,
      "getApprovedAffiliateIds",
      { id: checkId(id) },
      { ...call, decode: idList },
    );
  }

  /** Ids of the affiliates not approved for the offer. */
  async getUnapprovedAffiliateIds(id: Id, call?: CallOptions): Promise<string[]> {
    return this.rpc.call(
      this.target,
      "getUnapprovedAffiliateIds",
      { id: checkId(id) },
      { ...call, decode: idList },
    );
  }

  /**
   * Sets an affiliate's approval for the offer (`Offer::setAffiliateApproval`). Resolves to `true`, or to the new
   * approval record on an affiliate's first approval.
   */
  async setAffiliateApprovalStatus(
    id: Id,
    affiliateId: Id,
    status: ApprovalStatus,
    options: { notes?: string } = {},
    call?: CallOptions,
  ): Promise<AffiliateOffer | true> {
    const params = { id: checkId(id), affiliate_id: checkId(affiliateId), status, notes: options.notes };
    return this.rpc.call(this.target, "setAffiliateApproval", params, { ...call, decode: approvalAnswer });
  }

  /** An affiliate's approval status for the offer (`"approved"`…), or `null`. */
  async getAffiliateApprovalStatus(id: Id, affiliateId: Id, call?: CallOptions): Promise<string | null> {
    const params = { id: checkId(id), affiliate_id: checkId(affiliateId) };
    return this.rpc.call(this.target, "getAffiliateApprovalStatus", params, {
      ...call,
      decode: (data) => (typeof data === "string" && data !== "" ? data : null),
    });
  }

  /** Approval records (`{...AffiliateOffer, Affiliate, Offer}`), one page. */
  async findAllAffiliateApprovals(
    options: ApprovalListOptions = {},
    call?: CallOptions,
  ): Promise<Page<AffiliateApproval>> {
    return findApprovals(this.rpc, "findAllAffiliateApprovals", options, call);
  }

  /** Every approval record matching, page after page. */
  iterateAffiliateApprovals(
    options: Omit<ApprovalListOptions, "limit" | "page"> & PagingOptions = {},
  ): AsyncGenerator<AffiliateApproval> {
    return iterateApprovals(this.rpc, options);
  }

  /** Approval requests waiting for a decision, one page. */
  async findAllPendingAffiliateApprovals(
    options: ApprovalListOptions = {},
    call?: CallOptions,
  ): Promise<Page<AffiliateApproval>> {
    return findApprovals(this.rpc, "findAllPendingAffiliateApprovals", options, call);
  }

  /** The offer's creatives with their code for one affiliate. */
  async getOfferFilesWithCreativeCode(
    id: Id,
    affiliateId: Id,
    call?: CallOptions,
  ): Promise<OfferFileWithCode[]> {
    return findFilesWithCreativeCode(this.rpc, id, affiliateId, call);
  }

  /**
   * A tracking link (`click_url`) and impression pixel for an affiliate.
   *
   * @example
   * const { click_url } = await ho.offers.generateTrackingLink(196, 94, { tinyUrl: true, params: { file_id: 727 } });
   */
  async generateTrackingLink(
    id: Id,
    affiliateId: Id,
    options: TrackingLinkOptions = {},
    call?: CallOptions,
  ): Promise<TrackingLink> {
    return generateTrackingLink(this.rpc, id, affiliateId, options, call);
  }

  /** The offer's conversions, one page (pyoffers' `offer.conversions`). */
  async findConversions<C extends ContainName<typeof CONVERSION_RELATIONS> = never>(
    id: Id,
    options: FindAllOptions<Conversion, typeof CONVERSION_RELATIONS, C> = {},
    call?: CallOptions,
  ): Promise<Page<WithRelations<Conversion, typeof CONVERSION_RELATIONS, C>>> {
    return this.#conversions.findAll(
      { ...options, filters: { ...options.filters, offer_id: checkId(id) } },
      call,
    );
  }

  /** The offer's creatives, one page (pyoffers' `offer.files`). */
  async findFiles<C extends ContainName<typeof OFFER_FILE_RELATIONS> = never>(
    id: Id,
    options: FindAllOptions<OfferFile, typeof OFFER_FILE_RELATIONS, C> = {},
    call?: CallOptions,
  ): Promise<Page<WithRelations<OfferFile, typeof OFFER_FILE_RELATIONS, C>>> {
    return this.#files.findAll({ ...options, filters: { ...options.filters, offer_id: checkId(id) } }, call);
  }

  private async action(
    method: string,
    params: Record<string, unknown>,
    call?: CallOptions,
  ): Promise<boolean> {
    return this.rpc.call(this.target, method, params, { ...call, decode: done });
  }
}
