/**
 * Compares a `content` map (media type → schema) of a request body, response or parameter.
 */
import { compareRest } from "./compare-rest.mjs";
import { compareSchema } from "./compare-schema.mjs";
import { record } from "./diff-context.mjs";
import { asNode } from "./resolve-ref.mjs";
import { rootSite } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./diff-context.mjs").Direction} Direction */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

const HANDLED = new Set(["schema"]);

/**
 * @param {DiffContext} ctx
 * @param {string} where e.g. `POST /conversions request body` or `GET /reports/clicks 200 body`
 * @param {Direction} direction
 * @param {unknown} oldContent
 * @param {unknown} newContent
 */
export function compareContent(ctx, where, direction, oldContent, newContent) {
  const before = asNode(oldContent);
  const after = asNode(newContent);
  for (const mediaType of Object.keys(before)) {
    if (!Object.hasOwn(after, mediaType)) {
      // Either side relies on the media type: a client sends it, or parses it.
      record(
        ctx,
        "breaking",
        "media-type-removed",
        `${direction} media type ${mediaType} removed at ${where}`,
      );
    }
  }
  for (const mediaType of Object.keys(after)) {
    if (!Object.hasOwn(before, mediaType)) {
      record(ctx, "minor", "media-type-added", `${direction} media type ${mediaType} added at ${where}`);
      continue;
    }
    const label = mediaType === "application/json" ? where : `${where}[${mediaType}]`;
    const oldMedia = asNode(before[mediaType]);
    const newMedia = asNode(after[mediaType]);
    compareSchema(ctx, rootSite(direction, label), oldMedia.schema, newMedia.schema);
    compareRest(ctx, oldMedia, newMedia, HANDLED, `${label} media type`);
  }
}
