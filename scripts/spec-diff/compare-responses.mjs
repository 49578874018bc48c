/**
 * Compares the responses of one operation: status codes, headers and bodies.
 *
 * Success statuses (2xx) decide the `data` type a typed client gets, so adding or removing one is
 * breaking; an error status only documents one more (or one fewer) failure, which is a feature.
 */
import { compareContent } from "./compare-content.mjs";
import { compareRest } from "./compare-rest.mjs";
import { compareSchema } from "./compare-schema.mjs";
import { record } from "./diff-context.mjs";
import { asNode, deref } from "./resolve-ref.mjs";
import { rootSite } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

const RESPONSE_HANDLED = new Set(["content", "headers"]);
const HEADER_HANDLED = new Set(["required", "schema", "content"]);

/** @param {string} status */
function isSuccess(status) {
  return status.startsWith("2");
}

/**
 * @param {DiffContext} ctx
 * @param {string} op e.g. `GET /reports/clicks`
 * @param {unknown} oldResponses
 * @param {unknown} newResponses
 */
export function compareResponses(ctx, op, oldResponses, newResponses) {
  const before = asNode(oldResponses);
  const after = asNode(newResponses);
  for (const status of Object.keys(before)) {
    if (Object.hasOwn(after, status)) continue;
    const level = isSuccess(status) ? "breaking" : "minor";
    record(ctx, level, "response-removed", `removed ${status} response from ${op}`);
  }
  for (const status of Object.keys(after)) {
    if (!Object.hasOwn(before, status)) {
      const level = isSuccess(status) ? "breaking" : "minor";
      record(ctx, level, "response-added", `added ${status} response to ${op}`);
      continue;
    }
    const oldResponse = deref(ctx.oldDoc, before[status], ctx.reachedOld).node;
    const newResponse = deref(ctx.newDoc, after[status], ctx.reachedNew).node;
    compareHeaders(ctx, `${op} ${status}`, oldResponse.headers, newResponse.headers);
    compareContent(ctx, `${op} ${status} body`, "response", oldResponse.content, newResponse.content);
    compareRest(ctx, oldResponse, newResponse, RESPONSE_HANDLED, `${status} response of ${op}`);
  }
}

/**
 * Response headers, matched case-insensitively.
 * @param {DiffContext} ctx
 * @param {string} where e.g. `GET /reports/clicks 200`
 * @param {unknown} oldHeaders
 * @param {unknown} newHeaders
 */
function compareHeaders(ctx, where, oldHeaders, newHeaders) {
  const before = byLowerName(ctx.oldDoc, oldHeaders, ctx.reachedOld);
  const after = byLowerName(ctx.newDoc, newHeaders, ctx.reachedNew);
  for (const name of before.keys()) {
    if (!after.has(name))
      record(ctx, "breaking", "response-header-removed", `removed header ${name} from ${where}`);
  }
  for (const [name, header] of after) {
    const old = before.get(name);
    if (!old) {
      record(ctx, "minor", "response-header-added", `added header ${name} to ${where}`);
      continue;
    }
    if (old.required === true && header.required !== true) {
      record(
        ctx,
        "breaking",
        "response-header-became-optional",
        `header ${name} of ${where} became optional`,
      );
    } else if (old.required !== true && header.required === true) {
      record(ctx, "minor", "response-header-became-required", `header ${name} of ${where} became required`);
    }
    compareSchema(ctx, rootSite("response", `${where} header ${name}`), old.schema, header.schema);
    if (old.content !== undefined || header.content !== undefined) {
      compareContent(ctx, `${where} header ${name}`, "response", old.content, header.content);
    }
    compareRest(ctx, old, header, HEADER_HANDLED, `header ${name} of ${where}`);
  }
}

/**
 * @param {SpecNode} doc
 * @param {unknown} headers
 * @param {Set<string>} reached
 * @returns {Map<string, SpecNode>}
 */
function byLowerName(doc, headers, reached) {
  return new Map(
    Object.entries(asNode(headers)).map(([name, raw]) => [name.toLowerCase(), deref(doc, raw, reached).node]),
  );
}
