/**
 * Compares the request body of one operation.
 */
import { compareContent } from "./compare-content.mjs";
import { compareRest } from "./compare-rest.mjs";
import { record } from "./diff-context.mjs";
import { deref } from "./resolve-ref.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */

const HANDLED = new Set(["content", "required"]);

/**
 * @param {DiffContext} ctx
 * @param {string} op e.g. `POST /conversions`
 * @param {unknown} oldRaw
 * @param {unknown} newRaw
 */
export function compareRequestBody(ctx, op, oldRaw, newRaw) {
  if (oldRaw === undefined && newRaw === undefined) return;
  if (oldRaw === undefined) {
    const required = deref(ctx.newDoc, newRaw, ctx.reachedNew).node.required === true;
    if (required)
      record(ctx, "breaking", "request-body-added-required", `added required request body to ${op}`);
    else record(ctx, "minor", "request-body-added", `added optional request body to ${op}`);
    return;
  }
  if (newRaw === undefined) {
    record(ctx, "breaking", "request-body-removed", `removed request body from ${op}`);
    return;
  }
  const before = deref(ctx.oldDoc, oldRaw, ctx.reachedOld).node;
  const after = deref(ctx.newDoc, newRaw, ctx.reachedNew).node;
  if (before.required !== true && after.required === true) {
    record(ctx, "breaking", "request-body-became-required", `request body of ${op} became required`);
  } else if (before.required === true && after.required !== true) {
    record(ctx, "minor", "request-body-became-optional", `request body of ${op} became optional`);
  }
  compareContent(ctx, `${op} request body`, "request", before.content, after.content);
  compareRest(ctx, before, after, HANDLED, `request body of ${op}`);
}
