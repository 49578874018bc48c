import { fieldTypes, type ModelSpec } from "./spec.js";

/** AffiliateOffer, an affiliate's approval for an offer, as recorded by `setAffiliateApproval` (offer.json #27). */
export const affiliateOffer: ModelSpec = {
  name: "AffiliateOffer",
  label: "affiliate offer",
  template: {
    id: null,
    affiliate_id: null,
    offer_id: null,
    approval_status: null,
    agreed_terms_and_conditions: null,
    approval_notes: null,
    hostname_id: null,
    _NETWORK_offer_id: null,
  },
  types: fieldTypes("int: affiliate_id offer_id hostname_id; enum: approval_status"),
  enums: { approval_status: ["pending", "approved", "rejected"] },
  required: ["affiliate_id", "offer_id"],
  readOnly: ["id"],
  containable: ["Affiliate", "Offer"],
};
