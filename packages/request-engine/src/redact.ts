/** Replaces every secret in a text. */
export type Redactor = (text: string) => string;

/** What every secret is replaced with. A secret that is part of this text cannot be masked, and is ignored. */
export const MASK = "[REDACTED]";

/** Secrets shorter than this are ignored: masking every "abc" in every log would destroy it, not protect it. */
const MIN_SECRET_LENGTH = 4;

/** Rounds of masking before giving up on a text whose masked form keeps forming a secret again. */
const MAX_ROUNDS = 4;

/** Shapes that carry credentials in any offerkit traffic, whatever the secret's value. */
const PATTERNS: readonly [RegExp, string][] = [
  // HasOffers: the NetworkToken in a query string (raw or encoded `=`) and in the JSON echo of a request, also
  // when that JSON sits escaped inside another JSON string (`\"NetworkToken\":\"NET…\"`).
  [/(NetworkToken(?:=|%3D))(?:(?!%26)[^&\s"'<>\\])*/gi, `$1${MASK}`],
  [/(NetworkToken\\?"\s*:\s*\\?")[^"\\]*/gi, `$1${MASK}`],
  // HasOffers affiliate and advertiser APIs authenticate with `api_key`.
  [/(\bapi_key(?:=|%3D))(?:(?!%26)[^&\s"'<>\\])*/gi, `$1${MASK}`],
  [/(\bapi_key\\?"\s*:\s*\\?")[^"\\]*/gi, `$1${MASK}`],
  // TrackOfferz: `Authorization: Bearer tofz_sk_…`, and the key wherever else it turns up.
  [/(Bearer\s+)[^\s"',;\\]+/gi, `$1${MASK}`],
  [/tofz_sk_[A-Za-z0-9_-]*/g, `tofz_sk_${MASK}`],
  // Presigned links (S3, GCS, Azure): the signature and credentials make the link a bearer token.
  [
    /((?:X-Amz-(?:Signature|Credential|Security-Token)|X-Goog-(?:Signature|Credential)|Signature|AWSAccessKeyId)(?:=|%3D))(?:(?!%26)[^&\s"'<>\\])*/gi,
    `$1${MASK}`,
  ],
  [/([?&]sig(?:=|%3D))(?:(?!%26)[^&\s"'<>\\])*/gi, `$1${MASK}`],
];

/** The forms a secret takes on the wire and in logs: raw, URL-encoded (both hex cases), form-encoded, JSON-escaped. */
function variants(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  let encoded: string;
  try {
    encoded = encodeURIComponent(secret);
  } catch {
    // A lone surrogate cannot be URL-encoded, so such a secret has no encoded form to look for.
    return [secret, json];
  }
  const form = new URLSearchParams([["", secret]]).toString().slice(1);
  const lower = (text: string) => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
  return [secret, encoded, lower(encoded), form, lower(form), json];
}

/** Every place any needle occurs in `text`, overlapping ones merged, replaced by the mask. */
function maskAll(text: string, needles: readonly string[]): string {
  const spans: [number, number][] = [];
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      spans.push([at, at + needle.length]);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let done = 0;
  let [start, end] = spans[0] as [number, number];
  for (const [s, e] of spans) {
    if (s <= end) {
      end = Math.max(end, e);
      continue;
    }
    out += `${text.slice(done, start)}${MASK}`;
    done = end;
    [start, end] = [s, e];
  }
  return `${out}${text.slice(done, start)}${MASK}${text.slice(end)}`;
}

/**
 * Builds a redactor for one client: masks each known secret (raw, URL-encoded, form-encoded and JSON-escaped,
 * wherever it appears, even overlapping) and every credential shape above. Cheap when there is nothing to mask: one
 * `indexOf` per secret form and a few regex scans.
 */
export function createRedactor(secrets: readonly (string | undefined)[] = []): Redactor {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of variants(secret)) if (!MASK.includes(form)) needles.add(form);
  }
  const list = [...needles];
  const found = (text: string) => list.some((needle) => text.includes(needle));
  return (text) => {
    let out = String(text);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (list.length > 0) out = maskAll(out, list);
      for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
      // The mask next to the text around it can spell a secret again (a secret ending in "D]"): mask once more.
      if (list.length === 0 || !found(out)) return out;
    }
    return MASK;
  };
}

/** Headers whose whole value is a credential. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);

/** A copy of `headers` as a plain object with credentials masked (for hooks and logs). */
export function redactHeaders(headers: Headers, redact: Redactor): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = SECRET_HEADERS.has(key) ? MASK : redact(value);
  });
  return out;
}
