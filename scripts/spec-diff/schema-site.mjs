/**
 * Where in a spec a schema comparison is happening, and how that place is named in messages.
 * A site is `where` (an operation part like `GET /reports/clicks 200 body`, or a component name
 * like `ClickRow`) plus a `path` inside it (`.rows[].country_code`). When a shared component is
 * entered, `via` keeps the first operation that led there so the reader can find a usage.
 */

/** @typedef {import("./diff-context.mjs").Direction} Direction */

/**
 * @typedef {object} SchemaSite
 * @property {Direction} direction
 * @property {string} where
 * @property {string} path
 * @property {string} [via]
 */

/**
 * @param {Direction} direction
 * @param {string} where
 * @returns {SchemaSite}
 */
export function rootSite(direction, where) {
  return { direction, where, path: "" };
}

/**
 * The site one step deeper, e.g. `.name` for a property or `[]` for array items.
 * @param {SchemaSite} site
 * @param {string} segment
 * @returns {SchemaSite}
 */
export function childSite(site, segment) {
  return { ...site, path: site.path + segment };
}

/**
 * The site at the root of a shared component, remembering the usage that led there.
 * @param {SchemaSite} site
 * @param {string} componentName
 * @returns {SchemaSite}
 */
export function componentSite(site, componentName) {
  return { direction: site.direction, where: componentName, path: "", via: site.via ?? target(site) };
}

/**
 * `GET /reports/clicks 200 body.rows[].country_code`, or `ClickRow.country_code (via …)`.
 * @param {SchemaSite} site
 */
export function target(site) {
  const via = site.via ? ` (via ${site.via})` : "";
  return `${site.where}${site.path}${via}`;
}
