import { fieldTypes, type ModelSpec } from "./spec.js";

/**
 * OfferFile, as recorded by the multipart `OfferFile.create` (offer_file.json #0): `size`, `width` and `height`
 * come from the uploaded bytes, `url`/`preview_uri`/`thumbnail` point at the media host. Its `findAll` answers
 * with the paging wrapper even without `limit` (two 2018 recordings).
 */
export const offerFile: ModelSpec = {
  name: "OfferFile",
  label: "offer file",
  template: {
    id: null,
    offer_id: null,
    display: null,
    filename: "",
    size: "0",
    status: "active",
    type: null,
    width: null,
    height: null,
    code: null,
    flash_vars: null,
    interface: "network",
    account_id: null,
    is_private: "0",
    created: null,
    modified: "0000-00-00 00:00:00",
    url: null,
    preview_uri: null,
    thumbnail: null,
  },
  types: fieldTypes("int: offer_id width height account_id; enum: status type interface"),
  enums: {
    status: ["active", "pending", "deleted"],
    // The order of the recorded error text (offer_file.json #5).
    type: [
      "file",
      "image banner",
      "flash banner",
      "email creative",
      "offer thumbnail",
      "text ad",
      "html ad",
      "xml feed",
      "hidden",
    ],
    interface: ["network", "affiliate", "advertiser"],
  },
  required: ["offer_id", "display", "type"],
  readOnly: ["id", "size", "created", "modified", "is_private", "url", "preview_uri", "thumbnail"],
  createdStamps: { created: "datetime" },
  modifiedStamps: { modified: "datetime" },
  alwaysPaged: true,
  containable: ["Offer", "CreativeCode", "Stat"],
};
