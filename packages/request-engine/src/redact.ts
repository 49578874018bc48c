/** Replaces every secret in a text. */
export type Redactor = (text: string) => string;

/** What every secret is replaced with. A secret that is part of this text cannot be masked, and is ignored. */
export const MASK = "[REDACTED]";

/**
 * Shapes that carry credentials in any offerkit traffic, whatever the secret's value. Each alternative keeps its
 * group (the name and separator) and masks the value after it:
 * - HasOffers' NetworkToken (and `api_key` of its affiliate and advertiser APIs), and the parameters that make a
 *   presigned link (S3, GCS, Azure) a bearer token, in a query string with a raw or encoded `=`; the value ends at
 *   `&`, whitespace, a quote, an angle bracket, a backslash or an encoded `&`;
 * - the same tokens in the JSON echo of a request, also escaped inside another JSON string (`\"NetworkToken\":…`);
 * - TrackOfferz: `Authorization: Bearer tofz_sk_…`, and the key wherever else it turns up.
 */
const PATTERN =
  /((?:NetworkToken|\bapi_key|X-Amz-Security-Token|Credential|Signature|AWSAccessKeyId|[?&]sig)(?:=|%3D))(?:(?!%26)[^&\s"'<>\\])*|((?:NetworkToken|\bapi_key)\\?"\s*:\s*\\?")[^"\\]*|(Bearer\s+)[^\s"',;\\]+|(tofz_sk_)[\w-]*/gi;

/** Secrets shorter than this are ignored: masking every "abc" in every log would destroy it, not protect it. */
const MIN_SECRET_LENGTH = 4;

/** Rounds of masking before giving up on a text whose masked form keeps forming a secret again. */
const MAX_ROUNDS = 4;

/** The forms a secret takes on the wire and in logs: raw, URL-encoded (both hex cases), form-encoded, JSON-escaped. */
function variants(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1)];
  try {
    const lower = (text: string) => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
    const encoded = encodeURIComponent(secret);
    const form = new URLSearchParams([["", secret]]).toString().slice(1);
    forms.push(encoded, lower(encoded), form, lower(form));
  } catch {
    // A lone surrogate cannot be URL-encoded, so such a secret has no encoded form to look for.
  }
  return forms;
}

/** Every place any needle occurs in `text`, overlapping and adjacent ones merged, replaced by one mask. */
function maskAll(text: string, needles: readonly string[]): string {
  const covered: boolean[] = [];
  let found = false;
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      for (let i = at; i < at + needle.length; i++) covered[i] = true;
      found = true;
    }
  }
  if (!found) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (covered[i] && !covered[i - 1]) out += text.slice(from, i) + MASK;
    if (!covered[i] && covered[i - 1]) from = i;
  }
  return out + text.slice(from);
}

/**
 * Builds a redactor for one client: masks each known secret (raw, URL-encoded, form-encoded and JSON-escaped,
 * wherever it appears, even overlapping) and every credential shape above. Cheap when there is nothing to mask: one
 * `indexOf` per secret form and a few regex scans.
 */
export function createRedactor(secrets: readonly (string | undefined)[] = []): Redactor {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret === "string" && secret.length >= MIN_SECRET_LENGTH) {
      for (const form of variants(secret)) if (!MASK.includes(form)) needles.add(form);
    }
  }
  const list = [...needles];
  return (text) => {
    let out = String(text);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      out = maskAll(out, list);
      out = out.replace(PATTERN, `$1$2$3$4${MASK}`);
      // The mask next to the text around it can spell a secret again (a secret ending in "D]"): mask once more.
      if (!list.some((needle) => out.includes(needle))) return out;
    }
    return MASK;
  };
}

/** Headers whose whole value is a credential. */
const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key)$/;

/** A copy of `headers` as a plain object, names in lower case, credentials masked (for hooks and logs). */
export function redactHeaders(
  headers: Headers | Record<string, string>,
  redact: Redactor,
): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (value: string, key: string) => {
    key = key.toLowerCase();
    out[key] = SECRET_HEADERS.test(key) ? MASK : redact(value);
  };
  if (typeof headers.forEach === "function") (headers as Headers).forEach(put);
  else for (const key in headers) put((headers as Record<string, string>)[key]!, key);
  return out;
}
