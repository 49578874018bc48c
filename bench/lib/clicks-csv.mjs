/**
 * A deterministic HasOffers clicks log in the wire format (57 columns, LF endings, strings quoted, numbers bare),
 * generated in ~1 MiB chunks so a 400 MiB file never sits in memory. Values vary like real logs (ids, hashes,
 * timestamps, user agents), so a deflated copy compresses about as well as a real one would.
 */

export const clicksHeader =
  "transaction_id,affiliate_id,affiliate_manager_id,advertiser_id,advertiser_manager_id,offer_id,creative_url_id," +
  "affiliate_source,affiliate_sub1,affiliate_sub2,affiliate_sub3,affiliate_sub4,affiliate_sub5,datetime," +
  "revenue_cents,payout_cents,refer,url,pixel_refer,ip,user_agent,country_code,browser_id,is_click_unique," +
  "ad_campaign_id,ad_campaign_creative_id,offer_file_id,status,offer_file_size,currency,payout_type,revenue_type," +
  "device_brand,device_model,device_os,device_os_version,device_id,device_id_md5,device_id_sha1,android_id," +
  "android_id_md5,android_id_sha1,mac_address,mac_address_md5,mac_address_sha1,odin,open_udid,ios_ifa," +
  "ios_ifa_md5,ios_ifa_sha1,ios_ifv,user_id,unknown_id,payout_group_id,revenue_group_id,req_connection_speed," +
  "google_aid\n";

const agents = [
  "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36",
  'Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0 "quoted" build',
];
const devices = [
  ["Samsung", "SM-A536B", "Android", "13"],
  ["Apple", "iPhone", "iOS", "17.2"],
  ["", "", "Windows", "10"],
  ["", "", "Linux", ""],
];
const countries = ["CZ", "DE", "US", "GB", "FR", "ES", "PL", "BR"];

/** xorshift32: fast, seeded, good enough to vary ids. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

const hex = (n, width) => n.toString(16).padStart(width, "0").slice(-width);
const quote = (s) => `"${s.replaceAll('"', '""')}"`;

function row(next, i) {
  const offer = next() % 400;
  const aff = next() % 900;
  const id = hex(next(), 8) + hex(next(), 8) + hex(next(), 8) + hex(next(), 6);
  const [brand, model, os, osVersion] = devices[i % devices.length];
  const second = 1473411600 + (i % 3600);
  const date = new Date(second * 1000).toISOString().slice(0, 19).replace("T", " ");
  const sub = hex(next(), 8);
  const url = `http://example.com/aff_c?offer_id=${offer}&aff_id=${aff}&source=NEX&aff_sub=${sub}`;
  const revenue = i % 5 === 0 ? quote(String(next() % 900)) : '""';
  const ip = `${next() % 223}.${next() % 256}.${next() % 256}.${next() % 256}`;
  return (
    `${quote(id)},${aff},12,44,12,${offer},"","NEX",${quote(sub)},"PD","","${hex(next(), 8)}-6abb-487f-a9f7-10a513765f36","",` +
    `${quote(date)},${revenue},"","",${quote(url)},"",${quote(ip)},${quote(agents[i % agents.length])},` +
    `${quote(countries[i % countries.length])},${i % 9},${i % 2},"","","","",${i % 3},"USD","cpa_flat","cpa_flat",` +
    `${quote(brand)},${quote(model)},${quote(os)},${quote(osVersion)},"","","","","","","","","","","","","","","","","",` +
    `0,0,${quote(i % 3 ? "mobile" : "broadband")},""\n`
  );
}

/**
 * Yields the CSV as Buffers of about `chunkBytes`, header first, until at least `totalBytes` have been produced
 * (whole rows only). `stats.rows` and `stats.bytes` count what was yielded.
 */
export function* clicksCsv(totalBytes, stats = { rows: 0, bytes: 0 }, chunkBytes = 1 << 20) {
  const next = random(0x5eed);
  let text = clicksHeader;
  let i = 0;
  while (stats.bytes + text.length < totalBytes) {
    while (text.length < chunkBytes && stats.bytes + text.length < totalBytes) {
      text += row(next, i++);
      stats.rows++;
    }
    const chunk = Buffer.from(text);
    stats.bytes += chunk.length;
    yield chunk;
    text = "";
  }
  if (text) {
    const chunk = Buffer.from(text);
    stats.bytes += chunk.length;
    yield chunk;
  }
}
