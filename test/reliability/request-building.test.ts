import { HasOffers, HasOffersError } from "@offerkit/hasoffers";
import { createFakeHasOffers } from "@offerkit/hasoffers/testing";
import { TrackOfferz, TrackOfferzError, ValidationError } from "@offerkit/trackofferz";
import { createFakeTrackOfferz } from "@offerkit/trackofferz/testing";
import { describe, expect, test } from "vitest";
import { classOf, settle } from "./support/outcome.js";
import { printTable } from "./support/table.js";

// Parameters that cannot be put on the wire as given: a lone UTF-16 surrogate has no UTF-8 form (so
// `encodeURIComponent` throws a URIError), a BigInt or a cycle has no JSON form. The promise "every call resolves
// or throws a typed error" covers them too: the caller must never see a bare URIError or TypeError.
const LONE = "abc\uD800def";

describe("parameters that cannot be encoded as given", () => {
  test("TrackOfferz: a lone surrogate in a query, a BigInt or a cycle in a body give a ValidationError", async () => {
    const fake = createFakeTrackOfferz({ clicks: 200 });
    const client = new TrackOfferz({ apiKey: fake.apiKey, fetch: fake.fetch, maxRetries: 0 });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const [transaction_id] = fake.freshClickIds(1);
    const calls: Record<string, () => Promise<unknown>> = {
      "reports.clicks({ sub_id: lone surrogate })": () => client.reports.clicks({ sub_id: LONE } as never),
      "conversions.create({ custom_data: { n: 1n } })": () =>
        client.conversions.create({ transaction_id: transaction_id!, custom_data: { n: 1n } as never }),
      "conversions.create({ custom_data: cycle })": () =>
        client.conversions.create({ transaction_id: transaction_id!, custom_data: cycle as never }),
    };
    const rows = [];
    for (const [call, run] of Object.entries(calls)) {
      const outcome = await settle(run);
      rows.push({ call, outcome: classOf(outcome), requests: fake.requests.length });
      expect(outcome.ok, call).toBe(false);
      const error = (outcome as { error: unknown }).error;
      expect(error, call).toBeInstanceOf(ValidationError);
      expect(error, call).toBeInstanceOf(TrackOfferzError);
    }
    printTable("Unencodable parameters, TrackOfferz", rows);
    // Nothing was sent for any of them.
    expect(fake.requests).toHaveLength(0);
  });

  test("HasOffers: a lone surrogate is sent as U+FFFD, as URLSearchParams does; a cycle or an invalid Date is a ValidationError", async () => {
    const fake = createFakeHasOffers({ rateLimit: false });
    const ho = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      fetch: fake.fetch,
      pacing: false,
      maxRetries: 0,
    });
    const found = await settle(() => ho.offers.findAll({ filters: { name: LONE } }));
    expect(classOf(found)).toBe("ok");
    expect(fake.requests.at(-1)?.params.filters).toEqual({ name: "abc\uFFFDdef" });

    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const looped = await settle(() => ho.call("Offer", "findAll", { filters: cycle }));
    expect((looped as { error?: unknown }).error).toBeInstanceOf(ValidationError);
    expect((looped as { error?: unknown }).error).toBeInstanceOf(HasOffersError);
    const badDate = await settle(() =>
      ho.call("Offer", "findAll", { filters: { expiration_date: new Date(Number.NaN) } }),
    );
    expect((badDate as { error?: unknown }).error).toBeInstanceOf(ValidationError);
    printTable("Unencodable parameters, HasOffers", [
      { call: "offers.findAll({ filters: { name: lone surrogate } })", outcome: classOf(found) },
      { call: 'call("Offer", "findAll", { filters: cycle })', outcome: classOf(looped) },
      {
        call: 'call("Offer", "findAll", { filters: { expiration_date: Invalid Date } })',
        outcome: classOf(badDate),
      },
    ]);
  });
});
