import { fail } from "../api-failure.js";
import { requireId } from "../finder.js";
import type { Row } from "../models/spec.js";
import { type CallContext, requireParam, type TargetHandlers } from "./context.js";
import { modelMethods } from "./model-methods.js";

/** A fresh `internal_ad_id` (a UUID-shaped string, as recorded), stable for a given conversion id. */
function internalAdId(id: number): string {
  const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, "0").slice(-width);
  const a = Math.imul(id, 2654435761);
  const b = Math.imul(id ^ 0x5bd1e995, 40503);
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(a >>> 7, 3)}-${hex(0x8000 | (b & 0x3fff), 4)}-${hex(a ^ b, 8)}${hex(id, 4)}`;
}

/**
 * The conversion `findById` names: by `id`, or, when no `id` is sent, by `transaction_id`. The transaction (ad) id
 * of a conversion's session is its `ad_id` (developers.tune.com, Conversion model and Conversion::findById); no
 * match answers `null`, as a missing `id` does (conversion.json #2). With neither, `id` is the missing argument.
 */
function conversionOf(ctx: CallContext): Row | undefined {
  const { id, transaction_id: transactionId } = ctx.params;
  const table = ctx.store.table("Conversion");
  if (id === undefined && typeof transactionId === "string" && transactionId !== "")
    return table.all().find((row) => row.ad_id === transactionId);
  return table.get(requireId(ctx.params));
}

/**
 * The Conversion Target: the finder family (`findById` by id or transaction id) plus `updateStatus(id, status)`
 * (approved|pending|rejected).
 */
export function conversionHandlers(): TargetHandlers {
  return {
    ...modelMethods("Conversion", {
      beforeCreate: (ctx, row) => {
        const next = ctx.store.table("Conversion").all().length + 1;
        return { ...row, internal_ad_id: internalAdId(next + ctx.now()) };
      },
      findOne: conversionOf,
    }),
    updateStatus(ctx) {
      const id = requireId(ctx.params);
      const status = requireParam(ctx.params, "status");
      const table = ctx.store.table("Conversion");
      const allowed = table.spec.enums.status!;
      if (!allowed.includes(status)) fail(`Status must be one of: ${allowed.join(", ")}`);
      const row = table.get(id);
      if (!row) fail(`Failed to hydrate rows: ${id}`);
      table.insert({ ...row, status });
      ctx.markApplied();
      return true;
    },
  };
}
