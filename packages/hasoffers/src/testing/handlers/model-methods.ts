import { fail } from "../api-failure.js";
import { find, keyed, paged, requireId } from "../finder.js";
import type { ModelName } from "../models/index.js";
import type { Row } from "../models/spec.js";
import { asList, asMap, type PhpValue } from "../php-params.js";
import { containerFor } from "../relations.js";
import { applyData } from "../write.js";
import { type CallContext, requireParam, type TargetHandlers, wantsObject } from "./context.js";

/** Hooks a Target adds to the generic finder family. */
export interface ModelHooks {
  /** Completes a new record before it is stored (OfferFile: size and URLs from the upload). */
  beforeCreate?: (ctx: CallContext, row: Row) => Row;
  /** Fills computed fields on the way out. */
  present?: (ctx: CallContext, row: Row) => Row;
  /** The record `findById` answers; by default the one `id` names (Conversion also looks up `transaction_id`). */
  findOne?: (ctx: CallContext) => Row | undefined;
}

/** The update echo: the old record's non-null fields as strings, overlaid with the sent values as sent. */
function mergedEcho(current: Row, data: Record<string, PhpValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(current)) {
    if (key === "id" || value === null || typeof value === "object") continue;
    out[key] = String(value);
  }
  return { ...out, ...data };
}

/**
 * The common finder/writer family of a model Target: `findAll`, `findById`, `findAllIds`, `findAllByIds`,
 * `create`, `update`, `updateField`, answering the recorded shapes.
 */
export function modelMethods(model: ModelName, hooks: ModelHooks = {}): TargetHandlers {
  const source = (ctx: CallContext, rows?: readonly Row[]) => {
    const table = ctx.store.table(model);
    return {
      spec: table.spec,
      rows: rows ?? table.all(),
      contain: containerFor(ctx.store, model),
      present: hooks.present && ((row: Row) => hooks.present!(ctx, row)),
    };
  };

  const update = (ctx: CallContext, id: string, data: Record<string, PhpValue>) => {
    const table = ctx.store.table(model);
    const current = table.get(id);
    if (!current) fail(`Failed to hydrate rows: ${id}`);
    const row = applyData(table.spec, current, data, ctx.now());
    table.insert(row);
    ctx.markApplied();
    ctx.echo.data = mergedEcho(current, data);
    return wantsObject(ctx.params) ? { [model]: row } : true;
  };

  return {
    findAll(ctx) {
      const result = find(source(ctx), ctx.params);
      return result.limit !== undefined || ctx.store.table(model).spec.alwaysPaged
        ? paged(result)
        : keyed(result);
    },
    findById(ctx) {
      const row = hooks.findOne ? hooks.findOne(ctx) : ctx.store.table(model).get(requireId(ctx.params));
      if (!row) return null;
      const { fields, contain } = ctx.params;
      const [entry] = find(source(ctx, [row]), { fields: fields ?? [], contain: contain ?? [] }).entries;
      return entry?.[1] ?? null;
    },
    findAllIds(ctx) {
      return find(source(ctx), { filters: ctx.params.filters ?? "" }).entries.map(([id]) => id);
    },
    findAllByIds(ctx) {
      const ids = asList(ctx.params.ids);
      if (ids.length === 0) fail("Missing required argument: ids");
      const table = ctx.store.table(model);
      const rows = ids.map((id) => table.get(id)).filter((row): row is Row => row !== undefined);
      const { fields, contain } = ctx.params;
      return keyed(find(source(ctx, rows), { fields: fields ?? [], contain: contain ?? [] }));
    },
    create(ctx) {
      const table = ctx.store.table(model);
      const data = asMap(ctx.params.data);
      if (Object.keys(data).length === 0) fail("Missing required argument: data");
      let row = applyData(table.spec, undefined, data, ctx.now());
      if (hooks.beforeCreate) row = hooks.beforeCreate(ctx, row);
      const stored = table.insert(row);
      ctx.markApplied();
      return wantsObject(ctx.params) ? { [model]: stored } : Number(stored.id);
    },
    update(ctx) {
      const data = asMap(ctx.params.data);
      if (Object.keys(data).length === 0) fail("Missing required argument: data");
      return update(ctx, requireId(ctx.params), data);
    },
    updateField(ctx) {
      const field = requireParam(ctx.params, "field");
      if (!(field in ctx.store.table(model).spec.template))
        fail(`Field '${field}' does not exist or is not allowed to be used.`);
      const value = ctx.params.value ?? "";
      return update(ctx, requireId(ctx.params), { [field]: value });
    },
  };
}
