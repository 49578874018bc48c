#!/usr/bin/env node
// @ts-check
/**
 * Keeps a local catalog of HasOffers offers in step with the network: reads every offer (all pages), saves them to
 * a JSON file, and reports what was added, changed and removed since the last run.
 *
 *   HASOFFERS_NETWORK_ID=demo HASOFFERS_NETWORK_TOKEN=NET… node sync-offers.mjs [offers.json]
 *
 * Environment: HASOFFERS_NETWORK_ID, HASOFFERS_NETWORK_TOKEN, HASOFFERS_ENDPOINT (optional: another API URL, or
 * the fake API in tests). Prints one line per change and a summary.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { AuthenticationError, HasOffers, HasOffersError } from "@offerkit/hasoffers";

const catalogFile = process.argv[2] ?? "offers.json";
const { HASOFFERS_NETWORK_ID, HASOFFERS_NETWORK_TOKEN, HASOFFERS_ENDPOINT } = process.env;
if (!HASOFFERS_NETWORK_ID || !HASOFFERS_NETWORK_TOKEN) {
  console.error("set HASOFFERS_NETWORK_ID and HASOFFERS_NETWORK_TOKEN");
  process.exit(2);
}

/** The fields the catalog keeps; HasOffers sends them as strings, and they are stored as sent. */
const FIELDS = /** @type {const} */ (["id", "name", "status", "currency", "payout_type", "default_payout"]);

const ho = new HasOffers({
  networkId: HASOFFERS_NETWORK_ID,
  networkToken: HASOFFERS_NETWORK_TOKEN,
  endpoint: HASOFFERS_ENDPOINT,
});

/** @type {Record<string, Record<string, unknown>>} */
const previous = existsSync(catalogFile) ? JSON.parse(readFileSync(catalogFile, "utf8")).offers : {};
/** @type {Record<string, Record<string, unknown>>} */
const current = {};
try {
  // Every offer of every page, in id order; the SDK paces calls under HasOffers' rate limit.
  for await (const offer of ho.offers.iterate({ fields: [...FIELDS], sort: "id", pageSize: 100 })) {
    current[String(offer.id)] = Object.fromEntries(FIELDS.map((f) => [f, offer[f] ?? null]));
  }
} catch (error) {
  if (error instanceof AuthenticationError)
    console.error(`check HASOFFERS_NETWORK_ID/TOKEN: ${error.message}`);
  else if (error instanceof HasOffersError)
    console.error(`HasOffers failed (${error.code ?? error.name}): ${error.message}`);
  else throw error;
  process.exit(1);
}

const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
for (const [id, offer] of Object.entries(current)) {
  const before = previous[id];
  if (!before) {
    counts.added++;
    console.log(`+ ${id} ${offer.name}`);
  } else if (JSON.stringify(before) !== JSON.stringify(offer)) {
    counts.changed++;
    const fields = FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(offer[f]));
    console.log(`~ ${id} ${offer.name} (${fields.join(", ")})`);
  } else counts.unchanged++;
}
for (const [id, offer] of Object.entries(previous)) {
  if (!(id in current)) {
    counts.removed++;
    console.log(`- ${id} ${offer.name}`);
  }
}

// Write-then-rename, so an interrupted run never leaves a half-written catalog behind.
const catalog = { network: HASOFFERS_NETWORK_ID, syncedAt: new Date().toISOString(), offers: current };
writeFileSync(`${catalogFile}.tmp`, `${JSON.stringify(catalog, null, 2)}\n`);
renameSync(`${catalogFile}.tmp`, catalogFile);
console.log(
  `synced ${Object.keys(current).length} offers: ${counts.added} added, ${counts.changed} changed, ` +
    `${counts.removed} removed, ${counts.unchanged} unchanged`,
);
