import type { components } from "@offerkit/hasoffers-core";

/*
 * The models as HasOffers sends them, generated from specs/hasoffers.openapi.yaml. Field names and value types are
 * the API's own: ids, money, flags and dates are strings ("114", "1.00000", "0", "2016-08-26 12:53:21"), a few
 * fields are numbers or booleans, and every field is optional because `fields` can leave any of them out.
 */

export type Advertiser = components["schemas"]["Advertiser"];
export type AdvertiserData = components["schemas"]["AdvertiserData"];
export type Affiliate = components["schemas"]["Affiliate"];
export type AffiliateData = components["schemas"]["AffiliateData"];
export type AffiliateUser = components["schemas"]["AffiliateUser"];
export type AffiliateUserData = components["schemas"]["AffiliateUserData"];
export type AffiliateOffer = components["schemas"]["AffiliateOffer"];
export type Browser = components["schemas"]["Browser"];
export type Conversion = components["schemas"]["Conversion"];
export type ConversionData = components["schemas"]["ConversionData"];
export type Country = components["schemas"]["Country"];
export type Employee = components["schemas"]["Employee"];
export type Goal = components["schemas"]["Goal"];
export type GoalData = components["schemas"]["GoalData"];
export type Hostname = components["schemas"]["Hostname"];
export type Offer = components["schemas"]["Offer"];
export type OfferData = components["schemas"]["OfferData"];
export type OfferCategory = components["schemas"]["OfferCategory"];
export type OfferCategoryData = components["schemas"]["OfferCategoryData"];
export type OfferFile = components["schemas"]["OfferFile"];
export type OfferFileData = components["schemas"]["OfferFileData"];
export type OfferGroup = components["schemas"]["OfferGroup"];
export type OfferUrl = components["schemas"]["OfferUrl"];
export type Tag = components["schemas"]["Tag"];
export type TagData = components["schemas"]["TagData"];
export type TagRelation = components["schemas"]["TagRelation"];
export type TrackingLink = components["schemas"]["TrackingLink"];
export type ReportRow = components["schemas"]["ReportRow"];
export type RawLogDateDir = components["schemas"]["RawLogDateDir"];
export type RawLogFile = components["schemas"]["RawLogFile"];
/** A row the SDK has no model for: wire names, wire values. */
export type WireRecord = Record<string, unknown>;
