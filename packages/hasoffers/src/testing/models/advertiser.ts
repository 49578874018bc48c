import { fieldTypes, type ModelSpec } from "./spec.js";

const ACCOUNT_STATUS = ["pending", "active", "blocked", "deleted", "rejected"] as const;

/** Advertiser, with the field set and value types of the recorded `Advertiser.create` (advertiser.json #0). */
export const advertiser: ModelSpec = {
  name: "Advertiser",
  label: "advertiser",
  template: {
    date_added: null,
    status: "pending",
    id: null,
    company: null,
    address1: null,
    address2: null,
    city: null,
    region: null,
    country: null,
    other: null,
    // Not nullable in the 2015 catalog (`zipcode:string[RW]`, no N) and a string in every recording.
    zipcode: "",
    phone: null,
    fax: null,
    website: null,
    wants_alerts: "1",
    conversion_security_token: null,
    tmp_token: null,
    account_manager_id: null,
    signup_ip: null,
    // An integer in the API's own answers; -62169966000 is its "never" (0000-00-00 as epoch).
    modified: -62169966000,
    SHARED_Network_Map_id: null,
    SHARED_Accounts_id: null,
    ref_id: null,
    AFFILIATE_NETWORK_Brands_id: null,
    _NETWORK_affiliate_id: null,
    _NETWORK_affiliate_status: null,
    _NETWORK_brand_active: "1",
    expose_subs: "0",
  },
  types: fieldTypes("int: account_manager_id; bool: expose_subs; enum: status"),
  enums: { status: ACCOUNT_STATUS },
  required: ["company"],
  readOnly: ["id", "date_added", "modified", "wants_alerts", "other", "website", "_NETWORK_brand_active"],
  createdStamps: { date_added: "datetime" },
  modifiedStamps: { modified: "epoch" },
  containable: [
    "AccountBalance",
    "AccountManager",
    "AdvertiserMeta",
    "AdvertiserUser",
    "CreatorUser",
    "Currency",
    "Stat",
  ],
};
