import type { CallOptions } from "@offerkit/request-engine";
import { one } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { idList } from "./decoders.js";
import { createModelManager, type ModelManager } from "./model-manager.js";
import type { Affiliate, AffiliateUser, AffiliateUserData } from "./models.js";
import type { CountOptions, Id } from "./options.js";

/** Relations of an affiliate user, by `contain` name. */
export const AFFILIATE_USER_RELATIONS = { Affiliate: one<Affiliate>() };

/** `ho.affiliateUsers`: logins of affiliate accounts (Target `AffiliateUser`). */
export interface AffiliateUsersManager
  extends ModelManager<AffiliateUser, AffiliateUserData, typeof AFFILIATE_USER_RELATIONS> {
  /** Ids (as strings) of every affiliate user matching `filters`. */
  findAllIds(options?: CountOptions<AffiliateUser>, call?: CallOptions): Promise<string[]>;

  /** Marks a user deleted (`status: "deleted"`); returns it. */
  delete(id: Id, call?: CallOptions): Promise<AffiliateUser>;
}

/** Builds `ho.affiliateUsers`. */
export const createAffiliateUsersManager = (rpc: Rpc): AffiliateUsersManager =>
  createModelManager(rpc, "AffiliateUser", AFFILIATE_USER_RELATIONS, { status: "deleted" }, () => ({
    findAllIds: ["?filters", idList],
  }));
