#!/usr/bin/env node
// @ts-check
/**
 * Exports every TrackOfferz conversion of a date range to CSV, one row per conversion, amounts as decimals.
 *
 *   TRACKOFFERZ_API_KEY=tofz_sk_… node export-conversions.mjs 2026-06-01 2026-06-30 [conversions.csv]
 *
 * Environment: TRACKOFFERZ_API_KEY (read by the SDK), TRACKOFFERZ_BASE_URL (optional: a self-hosted install, or
 * the fake API in tests). Writes to the file given, or to stdout; the summary line goes to stderr.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { AuthenticationError, TrackOfferz, TrackOfferzError, ValidationError } from "@offerkit/trackofferz";

const [from, to, outFile] = process.argv.slice(2);
if (!from || !to) {
  console.error("usage: node export-conversions.mjs <from YYYY-MM-DD> <to YYYY-MM-DD> [out.csv]");
  process.exit(2);
}

const COLUMNS = [
  "conversion_id",
  "created_at",
  "transaction_id",
  "campaign_id",
  "publisher_id",
  "event_type",
  "status",
  "currency",
  "payout",
  "sale_amount",
  "custom_data",
];

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180).
 * @param {unknown} value
 */
function field(value) {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Integer cents as a decimal string, exactly (1250 -> "12.50"), without floating-point division.
 * @param {number | null | undefined} cents
 */
function decimal(cents) {
  if (cents === null || cents === undefined) return "";
  const sign = cents < 0 ? "-" : "";
  const abs = String(Math.abs(cents)).padStart(3, "0");
  return `${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

const { TRACKOFFERZ_BASE_URL } = process.env;
const client = new TrackOfferz({ baseUrl: TRACKOFFERZ_BASE_URL });
const out = outFile ? createWriteStream(outFile) : process.stdout;
let rows = 0;
try {
  out.write(`${COLUMNS.join(",")}\n`);
  // Every page, in order; the SDK fetches the next page while this one is written.
  for await (const c of client.reports.iterConversions({ from, to, page_size: 1000 })) {
    const line = [
      c.conversion_id,
      c.created_at,
      c.transaction_id,
      c.campaign_id,
      c.publisher_id,
      c.event_type,
      c.status,
      c.currency,
      decimal(c.payout_cents),
      decimal(c.sale_amount_cents),
      Object.keys(c.custom_data).length ? JSON.stringify(c.custom_data) : "",
    ];
    // Respect back-pressure so a large export does not buffer in memory.
    if (!out.write(`${line.map(field).join(",")}\n`)) await once(out, "drain");
    rows++;
  }
  if (outFile) {
    out.end();
    await finished(out);
  }
  console.error(`exported ${rows} conversions from ${from} to ${to}${outFile ? ` to ${outFile}` : ""}`);
} catch (error) {
  if (error instanceof AuthenticationError) console.error(`check TRACKOFFERZ_API_KEY: ${error.message}`);
  else if (error instanceof ValidationError)
    console.error(`bad request (${error.param ?? "?"}): ${error.message}`);
  else if (error instanceof TrackOfferzError)
    console.error(`TrackOfferz failed (request ${error.requestId}): ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
