import { fieldTypes, type ModelSpec } from "./spec.js";

const PAYOUT_TYPES = ["cpa_flat", "cpa_percentage", "cpa_both"] as const;

/** Goal, as recorded by `Goal.create` (goal.json #1): `modified` is an epoch integer set on create. */
export const goal: ModelSpec = {
  name: "Goal",
  label: "goal",
  template: {
    id: null,
    offer_id: null,
    name: null,
    description: null,
    status: "active",
    is_private: "0",
    payout_type: "cpa_flat",
    percent_payout: null,
    default_payout: "0.00000",
    revenue_type: "cpa_flat",
    max_payout: "0.00000",
    max_percent_payout: null,
    tiered_payout: "0",
    tiered_revenue: "0",
    use_payout_groups: "0",
    use_revenue_groups: "0",
    advertiser_id: null,
    display_advertiser: "0",
    protocol: "http",
    allow_multiple_conversions: "0",
    approve_conversions: "0",
    enforce_encrypt_tracking_pixels: "0",
    is_end_point: "0",
    network_brand_id: null,
    network_goal_id: null,
    modified: null,
    ref_id: null,
  },
  types: fieldTypes(
    "int: offer_id advertiser_id; " +
      "bool: is_private tiered_payout tiered_revenue use_payout_groups use_revenue_groups display_advertiser " +
      "allow_multiple_conversions approve_conversions enforce_encrypt_tracking_pixels is_end_point; " +
      "dec5: default_payout max_payout percent_payout max_percent_payout; " +
      "enum: status payout_type revenue_type protocol",
  ),
  enums: {
    status: ["active", "deleted"],
    payout_type: PAYOUT_TYPES,
    revenue_type: PAYOUT_TYPES,
    protocol: [
      "http",
      "https",
      "http_img",
      "https_img",
      "server",
      "server_affiliate",
      "mobile_app",
      "mobile_device",
    ],
  },
  required: ["offer_id", "name"],
  readOnly: ["id", "modified", "network_brand_id", "network_goal_id"],
  createdStamps: { modified: "epoch" },
  modifiedStamps: { modified: "epoch" },
  containable: [
    "Offer",
    "Advertiser",
    "Stat",
    "AffiliateTierPayout",
    "AffiliateTierRevenue",
    "PayoutGroup",
    "RevenueGroup",
  ],
};
