/**
 * The state one spec comparison carries around, plus the direction rules every comparison shares.
 *
 * Direction decides what a schema change means: in a request the client writes and the server
 * reads, so *narrowing* what is accepted breaks clients; in a response the server writes and the
 * client reads, so *widening* what may arrive breaks clients. "schema" is used for a component
 * no operation reaches, where either reading may apply, so both kinds count as breaking.
 */

/** @typedef {import("./levels.mjs").ChangeLevel} ChangeLevel */
/** @typedef {import("./resolve-ref.mjs").SpecNode} SpecNode */
/** @typedef {"request" | "response" | "schema"} Direction */

/**
 * One reason a spec changed.
 * @typedef {object} SpecChange
 * @property {Exclude<ChangeLevel, "none">} level
 * @property {string} kind stable identifier of the rule that fired, e.g. `operation-removed`
 * @property {string} message human-readable reason, e.g. `removed operation GET /reports/clicks`
 */

/**
 * @typedef {object} DiffContext
 * @property {SpecNode} oldDoc
 * @property {SpecNode} newDoc
 * @property {SpecChange[]} changes
 * @property {Set<string>} seenMessages guards against the same reason twice
 * @property {Set<string>} memo component schemas already compared, keyed by direction and pointer
 * @property {Set<string>} visiting schema pairs on the current comparison path (cycle guard)
 * @property {Set<string>} reachedOld pointers followed in the old document
 * @property {Set<string>} reachedNew pointers followed in the new document
 */

/**
 * @param {SpecNode} oldDoc
 * @param {SpecNode} newDoc
 * @returns {DiffContext}
 */
export function createDiffContext(oldDoc, newDoc) {
  return {
    oldDoc,
    newDoc,
    changes: [],
    seenMessages: new Set(),
    memo: new Set(),
    visiting: new Set(),
    reachedOld: new Set(),
    reachedNew: new Set(),
  };
}

/**
 * Records one reason; an identical reason reached by a second route is kept once.
 * @param {DiffContext} ctx
 * @param {SpecChange["level"]} level
 * @param {string} kind
 * @param {string} message
 */
export function record(ctx, level, kind, message) {
  const key = `${level} ${message}`;
  if (ctx.seenMessages.has(key)) return;
  ctx.seenMessages.add(key);
  ctx.changes.push({ level, kind, message });
}

/**
 * Level of a change that lets fewer values through (a stricter type, a removed enum value, a new
 * bound). Breaks requests; in a response it only promises the client more, which is a feature.
 * @param {Direction} direction
 * @returns {SpecChange["level"]}
 */
export function narrowingLevel(direction) {
  return direction === "response" ? "minor" : "breaking";
}

/**
 * Level of a change that lets more values through (a looser type, a new nullable, a dropped bound).
 * A feature for requests; in a response the client may now receive values it was told never come.
 * @param {Direction} direction
 * @returns {SpecChange["level"]}
 */
export function wideningLevel(direction) {
  return direction === "request" ? "minor" : "breaking";
}
