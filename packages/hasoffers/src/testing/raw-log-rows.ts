import { hashString, Random } from "./random.js";

/** The log types the fake serves. */
export type LogType = "clicks" | "conversions" | "impressions";
export const LOG_TYPES: readonly LogType[] = ["clicks", "conversions", "impressions"];

/** The 57 columns of a real clicks log (§8.9), in file order. */
const CLICK_COLUMNS = (
  "transaction_id affiliate_id affiliate_manager_id advertiser_id advertiser_manager_id offer_id creative_url_id " +
  "affiliate_source affiliate_sub1 affiliate_sub2 affiliate_sub3 affiliate_sub4 affiliate_sub5 datetime " +
  "revenue_cents payout_cents refer url pixel_refer ip user_agent country_code browser_id is_click_unique " +
  "ad_campaign_id ad_campaign_creative_id offer_file_id status offer_file_size currency payout_type revenue_type " +
  "device_brand device_model device_os device_os_version device_id device_id_md5 device_id_sha1 android_id " +
  "android_id_md5 android_id_sha1 mac_address mac_address_md5 mac_address_sha1 odin open_udid ios_ifa ios_ifa_md5 " +
  "ios_ifa_sha1 ios_ifv user_id unknown_id payout_group_id revenue_group_id req_connection_speed google_aid"
).split(" ");

/** Conversion and impression logs have no public sample; these column sets are the fake's own guess. */
const CONVERSION_COLUMNS = (
  "transaction_id conversion_id affiliate_id advertiser_id offer_id goal_id datetime session_datetime " +
  "payout_cents revenue_cents sale_amount_cents status currency ip country_code user_agent affiliate_sub1 " +
  "affiliate_sub2 affiliate_sub3 affiliate_sub4 affiliate_sub5 advertiser_sub"
).split(" ");

const IMPRESSION_COLUMNS = (
  "impression_id affiliate_id advertiser_id offer_id offer_file_id datetime ip user_agent country_code " +
  "affiliate_source affiliate_sub1 affiliate_sub2 affiliate_sub3 affiliate_sub4 affiliate_sub5 refer"
).split(" ");

/** The header of a log type's CSV. */
export function logColumns(type: LogType): readonly string[] {
  return type === "clicks" ? CLICK_COLUMNS : type === "conversions" ? CONVERSION_COLUMNS : IMPRESSION_COLUMNS;
}

/** Columns written unquoted (numbers), as in the recorded sample. */
const NUMERIC = new Set([
  "affiliate_id",
  "affiliate_manager_id",
  "advertiser_id",
  "advertiser_manager_id",
  "offer_id",
  "goal_id",
  "conversion_id",
  "browser_id",
  "is_click_unique",
  "payout_group_id",
  "revenue_group_id",
  "offer_file_id",
]);

const AGENTS = [
  "Mozilla/5.0 (Linux; Android 4.1.2; GT-S6310N Build/JZO54K) AppleWebKit/537.36 (KHTML, Like Gecko) Chrome/50.0.2661.89 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, Like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586",
  'Mozilla/5.0 (iPhone; CPU iPhone OS 9_3 like Mac OS X) "Mobile" Safari',
];
const COUNTRIES = ["CZ", "ES", "US", "DE", "GB"];
const SOURCES = ["NEX", "FP", "THM", "AD"];

function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * The value of one cell. Deterministic in (file seed, row, column); every 50th row's `refer` holds a quoted
 * comma, a doubled quote and a line break, so a reader that splits on newlines or commas fails.
 */
function cell(column: string, row: number, random: Random, startTimestamp: number, tx: string): string {
  switch (column) {
    case "transaction_id":
    case "impression_id":
      return tx;
    case "conversion_id":
      return String(100_000 + row);
    case "datetime":
    case "session_datetime": {
      const at = new Date((startTimestamp + (row % 3600)) * 1000).toISOString();
      return `${at.slice(0, 10)} ${at.slice(11, 19)}`;
    }
    case "ip":
      return `10.${row % 250}.${(row >> 8) % 250}.${random.int(1, 254)}`;
    case "user_agent":
      return AGENTS[row % AGENTS.length]!;
    case "country_code":
      return COUNTRIES[row % COUNTRIES.length]!;
    case "affiliate_source":
      return SOURCES[row % SOURCES.length]!;
    case "affiliate_sub1":
      return `sub-${row % 7}`;
    case "refer":
      return row % 50 === 49 ? 'http://example.com/?q="a, b"\nline two' : "";
    case "url":
      return `http://example.com/aff_c?offer_id=${(row % 90) + 1}&aff_id=${(row % 12) + 1}`;
    case "revenue_cents":
    case "payout_cents":
      return row % 4 === 0 ? String(random.int(1, 900)) : "";
    case "currency":
      return "USD";
    case "payout_type":
    case "revenue_type":
      return "cpa_flat";
    case "status":
      return row % 10 === 0 ? "rejected" : "approved";
    case "req_connection_speed":
      return row % 2 === 0 ? "mobile" : "broadband";
    default:
      return NUMERIC.has(column) ? String((row * 7 + column.length) % 97) : "";
  }
}

/**
 * Produces a log file's CSV text in chunks of about `rowsPerChunk` rows: header first, LF line ends, strings
 * quoted and numbers bare, as in the recorded sample. Row numbers `from`..`to` (exclusive) let one file's rows be
 * split across several archive members; the same arguments always give the same bytes.
 */
export function* csvChunks(
  type: LogType,
  seed: string,
  startTimestamp: number,
  from: number,
  to: number,
  rowsPerChunk = 200,
): Generator<string> {
  const columns = logColumns(type);
  const base = hashString(seed);
  let text = `${columns.join(",")}\n`;
  for (let row = from; row < to; row++) {
    const random = new Random((base ^ Math.imul(row + 1, 0x9e3779b1)) >>> 0);
    const tx = random.chars(30);
    const cells = columns.map((column) => {
      const value = cell(column, row, random, startTimestamp, tx);
      return NUMERIC.has(column) ? value : quote(value);
    });
    text += `${cells.join(",")}\n`;
    if ((row - from + 1) % rowsPerChunk === 0) {
      yield text;
      text = "";
    }
  }
  if (text) yield text;
}
