import { fail } from "../api-failure.js";
import { find, keyed, requireId } from "../finder.js";
import type { ModelName } from "../models/index.js";
import { asList } from "../php-params.js";
import type { CallContext, TargetHandlers } from "./context.js";
import { modelMethods } from "./model-methods.js";

interface Owner {
  /** `Offer` → `addToOffer`, `findAllOfferTagRelations`, … */
  name: "Offer" | "Affiliate" | "Advertiser";
  relation: ModelName;
  key: string;
}

const OWNERS: readonly Owner[] = [
  { name: "Offer", relation: "OffersTags", key: "offer_id" },
  { name: "Affiliate", relation: "AffiliatesTags", key: "affiliate_id" },
  { name: "Advertiser", relation: "AdvertisersTags", key: "advertiser_id" },
];

function mustExist(ctx: CallContext, model: ModelName, id: string): void {
  if (!ctx.store.table(model).get(id)) fail(`Failed to hydrate rows: ${id}`);
}

function relationHandlers(owner: Owner): TargetHandlers {
  const { name, relation, key } = owner;
  const rows = (ctx: CallContext) => ctx.store.table(relation).all();
  return {
    [`addTo${name}`](ctx) {
      const tagId = requireId(ctx.params, "tag_id");
      const ownerId = requireId(ctx.params, key);
      mustExist(ctx, "Tag", tagId);
      mustExist(ctx, name, ownerId);
      const existing = rows(ctx).find((r) => r.tag_id === tagId && r[key] === ownerId);
      ctx.markApplied();
      const row = existing ?? ctx.store.table(relation).insert({ id: null, tag_id: tagId, [key]: ownerId });
      // The flat answer lists the owner before the tag (tag.json #5).
      return { id: row.id, [key]: row[key], tag_id: row.tag_id };
    },
    [`removeFrom${name}`](ctx) {
      const tagId = requireId(ctx.params, "tag_id");
      const ownerId = requireId(ctx.params, key);
      for (const row of rows(ctx)) {
        if (row.tag_id === tagId && row[key] === ownerId) ctx.store.table(relation).delete(String(row.id));
      }
      ctx.markApplied();
      return true;
    },
    [`removeFrom${name}ByRelationalId`](ctx) {
      const id = requireId(ctx.params);
      if (!ctx.store.table(relation).delete(id)) fail(`Failed to hydrate rows: ${id}`);
      ctx.markApplied();
      return true;
    },
    [`setFor${name}`](ctx) {
      const ownerId = requireId(ctx.params, key);
      mustExist(ctx, name, ownerId);
      const tagIds = asList(ctx.params.tag_ids).map((id) => String(Number(id)));
      for (const id of tagIds) mustExist(ctx, "Tag", id);
      const table = ctx.store.table(relation);
      for (const row of rows(ctx)) if (row[key] === ownerId) table.delete(String(row.id));
      for (const tagId of tagIds) table.insert({ id: null, tag_id: tagId, [key]: ownerId });
      ctx.markApplied();
      return true;
    },
    [`findAll${name}TagRelations`](ctx) {
      const table = ctx.store.table(relation);
      const result = find({ spec: table.spec, rows: table.all() }, ctx.params);
      // No `count`/`pageCount` in this wrapper (tag.json #16–18).
      return { page: result.page, current: 0, data: keyed(result) };
    },
  };
}

/** The Tag Target: the finder family plus adding, removing, setting and listing tag relations per owner. */
export function tagHandlers(): TargetHandlers {
  const out: TargetHandlers = { ...modelMethods("Tag") };
  for (const owner of OWNERS) Object.assign(out, relationHandlers(owner));
  return out;
}
