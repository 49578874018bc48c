/**
 * Compares the parameters of one operation. Path-level parameters are merged in first (an operation
 * parameter overrides a path one with the same location and name), because that is the list a
 * client actually has to satisfy. Header names are matched case-insensitively, as HTTP does.
 */
import { compareContent } from "./compare-content.mjs";
import { compareRest } from "./compare-rest.mjs";
import { compareSchema } from "./compare-schema.mjs";
import { record } from "./diff-context.mjs";
import { jsonEqual } from "./json-equal.mjs";
import { deref } from "./resolve-ref.mjs";
import { rootSite } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

const SERIALIZATION_KEYS = ["style", "explode", "allowReserved", "allowEmptyValue"];
const HANDLED = new Set(["name", "in", "required", "schema", "content", ...SERIALIZATION_KEYS]);

/**
 * How the value is written on the wire, with the spec's defaults filled in so that spelling out a
 * default is not mistaken for a change.
 * @param {SpecNode} parameter
 */
function serialization(parameter) {
  const style =
    parameter.style ?? (parameter.in === "query" || parameter.in === "cookie" ? "form" : "simple");
  return {
    style,
    explode: parameter.explode ?? style === "form",
    allowReserved: parameter.allowReserved ?? false,
    allowEmptyValue: parameter.allowEmptyValue ?? false,
  };
}

/**
 * The effective parameters of an operation, keyed by location and name.
 * @param {SpecNode} doc
 * @param {unknown} pathLevel
 * @param {unknown} operationLevel
 * @param {Set<string>} reached
 * @returns {Map<string, SpecNode>}
 */
function effectiveParameters(doc, pathLevel, operationLevel, reached) {
  /** @type {Map<string, SpecNode>} */
  const result = new Map();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = deref(doc, raw, reached).node;
      const name = parameter.in === "header" ? String(parameter.name).toLowerCase() : String(parameter.name);
      result.set(`${parameter.in}.${name}`, parameter);
    }
  }
  return result;
}

/** @param {SpecNode} parameter */
function isRequired(parameter) {
  return parameter.in === "path" || parameter.required === true;
}

/**
 * @param {DiffContext} ctx
 * @param {string} op e.g. `GET /reports/clicks`
 * @param {{ path: unknown, operation: unknown }} before parameter lists of the old path item and operation
 * @param {{ path: unknown, operation: unknown }} after the same for the new document
 */
export function compareParameters(ctx, op, before, after) {
  const oldParams = effectiveParameters(ctx.oldDoc, before.path, before.operation, ctx.reachedOld);
  const newParams = effectiveParameters(ctx.newDoc, after.path, after.operation, ctx.reachedNew);
  for (const key of oldParams.keys()) {
    if (!newParams.has(key))
      record(ctx, "breaking", "parameter-removed", `removed parameter ${key} from ${op}`);
  }
  for (const [key, parameter] of newParams) {
    const old = oldParams.get(key);
    if (!old) {
      if (isRequired(parameter)) {
        record(ctx, "breaking", "parameter-added-required", `added required parameter ${key} to ${op}`);
      } else {
        record(ctx, "minor", "parameter-added-optional", `added optional parameter ${key} to ${op}`);
      }
      continue;
    }
    if (!isRequired(old) && isRequired(parameter)) {
      record(ctx, "breaking", "parameter-became-required", `parameter ${key} of ${op} became required`);
    } else if (isRequired(old) && !isRequired(parameter)) {
      record(ctx, "minor", "parameter-became-optional", `parameter ${key} of ${op} became optional`);
    }
    if (!jsonEqual(serialization(old), serialization(parameter))) {
      const message = `serialization (style/explode/allowReserved) of parameter ${key} of ${op} changed`;
      record(ctx, "breaking", "parameter-serialization-changed", message);
    }
    compareSchema(ctx, rootSite("request", `${op} ${key}`), old.schema, parameter.schema);
    if (old.content !== undefined || parameter.content !== undefined) {
      compareContent(ctx, `${op} ${key}`, "request", old.content, parameter.content);
    }
    compareRest(ctx, old, parameter, HANDLED, `parameter ${key} of ${op}`);
  }
}
