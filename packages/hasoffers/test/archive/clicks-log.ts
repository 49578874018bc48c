/**
 * Deterministic, realistic HasOffers clicks logs (57 columns, strings quoted and numbers bare, as in the
 * recorded sample) generated row by row, so tests and measurements can stream logs of any size.
 */
export const CLICKS_HEADER: readonly string[] = [
  ...["transaction_id", "affiliate_id", "affiliate_manager_id", "advertiser_id", "advertiser_manager_id"],
  ...[
    "offer_id",
    "creative_url_id",
    "affiliate_source",
    "affiliate_sub1",
    "affiliate_sub2",
    "affiliate_sub3",
  ],
  ...["affiliate_sub4", "affiliate_sub5", "datetime", "revenue_cents", "payout_cents", "refer", "url"],
  ...["pixel_refer", "ip", "user_agent", "country_code", "browser_id", "is_click_unique", "ad_campaign_id"],
  ...["ad_campaign_creative_id", "offer_file_id", "status", "offer_file_size", "currency", "payout_type"],
  ...["revenue_type", "device_brand", "device_model", "device_os", "device_os_version", "device_id"],
  ...["device_id_md5", "device_id_sha1", "android_id", "android_id_md5", "android_id_sha1", "mac_address"],
  ...["mac_address_md5", "mac_address_sha1", "odin", "open_udid", "ios_ifa", "ios_ifa_md5", "ios_ifa_sha1"],
  ...["ios_ifv", "user_id", "unknown_id", "payout_group_id", "revenue_group_id", "req_connection_speed"],
  "google_aid",
];

/** Columns HasOffers writes without quotes. */
const NUMERIC = new Set([1, 2, 3, 4, 5, 22, 23, 53, 54]);

const AGENTS = [
  "Mozilla/5.0 (Linux; Android 4.1.2; GT-S6310N Build/JZO54K) AppleWebKit/537.36 (KHTML, Like Gecko) Chrome/50.0.2661.89 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, Like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586",
  'Mozilla/5.0 (iPhone; CPU iPhone OS 9_3 like Mac OS X) AppleWebKit/601.1 (KHTML, like Gecko) "Mobile" Safari/601.1',
];

/** A small seeded generator (mulberry32) so every run builds the same log. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hex(next: () => number, length: number): string {
  let out = "";
  while (out.length < length)
    out += Math.floor(next() * 0x100000000)
      .toString(16)
      .padStart(8, "0");
  return out.slice(0, length);
}

/** The field values of row `index` (0-based), as the parser should return them. */
export function clickRow(index: number): string[] {
  const next = random(index + 1);
  const offer = String(1 + Math.floor(next() * 200));
  const affiliate = String(1 + Math.floor(next() * 50));
  const sub = `${hex(next, 8)}-${hex(next, 4)}-${hex(next, 4)}-${hex(next, 4)}-${hex(next, 12)}`;
  const seconds = index % 3600;
  const time = `2016-09-09 14:${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  const row = new Array<string>(CLICKS_HEADER.length).fill("");
  row[0] = hex(next, 30);
  row[1] = affiliate;
  row[2] = String(Math.floor(next() * 20));
  row[3] = String(Math.floor(next() * 100));
  row[4] = row[2]!;
  row[5] = offer;
  row[7] = "NEX";
  row[8] = next() < 0.5 ? "UNUSE" : "THM";
  row[9] = "PD";
  row[11] = sub;
  row[13] = time;
  row[14] = next() < 0.3 ? String(Math.floor(next() * 1000)) : "";
  row[17] = `http://example.com/aff_c?offer_id=${offer}&aff_id=${affiliate}&source=NEX&aff_sub=UNUSE&aff_sub4=${sub}`;
  row[19] = `${Math.floor(next() * 256)}.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}.1`;
  row[20] = AGENTS[index % AGENTS.length]!;
  row[21] = next() < 0.5 ? "CZ" : "ES";
  row[22] = String(Math.floor(next() * 10));
  row[23] = String(index % 2);
  row[29] = "EUR";
  row[30] = "cpa_flat";
  row[31] = "cpc";
  row[32] = "Samsung";
  row[33] = "GT-S6310N";
  row[34] = "Android";
  row[35] = "4.1";
  row[53] = "0";
  row[54] = "0";
  row[55] = next() < 0.5 ? "mobile" : "broadband";
  return row;
}

/** Encodes one row the way HasOffers does: strings quoted (quotes doubled), numbers bare. */
export function encodeClickRow(row: readonly string[]): string {
  return row
    .map((value, column) => (NUMERIC.has(column) ? value : `"${value.replaceAll('"', '""')}"`))
    .join(",");
}

/** The header line plus `rows` rows, each ending in `eol`. */
export function* clicksCsvLines(rows: number, eol = "\n"): Generator<string> {
  yield CLICKS_HEADER.join(",") + eol;
  for (let i = 0; i < rows; i++) yield encodeClickRow(clickRow(i)) + eol;
}

/**
 * The log as UTF-8 chunks of about `chunkSize` bytes. `onRow` reports each row as it is produced, which lets a
 * test see how far the producer ran ahead of the consumer.
 */
export function* clicksCsvChunks(
  rows: number,
  options: { chunkSize?: number; eol?: string; onRow?: (index: number) => void } = {},
): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const chunkSize = options.chunkSize ?? 64 * 1024;
  let pending = "";
  let index = -1;
  for (const line of clicksCsvLines(rows, options.eol)) {
    if (index >= 0) options.onRow?.(index);
    index += 1;
    pending += line;
    if (pending.length >= chunkSize) {
      yield encoder.encode(pending);
      pending = "";
    }
  }
  if (pending.length > 0) yield encoder.encode(pending);
}
