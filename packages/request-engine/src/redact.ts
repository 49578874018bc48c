/** Replaces every secret in a text. */
export type Redactor = (text: string) => string;

const MASK = "[REDACTED]";

/** Shapes that carry credentials in any offerkit traffic, whatever the secret's value. */
const PATTERNS: readonly [RegExp, string][] = [
  [/(NetworkToken(?:=|%3D))[^&\s"'<>]*/gi, `$1${MASK}`],
  [/("NetworkToken"\s*:\s*")[^"]*/gi, `$1${MASK}`],
  [/(Bearer\s+)[^\s"',;]+/gi, `$1${MASK}`],
  [/tofz_sk_[A-Za-z0-9_-]*/g, `tofz_sk_${MASK}`],
  [/((?:X-Amz-(?:Signature|Credential|Security-Token)|Signature|AWSAccessKeyId|x-amz-security-token)=)[^&\s"'<>]*/gi, `$1${MASK}`],
];

/**
 * Builds a redactor for one client: masks each known secret (raw and URL-encoded) and every credential shape above.
 * Cheap when there is nothing to mask (one `includes` per secret and a few regex scans).
 */
export function createRedactor(secrets: readonly (string | undefined)[] = []): Redactor {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
    needles.add(JSON.stringify(secret).slice(1, -1));
  }
  const list = [...needles].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = String(text);
    for (const needle of list) if (out.includes(needle)) out = out.split(needle).join(MASK);
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}

/** A copy of `headers` as a plain object with credentials masked (for hooks and logs). */
export function redactHeaders(headers: Headers, redact: Redactor): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = key === "authorization" || key === "cookie" || key === "x-api-key" ? MASK : redact(value);
  });
  return out;
}
