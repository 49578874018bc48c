import type { components } from "@offerkit/hasoffers-core";

type Schemas = components["schemas"];

/*
 * The models as HasOffers sends them, generated from specs/hasoffers.openapi.yaml. Field names and value types are
 * the API's own: ids, money, flags and dates are strings ("114", "1.00000", "0", "2016-08-26 12:53:21"), a few
 * fields are numbers or booleans, and every field is optional because `fields` can leave any of them out.
 */

export type Advertiser = Schemas["Advertiser"];
export type AdvertiserData = Schemas["AdvertiserData"];
export type Affiliate = Schemas["Affiliate"];
export type AffiliateData = Schemas["AffiliateData"];
export type AffiliateUser = Schemas["AffiliateUser"];
export type AffiliateUserData = Schemas["AffiliateUserData"];
export type AffiliateOffer = Schemas["AffiliateOffer"];
export type Browser = Schemas["Browser"];
export type Conversion = Schemas["Conversion"];
export type ConversionData = Schemas["ConversionData"];
export type Country = Schemas["Country"];
export type Employee = Schemas["Employee"];
export type Goal = Schemas["Goal"];
export type GoalData = Schemas["GoalData"];
export type Hostname = Schemas["Hostname"];
export type Offer = Schemas["Offer"];
export type OfferData = Schemas["OfferData"];
export type OfferCategory = Schemas["OfferCategory"];
export type OfferCategoryData = Schemas["OfferCategoryData"];
export type OfferFile = Schemas["OfferFile"];
export type OfferFileData = Schemas["OfferFileData"];
export type OfferGroup = Schemas["OfferGroup"];
export type OfferUrl = Schemas["OfferUrl"];
export type Tag = Schemas["Tag"];
export type TagData = Schemas["TagData"];
export type TagRelation = Schemas["TagRelation"];
export type TrackingLink = Schemas["TrackingLink"];
export type ReportRow = Schemas["ReportRow"];
export type RawLogDateDir = Schemas["RawLogDateDir"];
export type RawLogFile = Schemas["RawLogFile"];
/** A row the SDK has no model for: wire names, wire values. */
export type WireRecord = Record<string, unknown>;
