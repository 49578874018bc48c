import type { CallOptions } from "@offerkit/request-engine";
import type { Page } from "../internal/page.js";
import type { Rpc } from "../internal/rpc.js";
import { done, pageOf, recordOf } from "./decoders.js";
import type { MethodTable } from "./method-table.js";
import { createModelManager, type ModelManager } from "./model-manager.js";
import type { Tag, TagData, TagRelation } from "./models.js";
import type { FindAllOptions, Id } from "./options.js";

/** Options of the relation listings. */
export type TagRelationListOptions = Omit<
  FindAllOptions<TagRelation, Record<string, never>, never>,
  "contain"
>;

/**
 * `ho.tags`: tags and their relations to offers, affiliates and advertisers (Target `Tag`, newer than the 2015
 * API definition).
 */
export interface TagsManager extends ModelManager<Tag, TagData, Record<string, never>> {
  /**
   * Deactivates a tag (`active: 0`). Tags have no `status`, so pyoffers' `status: "deleted"` cannot work; HasOffers
   * documents no tag deletion.
   */
  delete(id: Id, call?: CallOptions): Promise<Tag>;
  /** Offer–tag relations, one page (no `count`: HasOffers leaves it out here). */
  findAllOfferTagRelations(options?: TagRelationListOptions, call?: CallOptions): Promise<Page<TagRelation>>;
  /** Affiliate–tag relations, one page. */
  findAllAffiliateTagRelations(
    options?: TagRelationListOptions,
    call?: CallOptions,
  ): Promise<Page<TagRelation>>;
  /** Advertiser–tag relations, one page. */
  findAllAdvertiserTagRelations(
    options?: TagRelationListOptions,
    call?: CallOptions,
  ): Promise<Page<TagRelation>>;
  /** Attaches a tag to an offer; returns the new relation. */
  addToOffer(tagId: Id, offerId: Id, call?: CallOptions): Promise<TagRelation>;
  /** Attaches a tag to an affiliate; returns the new relation. */
  addToAffiliate(tagId: Id, affiliateId: Id, call?: CallOptions): Promise<TagRelation>;
  /** Attaches a tag to an advertiser; returns the new relation. */
  addToAdvertiser(tagId: Id, advertiserId: Id, call?: CallOptions): Promise<TagRelation>;
  /** Detaches a tag from an offer. */
  removeFromOffer(tagId: Id, offerId: Id, call?: CallOptions): Promise<boolean>;
  /** Detaches a tag from an affiliate. */
  removeFromAffiliate(tagId: Id, affiliateId: Id, call?: CallOptions): Promise<boolean>;
  /** Detaches a tag from an advertiser. */
  removeFromAdvertiser(tagId: Id, advertiserId: Id, call?: CallOptions): Promise<boolean>;
  /** Replaces an offer's tags. */
  setForOffer(tagIds: readonly Id[], offerId: Id, call?: CallOptions): Promise<boolean>;
  /** Replaces an affiliate's tags. */
  setForAffiliate(tagIds: readonly Id[], affiliateId: Id, call?: CallOptions): Promise<boolean>;
  /** Replaces an advertiser's tags. */
  setForAdvertiser(tagIds: readonly Id[], advertiserId: Id, call?: CallOptions): Promise<boolean>;
  /** Deletes one offer–tag relation by its own id. */
  removeFromOfferByRelationalId(relationId: Id, call?: CallOptions): Promise<boolean>;
  /** Deletes one affiliate–tag relation by its own id. */
  removeFromAffiliateByRelationalId(relationId: Id, call?: CallOptions): Promise<boolean>;
  /** Deletes one advertiser–tag relation by its own id. */
  removeFromAdvertiserByRelationalId(relationId: Id, call?: CallOptions): Promise<boolean>;
}

/**
 * The same five methods for each owner a tag can be attached to; each owner has its own join table (`OffersTags`,
 * `AffiliatesTags`, `AdvertisersTags`) and id parameter (`offer_id`…).
 */
function relationMethods(): MethodTable {
  const table: MethodTable = {};
  for (const owner of ["Offer", "Affiliate", "Advertiser"]) {
    const ownerId = `#${owner.toLowerCase()}_id`;
    const join = `${owner}sTags`;
    table[`findAll${owner}TagRelations`] = [`~${join}`, pageOf(join)];
    table[`addTo${owner}`] = [`#tag_id ${ownerId}`, recordOf(join)];
    table[`removeFrom${owner}`] = [`#tag_id ${ownerId}`, done];
    table[`setFor${owner}`] = [`*tag_ids ${ownerId}`, done];
    table[`removeFrom${owner}ByRelationalId`] = ["#id", done];
  }
  return table;
}

/** Builds `ho.tags`. */
export const createTagsManager = (rpc: Rpc): TagsManager =>
  createModelManager(rpc, "Tag", {}, { active: 0 }, relationMethods);
