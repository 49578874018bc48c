import type { CallOptions } from "@offerkit/request-engine";
import { one } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { ModelManager } from "./model-manager.js";
import type { Affiliate, AffiliateUser, AffiliateUserData } from "./models.js";
import type { CountOptions, Id } from "./options.js";

/** Relations of an affiliate user, by `contain` name. */
export const AFFILIATE_USER_RELATIONS = { Affiliate: one<Affiliate>() };

/** `ho.affiliateUsers`: logins of affiliate accounts (Target `AffiliateUser`). */
export class AffiliateUsersManager extends ModelManager<
  AffiliateUser,
  AffiliateUserData,
  typeof AFFILIATE_USER_RELATIONS
> {
  constructor(rpc: Rpc) {
    super(rpc, "AffiliateUser", AFFILIATE_USER_RELATIONS);
  }

  /** Ids (as strings) of every affiliate user matching `filters`. */
  async findAllIds(options: CountOptions<AffiliateUser> = {}, call?: CallOptions): Promise<string[]> {
    return this.findIds(options.filters, call);
  }

  /** Marks a user deleted (`status: "deleted"`); returns it. */
  async delete(id: Id, call?: CallOptions): Promise<AffiliateUser> {
    return this.update(id, { status: "deleted" }, {}, call);
  }
}
