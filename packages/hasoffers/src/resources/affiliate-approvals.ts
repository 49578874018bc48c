import { isRow, toModel } from "../internal/normalize.js";
import { one, type Relation, type RelationMap } from "../internal/relations.js";
import { pageOf } from "./decoders.js";
import type { MethodSpec } from "./method-table.js";
import type { Affiliate, AffiliateOffer, Offer } from "./models.js";
import type { FindAllOptions } from "./options.js";

/** The relations HasOffers attaches to an approval record. */
export const APPROVAL_RELATIONS: ApprovalRelations = { Affiliate: one(), Offer: one() };

/** The relations of an approval record, by name. */
export interface ApprovalRelations extends RelationMap {
  Affiliate: Relation<"one", Affiliate>;
  Offer: Relation<"one", Offer>;
}

/**
 * An affiliate's approval for an offer, with the affiliate and the offer attached. The embedded `Offer` has its own
 * field set (e.g. `modified` as a datetime string), so it is typed loosely.
 */
export type AffiliateApproval = AffiliateOffer & { Affiliate?: Affiliate | null; Offer?: Offer | null };

/** Options of the approval listings. */
export type ApprovalListOptions = Omit<FindAllOptions<AffiliateOffer, ApprovalRelations, never>, "contain">;

/** `Offer::findAllAffiliateApprovals` and `findAllPendingAffiliateApprovals`: one page of approval records. */
export const findApprovals: MethodSpec = ["~AffiliateOffer", pageOf("AffiliateOffer", APPROVAL_RELATIONS)];

/**
 * The answer of `setAffiliateApproval`: `true`, or (on an affiliate's first approval) the new approval record,
 * flat.
 */
export function approvalAnswer(data: unknown): AffiliateOffer | true {
  if (isRow(data)) return toModel(data, "AffiliateOffer") as AffiliateOffer;
  if (data === true || data === 1 || data === "1") return true;
  throw new TypeError("expected true or an AffiliateOffer");
}
