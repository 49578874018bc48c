/**
 * Compares one operation (a method on a path) that exists in both documents.
 */
import { compareParameters } from "./compare-parameters.mjs";
import { compareRequestBody } from "./compare-request-body.mjs";
import { compareResponses } from "./compare-responses.mjs";
import { compareRest } from "./compare-rest.mjs";
import { record } from "./diff-context.mjs";
import { jsonEqual } from "./json-equal.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

const HANDLED = new Set(["parameters", "requestBody", "responses", "operationId", "security", "servers"]);

/**
 * @param {DiffContext} ctx
 * @param {string} op e.g. `GET /reports/clicks`
 * @param {{ pathItem: SpecNode, operation: SpecNode }} before
 * @param {{ pathItem: SpecNode, operation: SpecNode }} after
 */
export function compareOperation(ctx, op, before, after) {
  compareParameters(
    ctx,
    op,
    { path: before.pathItem.parameters, operation: before.operation.parameters },
    { path: after.pathItem.parameters, operation: after.operation.parameters },
  );
  compareRequestBody(ctx, op, before.operation.requestBody, after.operation.requestBody);
  compareResponses(ctx, op, before.operation.responses, after.operation.responses);
  compareOperationId(ctx, op, before.operation.operationId, after.operation.operationId);
  if (!jsonEqual(before.operation.security, after.operation.security)) {
    record(ctx, "breaking", "security-changed", `security requirements of ${op} changed`);
  }
  if (!jsonEqual(before.operation.servers, after.operation.servers)) {
    record(ctx, "minor", "servers-changed", `servers of ${op} changed`);
  }
  compareRest(ctx, before.operation, after.operation, HANDLED, op);
}

/**
 * The generated `operations` type is keyed by operationId, so renaming or dropping one removes a
 * name that user code may import.
 * @param {DiffContext} ctx
 * @param {string} op
 * @param {unknown} before
 * @param {unknown} after
 */
function compareOperationId(ctx, op, before, after) {
  if (before === after) return;
  if (before === undefined) {
    record(ctx, "minor", "operation-id-added", `operationId ${after} added to ${op}`);
  } else {
    record(
      ctx,
      "breaking",
      "operation-id-changed",
      `operationId of ${op} changed: ${before} → ${after ?? "(none)"}`,
    );
  }
}
