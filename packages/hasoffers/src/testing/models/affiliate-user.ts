import { fieldTypes, type ModelSpec } from "./spec.js";

/** The characters of a password salt (affiliate.json #1: 64 letters and digits). */
export const SALT_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** AffiliateUser, as recorded (affiliate.json #1): `is_creator` is a JSON boolean and `access` a list. */
export const affiliateUser: ModelSpec = {
  name: "AffiliateUser",
  label: "affiliate user",
  template: {
    id: null,
    user_id: null,
    join_date: null,
    last_login: null,
    affiliate_id: null,
    permissions: "16777246",
    status: "active",
    wants_alerts: "1",
    modified: null,
    SHARED_Users2_id: null,
    email: null,
    first_name: null,
    last_name: null,
    phone: null,
    cell_phone: null,
    title: null,
    salt: null,
    AFFILIATE_NETWORK_Brands_id: null,
    _NETWORK_employees_id: null,
    is_creator: true,
    access: [
      "Affiliate",
      "Affiliate.stats",
      "Affiliate.offer_management",
      "Affiliate.user_management",
      "Affiliate.account_management",
      "Affiliate.API",
    ],
  },
  types: fieldTypes("int: affiliate_id; enum: status"),
  enums: { status: ["active", "blocked", "deleted"] },
  required: ["affiliate_id", "email", "password"],
  readOnly: [
    "id",
    "join_date",
    "last_login",
    "modified",
    "permissions",
    "salt",
    "is_creator",
    "access",
    "user_id",
  ],
  writeOnly: ["password", "password_confirmation"],
  createdStamps: { join_date: "datetime", modified: "datetime" },
  modifiedStamps: { modified: "datetime" },
  containable: ["Affiliate"],
};
