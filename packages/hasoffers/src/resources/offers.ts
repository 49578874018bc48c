import type { CallOptions } from "@offerkit/request-engine";
import type { Page } from "../internal/page.js";
import { type ContainName, many, one, value, type WithRelations } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import {
  type AffiliateApproval,
  type ApprovalListOptions,
  approvalAnswer,
  findApprovals,
} from "./affiliate-approvals.js";
import type { CONVERSION_RELATIONS, ConversionsManager } from "./conversions.js";
import { findFilesWithCreativeCode, type OfferFileWithCode } from "./creative-codes.js";
import { done, idList, rowsOf } from "./decoders.js";
import { pagesOf } from "./iterate.js";
import { createModelManager, type ModelManager, scopedFinder } from "./model-manager.js";
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
export interface OffersManager extends ModelManager<Offer, OfferData, typeof OFFER_RELATIONS> {
  /** Ids (as strings) of every offer matching `filters`. */
  findAllIds(options?: CountOptions<Offer>, call?: CallOptions): Promise<string[]>;

  /** Marks an offer deleted (`status: "deleted"`); returns it. */
  delete(id: Id, call?: CallOptions): Promise<Offer>;

  /** The offer's target countries. */
  getTargetCountries(id: Id, call?: CallOptions): Promise<Country[]>;

  /** Adds a target country (ISO alpha-2), optionally limited to regions. */
  addTargetCountry(
    id: Id,
    countryCode: string,
    options?: { regions?: readonly string[]; regionCode?: string },
    call?: CallOptions,
  ): Promise<boolean>;

  /** Removes a target country. */
  removeTargetCountry(id: Id, countryCode: string, call?: CallOptions): Promise<boolean>;

  /** Replaces the target countries. */
  setTargetCountries(id: Id, countryCodes: readonly string[], call?: CallOptions): Promise<boolean>;

  /** The offer's categories. */
  getCategories(id: Id, call?: CallOptions): Promise<OfferCategory[]>;

  /** Adds the offer to a category. */
  addCategory(id: Id, categoryId: Id, call?: CallOptions): Promise<boolean>;

  /** Removes the offer from a category. */
  removeCategory(id: Id, categoryId: Id, call?: CallOptions): Promise<boolean>;

  /** Replaces the offer's categories. */
  setCategories(id: Id, categoryIds: readonly Id[], call?: CallOptions): Promise<boolean>;

  /** Blocks an affiliate from running the offer. */
  blockAffiliate(id: Id, affiliateId: Id, call?: CallOptions): Promise<boolean>;

  /** Lifts an affiliate's block. */
  unblockAffiliate(id: Id, affiliateId: Id, call?: CallOptions): Promise<boolean>;

  /** Ids of the affiliates blocked from the offer. */
  getBlockedAffiliateIds(id: Id, call?: CallOptions): Promise<string[]>;

  /** Ids of the affiliates approved for the offer. */
  getApprovedAffiliateIds(id: Id, call?: CallOptions): Promise<string[]>;

  /** Ids of the affiliates not approved for the offer. */
  getUnapprovedAffiliateIds(id: Id, call?: CallOptions): Promise<string[]>;

  /**
   * Sets an affiliate's approval for the offer (`Offer::setAffiliateApproval`). Resolves to `true`, or to the new
   * approval record on an affiliate's first approval.
   */
  setAffiliateApprovalStatus(
    id: Id,
    affiliateId: Id,
    status: ApprovalStatus,
    options?: { notes?: string },
    call?: CallOptions,
  ): Promise<AffiliateOffer | true>;

  /** An affiliate's approval status for the offer (`"approved"`…), or `null`. */
  getAffiliateApprovalStatus(id: Id, affiliateId: Id, call?: CallOptions): Promise<string | null>;

  /** Approval records (`{...AffiliateOffer, Affiliate, Offer}`), one page. */
  findAllAffiliateApprovals(
    options?: ApprovalListOptions,
    call?: CallOptions,
  ): Promise<Page<AffiliateApproval>>;

  /** Every approval record matching, page after page. */
  iterateAffiliateApprovals(
    options?: Omit<ApprovalListOptions, "limit" | "page"> & PagingOptions,
  ): AsyncGenerator<AffiliateApproval>;

  /** Approval requests waiting for a decision, one page. */
  findAllPendingAffiliateApprovals(
    options?: ApprovalListOptions,
    call?: CallOptions,
  ): Promise<Page<AffiliateApproval>>;

  /** The offer's creatives with their code for one affiliate. */
  getOfferFilesWithCreativeCode(id: Id, affiliateId: Id, call?: CallOptions): Promise<OfferFileWithCode[]>;

  /**
   * A tracking link (`click_url`) and impression pixel for an affiliate.
   *
   * @example
   * const { click_url } = await ho.offers.generateTrackingLink(196, 94, { tinyUrl: true, params: { file_id: 727 } });
   */
  generateTrackingLink(
    id: Id,
    affiliateId: Id,
    options?: TrackingLinkOptions,
    call?: CallOptions,
  ): Promise<TrackingLink>;

  /** The offer's conversions, one page (pyoffers' `offer.conversions`). */
  findConversions<C extends ContainName<typeof CONVERSION_RELATIONS> = never>(
    id: Id,
    options?: FindAllOptions<Conversion, typeof CONVERSION_RELATIONS, C>,
    call?: CallOptions,
  ): Promise<Page<WithRelations<Conversion, typeof CONVERSION_RELATIONS, C>>>;

  /** The offer's creatives, one page (pyoffers' `offer.files`). */
  findFiles<C extends ContainName<typeof OFFER_FILE_RELATIONS> = never>(
    id: Id,
    options?: FindAllOptions<OfferFile, typeof OFFER_FILE_RELATIONS, C>,
    call?: CallOptions,
  ): Promise<Page<WithRelations<OfferFile, typeof OFFER_FILE_RELATIONS, C>>>;
}

/** Builds `ho.offers`. */
export function createOffersManager(
  rpc: Rpc,
  conversions: ConversionsManager,
  files: OfferFilesManager,
): OffersManager {
  const offers = createModelManager<OffersManager>(
    rpc,
    "Offer",
    OFFER_RELATIONS,
    { status: "deleted" },
    () => ({
      findAllIds: ["?filters", idList],
      getTargetCountries: ["#id", rowsOf("Country")],
      addTargetCountry: ["#id country_code ?regions,regionCode", done],
      removeTargetCountry: ["#id country_code", done],
      setTargetCountries: ["#id country_codes", done],
      getCategories: ["#id", rowsOf("OfferCategory")],
      addCategory: ["#id #category_id", done],
      removeCategory: ["#id #category_id", done],
      setCategories: ["#id *category_ids", done],
      blockAffiliate: ["#id #affiliate_id", done],
      unblockAffiliate: ["#id #affiliate_id", done],
      getBlockedAffiliateIds: ["#id", idList],
      getApprovedAffiliateIds: ["#id", idList],
      getUnapprovedAffiliateIds: ["#id", idList],
      setAffiliateApprovalStatus: ["#id #affiliate_id status ?notes", approvalAnswer, "setAffiliateApproval"],
      getAffiliateApprovalStatus: [
        "#id #affiliate_id",
        (data) => (typeof data === "string" && data !== "" ? data : null),
      ],
      findAllAffiliateApprovals: findApprovals,
      findAllPendingAffiliateApprovals: findApprovals,
      getOfferFilesWithCreativeCode: findFilesWithCreativeCode,
      generateTrackingLink: generateTrackingLink(rpc),
      findConversions: scopedFinder(conversions, "offer_id"),
      findFiles: scopedFinder(files, "offer_id"),
    }),
  );
  offers.iterateAffiliateApprovals = pagesOf(offers.findAllAffiliateApprovals) as never;
  return offers;
}
