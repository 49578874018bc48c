#!/usr/bin/env node
// @ts-check
/**
 * Downloads one day of HasOffers raw logs (hourly zipped CSV files) into a single CSV file, streaming the records
 * so memory stays flat however large the day is.
 *
 *   HASOFFERS_NETWORK_ID=demo HASOFFERS_NETWORK_TOKEN=NET… node download-raw-logs.mjs clicks [YYYYMMDD] [out.csv]
 *
 * Log type: clicks, conversions or impressions. Without a day, the newest day is downloaded; without an output
 * file, `<type>-<day>.csv`. Environment: HASOFFERS_NETWORK_ID, HASOFFERS_NETWORK_TOKEN, HASOFFERS_ENDPOINT
 * (optional: the fake API in tests). The presigned download links are credentials; they are never printed.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { HasOffers, HasOffersError } from "@offerkit/hasoffers";
import { RawLogs } from "@offerkit/hasoffers/raw-logs";

const [logType = "clicks", dayArg, outArg] = process.argv.slice(2);
if (logType !== "clicks" && logType !== "conversions" && logType !== "impressions") {
  console.error("usage: node download-raw-logs.mjs <clicks|conversions|impressions> [YYYYMMDD] [out.csv]");
  process.exit(2);
}
const { HASOFFERS_NETWORK_ID, HASOFFERS_NETWORK_TOKEN, HASOFFERS_ENDPOINT } = process.env;
if (!HASOFFERS_NETWORK_ID || !HASOFFERS_NETWORK_TOKEN) {
  console.error("set HASOFFERS_NETWORK_ID and HASOFFERS_NETWORK_TOKEN");
  process.exit(2);
}

const ho = new HasOffers({
  networkId: HASOFFERS_NETWORK_ID,
  networkToken: HASOFFERS_NETWORK_TOKEN,
  endpoint: HASOFFERS_ENDPOINT,
});
const logs = new RawLogs(ho.rawLogTransport)[logType];

/**
 * One CSV field, quoted when needed (RFC 4180).
 * @param {string | undefined} value
 */
const field = (value = "") => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

try {
  const day = dayArg ?? (await logs.listDateDirs())[0]?.dirName;
  if (!day) {
    console.log(`no ${logType} logs on this network`);
    process.exit(0);
  }
  const outFile = outArg ?? `${logType}-${day}.csv`;
  const out = createWriteStream(outFile);
  /** @type {string[] | undefined} */
  let columns;
  let files = 0;
  let records = 0;
  // Every file of the day, oldest first, one record at a time; a broken download resumes where it stopped.
  for await (const record of logs.findAll(day, { onFile: () => files++ })) {
    if (!columns) {
      columns = Object.keys(record);
      out.write(`${columns.map((c) => field(c)).join(",")}\n`);
    }
    const line = `${columns.map((c) => field(record[c])).join(",")}\n`;
    if (!out.write(line)) await once(out, "drain");
    records++;
  }
  out.end();
  await finished(out);
  console.log(`${logType} ${day}: ${files} files, ${records} records -> ${outFile}`);
} catch (error) {
  if (error instanceof HasOffersError)
    console.error(`HasOffers failed (${error.code ?? error.name}): ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
