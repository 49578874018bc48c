// @ts-check
/**
 * What a TrackOfferz user does, against the SDK's in-process fake passed as `fetch`: the built ESM entries, so the
 * runtime resolves the `@offerkit/*` imports between packages the way an installed app does.
 */
import {
  AbortError,
  AuthenticationError,
  NotFoundError,
  OfferkitError,
  TrackOfferz,
  TrackOfferzError,
} from "../../packages/trackofferz/dist/index.js";
import { createFakeTrackOfferz } from "../../packages/trackofferz/dist/testing.js";
import { assertEqual, assertNoSecret, pagingChecks, rejectsWith } from "./check-kit.mjs";

/** A key the fake does not accept, shaped like a live one: it must never be shown. */
const CANARY_KEY = "tofz_sk_live_RuntimeCanary7f3a9c0e51b2d4";
const CLICKS = 420;
const RANGE = { from: "2026-06-01", to: "2026-06-30", page_size: 100 };

/** @returns {import("./check-kit.mjs").Check[]} */
export function trackOfferzChecks() {
  const fake = createFakeTrackOfferz({ clicks: CLICKS, conversions: 30 });
  /** @param {Partial<import("../../packages/trackofferz/dist/index.js").TrackOfferzOptions>} [options] */
  const client = (options) =>
    new TrackOfferz({ apiKey: fake.apiKey, fetch: fake.fetch, backoff: { baseMs: 1, capMs: 5 }, ...options });
  const clickRequests = () => fake.requests.filter((r) => r.path === "/reports/clicks").length;
  return [
    {
      name: "trackofferz: a client and one call (reports.summary)",
      run: async () => {
        const summary = await client().reports.summary();
        assertEqual(summary.clicks, CLICKS, "summary.clicks");
      },
    },
    ...pagingChecks({
      name: "trackofferz: iterClicks",
      rows: CLICKS,
      pageSize: RANGE.page_size,
      open: (concurrency) => client().reports.iterClicks(RANGE, { concurrency }),
      pick: (click) => click.transaction_id,
      requests: clickRequests,
    }),
    {
      name: "trackofferz: NotFoundError (instanceof, code) for a conversion without a click",
      run: async () => {
        const error = await rejectsWith(
          client().conversions.create({ transaction_id: "no_such_click_0001" }),
          [NotFoundError, TrackOfferzError, OfferkitError],
          "click_not_found",
        );
        assertEqual(error.status, 404, "status");
      },
    },
    {
      name: "trackofferz: AuthenticationError for a wrong key, which is in no message, stack or JSON",
      run: async () => {
        const error = await rejectsWith(
          client({ apiKey: CANARY_KEY }).reports.summary(),
          [AuthenticationError, TrackOfferzError, OfferkitError],
          "invalid_api_key",
        );
        assertNoSecret(error, CANARY_KEY);
        assertNoSecret(error, fake.apiKey);
      },
    },
    {
      name: "trackofferz: a 429 and a 503 are retried, then the call succeeds",
      run: async () => {
        fake.faults.script(
          [
            { type: "rate-limit", retryAfter: 0 },
            { type: "status", status: 503 },
          ],
          {
            path: "/reports/summary",
          },
        );
        /** @type {string[]} */
        const reasons = [];
        const summary = await client({
          hooks: { onRetry: (event) => reasons.push(event.reason) },
        }).reports.summary();
        assertEqual(summary.clicks, CLICKS, "summary.clicks");
        assertEqual(fake.faults.pending, 0, "faults left unserved");
        assertEqual(reasons.length, 2, "retries");
        return reasons.join(", ");
      },
    },
    {
      name: "trackofferz: an AbortSignal ends a hanging call with AbortError",
      run: async () => {
        fake.faults.script([{ type: "hang" }], { path: "/reports/summary" });
        const controller = new AbortController();
        const call = client().reports.summary({}, { signal: controller.signal });
        setTimeout(() => controller.abort(), 20);
        await rejectsWith(call, [AbortError, TrackOfferzError, OfferkitError]);
        fake.reset();
      },
    },
  ];
}
