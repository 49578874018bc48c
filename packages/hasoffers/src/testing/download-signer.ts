import { hashString } from "./random.js";

/** The path prefix of raw-log downloads (the recorded S3 bucket and key layout). */
export const DOWNLOAD_PREFIX = "/ho-adserverlogs-prod/qproc/raw-logs/";

/** Links stay valid this long, as HasOffers documents (8 hours). */
export const LINK_TTL_SECONDS = 8 * 3600;

function signatureOf(secret: string, path: string, amzDate: string, expires: string): string {
  let out = "";
  const text = `${path}\n${amzDate}\n${expires}`;
  for (let i = 0; i < 8; i++)
    out += hashString(text, hashString(secret, i + 1))
      .toString(16)
      .padStart(8, "0");
  return out;
}

/** `20160909T141234Z` */
function amzDateOf(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * Presigns and verifies the fake's raw-log links, shaped like S3 query-string auth
 * (`X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-Signature`). The signature is a keyed hash, not
 * SigV4: enough that a link cannot be guessed or reused past its expiry, and that it is a secret to keep out of
 * errors and logs.
 */
export class DownloadSigner {
  constructor(
    readonly secret: string,
    readonly networkId: string,
  ) {}

  /** The path of a file's download: `/ho-adserverlogs-prod/qproc/raw-logs/<type>/<network>/<filename>`. */
  pathOf(logType: string, filename: string): string {
    return `${DOWNLOAD_PREFIX}${logType}/${encodeURIComponent(this.networkId)}/${filename}`;
  }

  sign(origin: string, logType: string, filename: string, nowMs: number): string {
    const path = this.pathOf(logType, filename);
    const amzDate = amzDateOf(nowMs);
    const query = new URLSearchParams({
      "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
      "X-Amz-Credential": `AKIAFAKEHASOFFERS/${amzDate.slice(0, 8)}/us-east-1/s3/aws4_request`,
      "X-Amz-Date": amzDate,
      "X-Amz-Expires": String(LINK_TTL_SECONDS),
      "X-Amz-SignedHeaders": "host",
      "X-Amz-Signature": signatureOf(this.secret, path, amzDate, String(LINK_TTL_SECONDS)),
    });
    return `${origin}${path}?${query}`;
  }

  /** Checks a download URL: `"ok"`, `"bad-signature"` or `"expired"`. */
  verify(url: URL, nowMs: number): "ok" | "bad-signature" | "expired" {
    const amzDate = url.searchParams.get("X-Amz-Date") ?? "";
    const signature = url.searchParams.get("X-Amz-Signature") ?? "";
    const expires = url.searchParams.get("X-Amz-Expires") ?? "";
    if (signature !== signatureOf(this.secret, url.pathname, amzDate, expires)) return "bad-signature";
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
    if (!m) return "bad-signature";
    const signedAt = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
    return nowMs > signedAt + Number(expires) * 1000 ? "expired" : "ok";
  }
}
