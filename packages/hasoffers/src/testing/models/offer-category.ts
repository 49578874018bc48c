import { fieldTypes, type ModelSpec } from "./spec.js";

/** OfferCategory (Application target), as recorded (application.json #0); `offer_count` is computed. */
export const offerCategory: ModelSpec = {
  name: "OfferCategory",
  label: "offer category",
  template: {
    id: null,
    name: null,
    status: "active",
    date_created: null,
    date_updated: null,
    offer_count: "0",
  },
  types: fieldTypes("enum: status"),
  enums: { status: ["active", "deleted"] },
  required: ["name"],
  readOnly: ["id", "date_created", "date_updated", "offer_count"],
  createdStamps: { date_created: "datetime", date_updated: "datetime" },
  modifiedStamps: { date_updated: "datetime" },
  containable: [],
};
