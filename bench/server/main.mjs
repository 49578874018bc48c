/**
 * The loopback API server of the benchmarks, run in its own process so it never shares the client's event loop.
 * Stateless: the scenario rides in the base URL the client is given, `/s/<pages>/<latencyMs>/...`, so one server
 * serves every scenario and bare-fetch loops and SDKs hit exactly the same code. Auth headers and parameters the
 * SDKs send are ignored. Prints nothing; reports its port over IPC.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpDir } from "../lib/paths.mjs";
import { clickRowsJson, envelope, findAllPage, findByIdBody, summaryBody } from "./bodies.mjs";

const stats = { requests: 0, aborted: 0 };

/** Sends a complete JSON body with a Content-Length, the way the real APIs answer. */
function sendJson(res, parts) {
  let length = 0;
  for (const part of parts) length += typeof part === "string" ? Buffer.byteLength(part) : part.byteLength;
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": length,
    "x-request-id": "req_bench",
  });
  for (const part of parts) res.write(part);
  res.end();
}

function trackOfferz(route, query, res, pages) {
  if (route === "/api/v1/reports/summary") return sendJson(res, [summaryBody]);
  if (route === "/api/v1/reports/clicks") {
    const page = Number(query.get("page") ?? 1);
    const size = Number(query.get("page_size") ?? 100);
    const head = `{"page":${page},"page_size":${size},"total":${pages * size},"has_next":${page < pages},"rows":`;
    return sendJson(res, [head, page <= pages ? clickRowsJson(size) : "[]", "}"]);
  }
  return false;
}

function hasOffers(query, res, pages, host) {
  const method = `${query.get("Target")}.${query.get("Method")}`;
  if (method === "Offer.findById") return sendJson(res, [findByIdBody]);
  if (method === "Offer.findAll") {
    const page = Number(query.get("page") ?? 1);
    return sendJson(res, [findAllPage(page, Number(query.get("limit") ?? 100), pages)]);
  }
  if (method === "RawLog.getDownloadLink") {
    const name = String(query.get("log_filename")).split("/").pop();
    return sendJson(res, [
      envelope("RawLog", "getDownloadLink", JSON.stringify({ link: `http://${host}/files/${name}` })),
    ]);
  }
  return false;
}

function sendFile(name, res) {
  if (!/^[\w.-]+$/.test(name)) return false;
  const path = `${tmpDir}${name}`;
  let size;
  try {
    size = statSync(path).size;
  } catch {
    return false;
  }
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": size });
  createReadStream(path, { highWaterMark: 256 * 1024 }).pipe(res);
  return true;
}

function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/_stats") {
    sendJson(res, [JSON.stringify(stats)]);
    if (url.searchParams.has("reset")) Object.assign(stats, { requests: 0, aborted: 0 });
    return;
  }
  if (url.pathname.startsWith("/files/")) {
    if (sendFile(url.pathname.slice("/files/".length), res) === false) res.writeHead(404).end();
    return;
  }
  stats.requests++;
  res.on("close", () => {
    if (!res.writableFinished) stats.aborted++;
  });
  const match = /^\/s\/(\d+)\/(\d+)(\/.*)$/.exec(url.pathname);
  const pages = match ? Number(match[1]) : 1;
  const latency = match ? Number(match[2]) : 0;
  const route = match ? match[3] : url.pathname;
  const answer = () => {
    const handled = route.startsWith("/Apiv3/json")
      ? hasOffers(url.searchParams, res, pages, req.headers.host)
      : trackOfferz(route, url.searchParams, res, pages);
    if (handled === false) res.writeHead(404, { "content-type": "application/json" }).end('{"error":{}}');
  };
  if (latency > 0) setTimeout(answer, latency);
  else answer();
}

const server = createServer({ keepAliveTimeout: 60_000 }, handle);
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
process.on("disconnect", () => process.exit(0));
