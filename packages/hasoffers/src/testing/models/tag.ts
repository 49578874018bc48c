import { fieldTypes, type ModelSpec } from "./spec.js";

/** Tag, as recorded (tag.json #0). It has no `status`: pyoffers' `delete` (status=deleted) changes nothing. */
export const tag: ModelSpec = {
  name: "Tag",
  label: "tag",
  template: {
    id: null,
    attribute: "Custom",
    name: null,
    user_created: "1",
    pi_visible: "0",
    affiliate_applicable: "0",
    offer_applicable: "0",
    advertiser_applicable: "0",
    active: "1",
  },
  types: fieldTypes(
    "bool: user_created pi_visible affiliate_applicable offer_applicable advertiser_applicable active",
  ),
  enums: {},
  required: ["name"],
  readOnly: ["id", "user_created"],
  containable: [],
};

/** The three tag-relation models (`OffersTags`, …): `{id, tag_id, <owner>_id}` rows. */
export function tagRelation(name: string, owner: string): ModelSpec {
  return {
    name,
    label: "tag relation",
    template: { id: null, tag_id: null, [owner]: null },
    types: fieldTypes(`int: tag_id ${owner}`),
    enums: {},
    required: ["tag_id", owner],
    readOnly: ["id"],
    containable: [],
  };
}

export const offersTags = tagRelation("OffersTags", "offer_id");
export const affiliatesTags = tagRelation("AffiliatesTags", "affiliate_id");
export const advertisersTags = tagRelation("AdvertisersTags", "advertiser_id");
