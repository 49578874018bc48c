import { fail } from "../api-failure.js";
import { requireId } from "../finder.js";
import { SALT_ALPHABET } from "../models/affiliate-user.js";
import type { ModelName } from "../models/index.js";
import { Random } from "../random.js";
import type { TargetHandlers } from "./context.js";
import { modelMethods } from "./model-methods.js";

/** `block(id, reason)`: sets the account's status to `blocked` and answers `true` (advertiser.json #5). */
function block(model: ModelName): TargetHandlers[string] {
  return (ctx) => {
    const id = requireId(ctx.params);
    const table = ctx.store.table(model);
    const row = table.get(id);
    if (!row) fail(`Failed to hydrate rows: ${id}`);
    table.insert({ ...row, status: "blocked" });
    ctx.markApplied();
    return true;
  };
}

/** The Advertiser Target: the finder family plus `block`. */
export function advertiserHandlers(): TargetHandlers {
  return { ...modelMethods("Advertiser"), block: block("Advertiser") };
}

/** The Affiliate Target: the finder family plus `block`. */
export function affiliateHandlers(): TargetHandlers {
  return { ...modelMethods("Affiliate"), block: block("Affiliate") };
}

/**
 * The AffiliateUser Target: the finder family; `create` gives the login its password salt, which the API answers
 * with (a string, never null: affiliate.json #1). Drawn from the email and the fake's clock, so a run with an
 * injected clock is repeatable.
 */
export function affiliateUserHandlers(): TargetHandlers {
  return modelMethods("AffiliateUser", {
    beforeCreate: (ctx, row) => ({
      ...row,
      salt: new Random(`${row.email}@${ctx.now()}`).chars(64, SALT_ALPHABET),
    }),
  });
}
