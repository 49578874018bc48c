// @ts-check
/**
 * What a HasOffers user does, against the SDK's in-process fake network passed as `fetch`, through the built ESM
 * entries.
 */
import {
  AbortError,
  AuthenticationError,
  HasOffers,
  HasOffersError,
  OfferkitError,
} from "../../packages/hasoffers/dist/index.js";
import { createFakeHasOffers } from "../../packages/hasoffers/dist/testing.js";
import { OfferkitError as TrackOfferzOfferkitError } from "../../packages/trackofferz/dist/index.js";
import { assert, assertEqual, assertNoSecret, pagingChecks, rejectsWith } from "./check-kit.mjs";

/** A NetworkToken the fake does not accept, shaped like a real one: it must never be shown. */
const CANARY_TOKEN = "NETRuntimeCanary0c4f7e9a2b61d835";
const OFFERS = 230;
const PAGE_SIZE = 50;

/** @typedef {Partial<import("../../packages/hasoffers/dist/index.js").HasOffersOptions>} HasOffersOptions */

/**
 * A client of the fake network through its in-process `fetch`, unpaced (the fake's rate limit is off).
 * @param {import("../../packages/hasoffers/dist/testing.js").FakeHasOffers} fake
 * @param {HasOffersOptions} [options]
 */
export function hasOffersOn(fake, options) {
  const { networkId, networkToken, endpoint, fetch } = fake;
  return new HasOffers({ networkId, networkToken, endpoint, fetch, pacing: false, ...options });
}

/** @returns {import("./check-kit.mjs").Check[]} */
export function hasOffersChecks() {
  const fake = createFakeHasOffers({ seed: { offers: OFFERS, rawLogs: false }, rateLimit: false });
  /** @param {HasOffersOptions} [options] */
  const client = (options) =>
    hasOffersOn(fake, { retryDelay: 1, backoff: { baseMs: 1, capMs: 5 }, ...options });
  const offerCalls = () => fake.requests.filter((r) => r.target === "Offer" && r.method === "findAll").length;
  return [
    {
      name: "hasoffers: one @offerkit/errors shared by both SDKs (OfferkitError is the same class)",
      run: async () =>
        assert(OfferkitError === TrackOfferzOfferkitError, "two copies of @offerkit/errors loaded"),
    },
    {
      name: "hasoffers: a client and one call (offers.findAll)",
      run: async () => {
        const page = await client().offers.findAll({ limit: 5, sort: "id" });
        assertEqual(page.items.length, 5, "items");
        assertEqual(page.count, OFFERS, "count");
      },
    },
    ...pagingChecks({
      name: "hasoffers: offers.iterate",
      rows: OFFERS,
      pageSize: PAGE_SIZE,
      open: (concurrency) => client().offers.iterate({ pageSize: PAGE_SIZE, sort: "id", concurrency }),
      pick: (offer) => offer.id,
      requests: offerCalls,
    }),
    {
      name: "hasoffers: AuthenticationError for a wrong NetworkToken, which is in no message, stack or JSON",
      run: async () => {
        const error = await rejectsWith(
          client({ networkToken: CANARY_TOKEN }).offers.findAll({ limit: 1 }),
          [AuthenticationError, HasOffersError, OfferkitError],
          "authentication_failed",
        );
        assertNoSecret(error, CANARY_TOKEN);
        assertNoSecret(error, fake.networkToken);
      },
    },
    {
      name: "hasoffers: a rate-limit answer and a 503 are retried, then the call succeeds",
      run: async () => {
        fake.faults.script({ kind: "rateLimit" }, { kind: "http", status: 503 });
        /** @type {string[]} */
        const reasons = [];
        const page = await client({
          hooks: { onRetry: (event) => reasons.push(event.reason) },
        }).offers.findAll({
          limit: 5,
        });
        assertEqual(page.items.length, 5, "items");
        assertEqual(fake.faults.pending, 0, "faults left unserved");
        assertEqual(reasons.length, 2, "retries");
        return reasons.join(", ");
      },
    },
    {
      name: "hasoffers: an AbortSignal ends a hanging call with AbortError",
      run: async () => {
        fake.faults.script({ kind: "hang" });
        const controller = new AbortController();
        const call = client().offers.findAll({ limit: 5 }, { signal: controller.signal });
        setTimeout(() => controller.abort(), 20);
        await rejectsWith(call, [AbortError, HasOffersError, OfferkitError]);
        await fake.close();
      },
    },
  ];
}
