/**
 * Compares value constraints: bounds, lengths, counts, patterns and formats. None of these show up
 * in the generated TypeScript types, but the server enforces them on requests and clients may rely
 * on them in responses, so they follow the narrowing/widening direction rule.
 */
import { narrowingLevel, record, wideningLevel } from "./diff-context.mjs";
import { jsonEqual, showValue } from "./json-equal.mjs";
import { target } from "./schema-site.mjs";

/** @typedef {import("./diff-context.mjs").DiffContext} DiffContext */
/** @typedef {import("./schema-site.mjs").SchemaSite} SchemaSite */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */

/** Lower bounds: a larger value lets fewer values through. */
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
/** Upper bounds: a smaller value lets fewer values through. */
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
/** Constraints whose values cannot be ordered: adding narrows, removing widens, changing is unknown. */
const OPAQUE = ["pattern", "format", "multipleOf", "contentEncoding", "contentMediaType"];

/** Schema keys this comparison accounts for. */
export const CONSTRAINT_KEYS = [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...OPAQUE, "uniqueItems"];

/**
 * @param {DiffContext} ctx
 * @param {SchemaSite} site
 * @param {SpecNode} before
 * @param {SpecNode} after
 */
export function compareConstraints(ctx, site, before, after) {
  const dir = site.direction;
  const where = target(site);
  /**
   * @param {"narrowed" | "widened" | "changed"} how
   * @param {string} key
   */
  const report = (how, key) => {
    const level =
      how === "narrowed" ? narrowingLevel(dir) : how === "widened" ? wideningLevel(dir) : "breaking";
    const detail = `${key} ${showValue(before[key] ?? "(none)")} → ${showValue(after[key] ?? "(none)")}`;
    record(ctx, level, `constraint-${how}`, `${dir} constraint ${how} at ${where}: ${detail}`);
  };
  for (const key of CONSTRAINT_KEYS) {
    const oldValue = before[key];
    const newValue = after[key];
    if (key === "uniqueItems") {
      // Absent and `false` mean the same thing, so only a flip of `true` counts.
      if ((oldValue === true) !== (newValue === true))
        report(newValue === true ? "narrowed" : "widened", key);
    } else if (jsonEqual(oldValue, newValue)) {
    } else if (oldValue === undefined) {
      report("narrowed", key);
    } else if (newValue === undefined) {
      report("widened", key);
    } else if (typeof oldValue === "number" && typeof newValue === "number" && !OPAQUE.includes(key)) {
      const tighter = LOWER_BOUNDS.includes(key) ? newValue > oldValue : newValue < oldValue;
      report(tighter ? "narrowed" : "widened", key);
    } else {
      report("changed", key);
    }
  }
}
