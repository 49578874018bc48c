import { DOWNLOAD_PREFIX, type DownloadSigner } from "./download-signer.js";
import type { RawLogStore } from "./raw-log-store.js";
import { type Reply, s3Error } from "./reply.js";
import type { Outcome } from "./request-log.js";

/** The answer to one raw-log download. */
export interface DownloadAnswer {
  reply: Reply;
  outcome: Outcome;
}

/**
 * Serves a presigned raw-log link as S3 does: a bad or missing signature is `403 SignatureDoesNotMatch`, an
 * expired link `403 AccessDenied`, an unknown key `404 NoSuchKey` (XML bodies), and a good one the archive as
 * `application/octet-stream`, produced while it is read.
 */
export function answerDownload(
  url: URL,
  signer: DownloadSigner,
  rawLogs: RawLogStore,
  nowMs: number,
  requestId: string,
): DownloadAnswer {
  const verdict = signer.verify(url, nowMs);
  if (verdict === "bad-signature") {
    const message = "The request signature we calculated does not match the signature you provided.";
    return { reply: s3Error(403, "SignatureDoesNotMatch", message, requestId), outcome: "forbidden" };
  }
  if (verdict === "expired") {
    return { reply: s3Error(403, "AccessDenied", "Request has expired", requestId), outcome: "forbidden" };
  }
  const rest = url.pathname.slice(DOWNLOAD_PREFIX.length).split("/");
  const [logType, , ...name] = rest;
  const file = rawLogs.files.get(name.join("/"));
  if (!file || file.logType !== logType) {
    return {
      reply: s3Error(404, "NoSuchKey", "The specified key does not exist.", requestId),
      outcome: "not-found",
    };
  }
  const headers: Record<string, string> = {
    "content-type": "application/octet-stream",
    server: "AmazonS3",
    "accept-ranges": "bytes",
    etag: `"${requestId.replace(/-/g, "")}"`,
    "last-modified": new Date((file.startTimestamp + 3600) * 1000).toUTCString(),
    "x-amz-request-id": requestId,
  };
  return { reply: { status: 200, headers, body: rawLogs.archive(file) }, outcome: "ok" };
}
