/**
 * Compares the `paths` of two documents: which paths and operations exist, then each operation
 * present in both. Paths are matched by their literal template because the typed client is called
 * with that exact string (`client.GET("/offers/{id}")`), so renaming a path parameter is a new path.
 */
import { compareOperation } from "./compare-operation.mjs";
import { compareRest } from "./compare-rest.mjs";
import { record } from "./diff-context.mjs";
import { jsonEqual } from "./json-equal.mjs";
import { asNode, deref } from "./resolve-ref.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */

/** HTTP methods an OpenAPI path item can hold. */
export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Path-level keys the comparison accounts for (parameters are merged into each operation). */
const HANDLED = new Set([...METHODS, "parameters", "servers", "$ref"]);

/**
 * @param {DiffContext} ctx
 * @param {unknown} oldPaths
 * @param {unknown} newPaths
 */
export function comparePaths(ctx, oldPaths, newPaths) {
  const before = asNode(oldPaths);
  const after = asNode(newPaths);
  for (const path of Object.keys(before)) {
    if (!Object.hasOwn(after, path)) record(ctx, "breaking", "path-removed", `removed path ${path}`);
  }
  for (const path of Object.keys(after)) {
    if (!Object.hasOwn(before, path)) {
      record(ctx, "minor", "path-added", `added path ${path}`);
      continue;
    }
    const oldItem = deref(ctx.oldDoc, before[path], ctx.reachedOld).node;
    const newItem = deref(ctx.newDoc, after[path], ctx.reachedNew).node;
    for (const method of METHODS) {
      const op = `${method.toUpperCase()} ${path}`;
      const hadIt = oldItem[method] !== undefined;
      const hasIt = newItem[method] !== undefined;
      if (hadIt && !hasIt) record(ctx, "breaking", "operation-removed", `removed operation ${op}`);
      if (!hadIt && hasIt) record(ctx, "minor", "operation-added", `added operation ${op}`);
      if (hadIt && hasIt) {
        compareOperation(
          ctx,
          op,
          { pathItem: oldItem, operation: asNode(oldItem[method]) },
          { pathItem: newItem, operation: asNode(newItem[method]) },
        );
      }
    }
    if (!jsonEqual(oldItem.servers, newItem.servers)) {
      record(ctx, "minor", "servers-changed", `servers of path ${path} changed`);
    }
    compareRest(ctx, oldItem, newItem, HANDLED, `path ${path}`);
  }
}
