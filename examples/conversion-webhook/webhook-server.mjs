#!/usr/bin/env node
// @ts-check
/**
 * Receives "order paid" web hooks from a shop and records each one as a TrackOfferz conversion.
 *
 *   TRACKOFFERZ_API_KEY=tofz_sk_… WEBHOOK_SECRET=… PORT=8787 node webhook-server.mjs
 *
 * The shop POSTs JSON to /webhooks/order-paid:
 *   { "click_id": "click_abc123", "order_id": "SO-9001", "total": "19.99", "currency": "USD" }
 * signed with `X-Signature: sha256=<hex HMAC-SHA256 of the body with WEBHOOK_SECRET>` (checked when
 * WEBHOOK_SECRET is set). Answers: 200 recorded (or already recorded: the API is idempotent on the click id, so a
 * shop that retries its web hook never double-counts), 422 the click is unknown or the order invalid (do not
 * retry), 401 bad signature, 502 TrackOfferz unreachable (retry later).
 *
 * Environment: TRACKOFFERZ_API_KEY (read by the SDK), TRACKOFFERZ_BASE_URL (optional), PORT (default 8787; 0 picks
 * a free one), WEBHOOK_SECRET (optional). Prints `listening on <url>` once ready; stops on SIGINT or SIGTERM.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { NotFoundError, TrackOfferz, TrackOfferzError, ValidationError } from "@offerkit/trackofferz";

const { TRACKOFFERZ_BASE_URL, WEBHOOK_SECRET: secret, PORT = "8787" } = process.env;
const client = new TrackOfferz({ baseUrl: TRACKOFFERZ_BASE_URL, maxRetries: 3 });

/**
 * Whether the body carries the shop's signature (constant-time comparison).
 * @param {Buffer} body
 * @param {string | undefined} header
 */
function signedByShop(body, header) {
  if (!secret) return true;
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(body).digest("hex")}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Records one paid order; returns the HTTP status and body for the shop.
 * @param {{ click_id?: unknown, order_id?: unknown, total?: unknown, currency?: unknown }} order
 * @returns {Promise<[number, object]>}
 */
async function recordOrder(order) {
  if (typeof order.click_id !== "string" || typeof order.total !== "string") {
    return [422, { error: "click_id and total (a decimal string) are required" }];
  }
  try {
    const result = await client.conversions.create({
      transaction_id: order.click_id,
      event_type: "purchase",
      sale_amount: Number(order.total), // "19.99" -> 19.99 -> sale_amount_cents 1999, exactly
      ...(typeof order.currency === "string" ? { currency: order.currency } : {}),
      ...(typeof order.order_id === "string" ? { custom_data: { order_id: order.order_id } } : {}),
    });
    return [200, result];
  } catch (error) {
    if (error instanceof NotFoundError) return [422, { error: error.message, code: error.code }];
    if (error instanceof ValidationError)
      return [422, { error: error.message, code: error.code, param: error.param }];
    if (error instanceof TrackOfferzError) return [502, { error: error.message, requestId: error.requestId }];
    throw error;
  }
}

const server = createServer(async (req, res) => {
  /** @param {number} status @param {object} body */
  const reply = (status, body) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (req.method !== "POST" || req.url !== "/webhooks/order-paid") return reply(404, { error: "not found" });
  const chunks = [];
  for await (const chunk of req) chunks.push(/** @type {Buffer} */ (chunk));
  const body = Buffer.concat(chunks);
  const signature = req.headers["x-signature"];
  if (!signedByShop(body, Array.isArray(signature) ? signature[0] : signature)) {
    return reply(401, { error: "bad signature" });
  }
  let order;
  try {
    order = JSON.parse(body.toString("utf8"));
  } catch {
    return reply(400, { error: "body is not JSON" });
  }
  try {
    const [status, answer] = await recordOrder(order);
    console.log(`order ${order.order_id ?? "?"} (click ${order.click_id}): ${status}`);
    reply(status, answer);
  } catch (error) {
    console.error(error);
    reply(500, { error: "internal error" });
  }
});

server.listen(Number(PORT), "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : PORT;
  console.log(`listening on http://127.0.0.1:${port}/webhooks/order-paid`);
});
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
