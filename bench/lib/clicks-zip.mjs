import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { clicksCsv } from "./clicks-csv.mjs";
import { tmpDir } from "./paths.mjs";
import { writeZip } from "./write-zip.mjs";

const kindIds = { stored: "Stored", deflated: "Deflated", "data-descriptor": "DataDescriptor" };

/** The member name, shaped like HasOffers' `clicks-<hour>-<random>.csv`. */
export const memberName = "clicks-1473411600-Bench0.csv";

/**
 * Makes (once) a zip of a clicks CSV of about `mib` MiB in bench/.tmp and returns its file name and what it holds.
 * A sidecar JSON written last marks a complete file, so an interrupted generation is redone next time.
 */
export async function ensureClicksZip(kind, mib) {
  mkdirSync(tmpDir, { recursive: true });
  // Named like a HasOffers log file (`clicks-<epoch>-<id>.zip`) so the SDK accepts it as `<day>/<file>`.
  const file = `clicks-${mib}-${kindIds[kind]}.zip`;
  const marker = `${tmpDir}${file}.json`;
  if (existsSync(marker) && existsSync(`${tmpDir}${file}`))
    return { file, ...JSON.parse(readFileSync(marker, "utf8")) };
  const stats = { rows: 0, bytes: 0 };
  const partial = `${tmpDir}${file}.partial`;
  const { compressed } = await writeZip(partial, memberName, clicksCsv(mib * 2 ** 20, stats), kind);
  renameSync(partial, `${tmpDir}${file}`);
  const info = { kind, csvBytes: stats.bytes, rows: stats.rows, compressedBytes: compressed };
  writeFileSync(marker, JSON.stringify(info));
  return { file, ...info };
}
