import type { CallOptions } from "@offerkit/request-engine";
import { isRow, toModel } from "../internal/normalize.js";
import { type Page, readPage } from "../internal/page.js";
import type { Rpc } from "../internal/rpc.js";
import { checkId, done, listParams, ModelManager } from "./model-manager.js";
import type { Tag, TagData, TagRelation } from "./models.js";
import type { FindAllOptions, Id } from "./options.js";

/** What a tag is attached to; each has its own join table (`OffersTags`, `AffiliatesTags`, `AdvertisersTags`). */
type Owner = "Offer" | "Affiliate" | "Advertiser";

const OWNER_ID: Record<Owner, string> = {
  Offer: "offer_id",
  Affiliate: "affiliate_id",
  Advertiser: "advertiser_id",
};

/** Options of the relation listings. */
export type TagRelationListOptions = Omit<
  FindAllOptions<TagRelation, Record<string, never>, never>,
  "contain"
>;

/**
 * `ho.tags`: tags and their relations to offers, affiliates and advertisers (Target `Tag`, newer than the 2015
 * API definition).
 */
export class TagsManager extends ModelManager<Tag, TagData, Record<string, never>> {
  constructor(rpc: Rpc) {
    super(rpc, "Tag", {});
  }

  /**
   * Deactivates a tag (`active: 0`). Tags have no `status`, so pyoffers' `status: "deleted"` cannot work; HasOffers
   * documents no tag deletion.
   */
  async delete(id: Id, call?: CallOptions): Promise<Tag> {
    return this.update(id, { active: 0 }, {}, call);
  }

  /** Offer–tag relations, one page (no `count`: HasOffers leaves it out here). */
  async findAllOfferTagRelations(
    options: TagRelationListOptions = {},
    call?: CallOptions,
  ): Promise<Page<TagRelation>> {
    return this.listRelations("Offer", options, call);
  }

  /** Affiliate–tag relations, one page. */
  async findAllAffiliateTagRelations(
    options: TagRelationListOptions = {},
    call?: CallOptions,
  ): Promise<Page<TagRelation>> {
    return this.listRelations("Affiliate", options, call);
  }

  /** Advertiser–tag relations, one page. */
  async findAllAdvertiserTagRelations(
    options: TagRelationListOptions = {},
    call?: CallOptions,
  ): Promise<Page<TagRelation>> {
    return this.listRelations("Advertiser", options, call);
  }

  /** Attaches a tag to an offer; returns the new relation. */
  async addToOffer(tagId: Id, offerId: Id, call?: CallOptions): Promise<TagRelation> {
    return this.add("Offer", tagId, offerId, call);
  }

  /** Attaches a tag to an affiliate; returns the new relation. */
  async addToAffiliate(tagId: Id, affiliateId: Id, call?: CallOptions): Promise<TagRelation> {
    return this.add("Affiliate", tagId, affiliateId, call);
  }

  /** Attaches a tag to an advertiser; returns the new relation. */
  async addToAdvertiser(tagId: Id, advertiserId: Id, call?: CallOptions): Promise<TagRelation> {
    return this.add("Advertiser", tagId, advertiserId, call);
  }

  /** Detaches a tag from an offer. */
  async removeFromOffer(tagId: Id, offerId: Id, call?: CallOptions): Promise<boolean> {
    return this.pair("removeFromOffer", "Offer", tagId, offerId, call);
  }

  /** Detaches a tag from an affiliate. */
  async removeFromAffiliate(tagId: Id, affiliateId: Id, call?: CallOptions): Promise<boolean> {
    return this.pair("removeFromAffiliate", "Affiliate", tagId, affiliateId, call);
  }

  /** Detaches a tag from an advertiser. */
  async removeFromAdvertiser(tagId: Id, advertiserId: Id, call?: CallOptions): Promise<boolean> {
    return this.pair("removeFromAdvertiser", "Advertiser", tagId, advertiserId, call);
  }

  /** Replaces an offer's tags. */
  async setForOffer(tagIds: readonly Id[], offerId: Id, call?: CallOptions): Promise<boolean> {
    return this.set("Offer", tagIds, offerId, call);
  }

  /** Replaces an affiliate's tags. */
  async setForAffiliate(tagIds: readonly Id[], affiliateId: Id, call?: CallOptions): Promise<boolean> {
    return this.set("Affiliate", tagIds, affiliateId, call);
  }

  /** Replaces an advertiser's tags. */
  async setForAdvertiser(tagIds: readonly Id[], advertiserId: Id, call?: CallOptions): Promise<boolean> {
    return this.set("Advertiser", tagIds, advertiserId, call);
  }

  /** Deletes one offer–tag relation by its own id. */
  async removeFromOfferByRelationalId(relationId: Id, call?: CallOptions): Promise<boolean> {
    return this.byRelationalId("Offer", relationId, call);
  }

  /** Deletes one affiliate–tag relation by its own id. */
  async removeFromAffiliateByRelationalId(relationId: Id, call?: CallOptions): Promise<boolean> {
    return this.byRelationalId("Affiliate", relationId, call);
  }

  /** Deletes one advertiser–tag relation by its own id. */
  async removeFromAdvertiserByRelationalId(relationId: Id, call?: CallOptions): Promise<boolean> {
    return this.byRelationalId("Advertiser", relationId, call);
  }

  private async listRelations(
    owner: Owner,
    options: TagRelationListOptions,
    call?: CallOptions,
  ): Promise<Page<TagRelation>> {
    const table = `${owner}sTags`;
    return this.rpc.call(this.target, `findAll${owner}TagRelations`, listParams(options, table), {
      ...call,
      decode: (data) => readPage(data, (record) => toModel(record, table) as TagRelation),
    });
  }

  private async add(owner: Owner, tagId: Id, ownerId: Id, call?: CallOptions): Promise<TagRelation> {
    const params = { tag_id: checkId(tagId), [OWNER_ID[owner]]: checkId(ownerId) };
    return this.rpc.call(this.target, `addTo${owner}`, params, {
      ...call,
      decode: (data) => {
        if (!isRow(data)) throw new TypeError("expected the new tag relation");
        return toModel(data, `${owner}sTags`) as TagRelation;
      },
    });
  }

  private async pair(
    method: string,
    owner: Owner,
    tagId: Id,
    ownerId: Id,
    call?: CallOptions,
  ): Promise<boolean> {
    const params = { tag_id: checkId(tagId), [OWNER_ID[owner]]: checkId(ownerId) };
    return this.rpc.call(this.target, method, params, { ...call, decode: done });
  }

  private async set(owner: Owner, tagIds: readonly Id[], ownerId: Id, call?: CallOptions): Promise<boolean> {
    const params = { tag_ids: tagIds.map(checkId), [OWNER_ID[owner]]: checkId(ownerId) };
    return this.rpc.call(this.target, `setFor${owner}`, params, { ...call, decode: done });
  }

  private async byRelationalId(owner: Owner, relationId: Id, call?: CallOptions): Promise<boolean> {
    return this.rpc.call(
      this.target,
      `removeFrom${owner}ByRelationalId`,
      { id: checkId(relationId) },
      { ...call, decode: done },
    );
  }
}
