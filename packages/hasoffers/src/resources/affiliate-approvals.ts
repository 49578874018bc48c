import type { CallOptions } from "@offerkit/request-engine";
import { isRow, toModel } from "../internal/normalize.js";
import { type Page, readPage } from "../internal/page.js";
import { one } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { iteratePages } from "./iterate.js";
import { listParams } from "./model-manager.js";
import type { Affiliate, AffiliateOffer, Offer } from "./models.js";
import type { FieldOf, FindAllOptions, PagingOptions } from "./options.js";

/** The relations HasOffers attaches to an approval record. */
export const APPROVAL_RELATIONS = { Affiliate: one<Affiliate>(), Offer: one<Offer>() };

/**
 * An affiliate's approval for an offer, with the affiliate and the offer attached. The embedded `Offer` has its own
 * field set (e.g. `modified` as a datetime string), so it is typed loosely.
 */
export type AffiliateApproval = AffiliateOffer & { Affiliate?: Affiliate | null; Offer?: Offer | null };

/** Options of the approval listings. */
export type ApprovalListOptions = Omit<
  FindAllOptions<AffiliateOffer, typeof APPROVAL_RELATIONS, never>,
  "contain"
>;

/** Fetches one page of `Offer::findAllAffiliateApprovals` or `findAllPendingAffiliateApprovals`. */
export function findApprovals(
  rpc: Rpc,
  method: "findAllAffiliateApprovals" | "findAllPendingAffiliateApprovals",
  options: ApprovalListOptions,
  call?: CallOptions,
): Promise<Page<AffiliateApproval>> {
  return rpc.call("Offer", method, listParams(options, "AffiliateOffer"), {
    ...call,
    decode: (data) =>
      readPage(data, (record) => toModel(record, "AffiliateOffer", APPROVAL_RELATIONS) as AffiliateApproval),
  });
}

/** Every approval matching, page after page. */
export function iterateApprovals(
  rpc: Rpc,
  options: Omit<ApprovalListOptions, "limit" | "page"> & PagingOptions,
): AsyncGenerator<AffiliateApproval> {
  return iteratePages(
    (page, limit, call) => findApprovals(rpc, "findAllAffiliateApprovals", { ...options, page, limit }, call),
    options,
  );
}

/**
 * The answer of `setAffiliateApproval`: `true`, or (on an affiliate's first approval) the new approval record,
 * flat.
 */
export function approvalAnswer(data: unknown): AffiliateOffer | true {
  if (isRow(data)) return toModel(data, "AffiliateOffer") as AffiliateOffer;
  if (data === true || data === 1 || data === "1") return true;
  throw new TypeError("expected true or an AffiliateOffer");
}

export type { FieldOf };
