import { advertiser } from "./advertiser.js";
import { affiliate } from "./affiliate.js";
import { affiliateOffer } from "./affiliate-offer.js";
import { affiliateUser } from "./affiliate-user.js";
import { conversion } from "./conversion.js";
import { goal } from "./goal.js";
import { offer } from "./offer.js";
import { offerCategory } from "./offer-category.js";
import { offerFile } from "./offer-file.js";
import type { ModelSpec } from "./spec.js";
import { advertisersTags, affiliatesTags, offersTags, tag } from "./tag.js";

/** The name of a stored model. */
export type ModelName =
  | "Advertiser"
  | "Affiliate"
  | "AffiliateUser"
  | "Offer"
  | "Goal"
  | "Conversion"
  | "OfferFile"
  | "Tag"
  | "OfferCategory"
  | "AffiliateOffer"
  | "OffersTags"
  | "AffiliatesTags"
  | "AdvertisersTags";

/** Every stored model of the fake, by name. */
export const MODELS: Readonly<Record<ModelName, ModelSpec>> = {
  Advertiser: advertiser,
  Affiliate: affiliate,
  AffiliateUser: affiliateUser,
  Offer: offer,
  Goal: goal,
  Conversion: conversion,
  OfferFile: offerFile,
  Tag: tag,
  OfferCategory: offerCategory,
  AffiliateOffer: affiliateOffer,
  OffersTags: offersTags,
  AffiliatesTags: affiliatesTags,
  AdvertisersTags: advertisersTags,
};
