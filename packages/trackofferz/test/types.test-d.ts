import {
  type BreakdownRow,
  type ClickRow,
  type ClicksPage,
  type ConversionResult,
  type ConversionRow,
  type ConversionsPage,
  type RateLimitError,
  type RateLimitState,
  type Summary,
  TrackOfferz,
  TrackOfferzError,
  type TrackOfferzOptions,
  type ValidationError,
} from "@offerkit/trackofferz";
import { createFakeTrackOfferz, type FakeTrackOfferz, type Fault } from "@offerkit/trackofferz/testing";
import type { components } from "@offerkit/trackofferz-core";
import { describe, expectTypeOf, test } from "vitest";

const client = new TrackOfferz({ apiKey: "tofz_sk_x" });

describe("public signatures", () => {
  test("wire shapes are the generated schema's", () => {
    expectTypeOf<Summary>().toEqualTypeOf<components["schemas"]["Summary"]>();
    expectTypeOf<ClickRow>().toEqualTypeOf<components["schemas"]["ClickRow"]>();
    expectTypeOf<ConversionRow>().toEqualTypeOf<components["schemas"]["ConversionRow"]>();
  });

  test("reports return the documented shapes", () => {
    expectTypeOf(client.reports.summary).returns.resolves.toEqualTypeOf<Summary>();
    expectTypeOf(client.reports.breakdown).returns.resolves.toEqualTypeOf<BreakdownRow[]>();
    expectTypeOf(client.reports.conversions).returns.resolves.toEqualTypeOf<ConversionsPage>();
    expectTypeOf(client.reports.clicks).returns.resolves.toEqualTypeOf<ClicksPage>();
    expectTypeOf(client.reports.iterClicks).returns.toEqualTypeOf<AsyncGenerator<ClickRow>>();
    expectTypeOf(client.reports.iterConversions).returns.toEqualTypeOf<AsyncGenerator<ConversionRow>>();
    expectTypeOf(client.reports.clickPages).returns.toEqualTypeOf<AsyncGenerator<ClicksPage>>();
  });

  test("summary fields keep the wire names", () => {
    expectTypeOf<Summary>().toHaveProperty("revenue_cents").toEqualTypeOf<number>();
    expectTypeOf<ClicksPage>().toHaveProperty("has_next").toEqualTypeOf<boolean>();
    expectTypeOf<ClickRow>().toHaveProperty("country_code").toEqualTypeOf<string | null>();
  });

  test("parameters are checked", () => {
    client.reports.summary();
    client.reports.summary({ from: "2026-06-01", to: "2026-06-30", campaign_id: 5 });
    // @ts-expect-error campaign_id is a number on the wire
    client.reports.summary({ campaign_id: "5" });
    // @ts-expect-error summary has no page
    client.reports.summary({ page: 1 });
    // @ts-expect-error by is required
    client.reports.breakdown({});
    // @ts-expect-error by is one of campaign | publisher | country | day
    client.reports.breakdown({ by: "city" });
    // @ts-expect-error status is an enum
    client.reports.conversions({ status: "won" });
    // @ts-expect-error the iterator owns page
    client.reports.iterClicks({ page: 2 });
    client.reports.iterClicks(
      { page_size: 500 },
      { concurrency: 4, signal: AbortSignal.abort(), deadline: 1 },
    );
  });

  test("every method takes the per-call options last", () => {
    client.reports.summary({}, { signal: AbortSignal.abort(), timeout: 1, deadline: 2, maxRetries: 0 });
    client.conversions.create({ transaction_id: "t" }, { timeout: 1 });
    // @ts-expect-error unknown call option
    client.reports.summary({}, { retries: 1 });
  });

  test("conversions.create takes decimals or cents and returns duplicate", () => {
    client.conversions.create({
      transaction_id: "t",
      payout: 12.5,
      sale_amount_cents: 19900,
      event_type: "lead",
    });
    // @ts-expect-error transaction_id is required
    client.conversions.create({ payout: 1 });
    // @ts-expect-error event_type is an enum
    client.conversions.create({ transaction_id: "t", event_type: "sale" });
    // @ts-expect-error custom_data values are flat
    client.conversions.create({ transaction_id: "t", custom_data: { a: { b: 1 } } });
    expectTypeOf(client.conversions.create).returns.resolves.toEqualTypeOf<ConversionResult>();
    expectTypeOf<ConversionResult["duplicate"]>().toEqualTypeOf<boolean>();
  });

  test("client options are camelCase", () => {
    expectTypeOf<TrackOfferzOptions>().toHaveProperty("maxRetryAfter");
    expectTypeOf<TrackOfferzOptions>().toHaveProperty("retryBudget");
    // @ts-expect-error options are camelCase
    new TrackOfferz({ max_retries: 2 });
  });

  test("errors", () => {
    const error = new TrackOfferzError("x");
    expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
    expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf<ValidationError["param"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RateLimitError["retryAfter"]>().toEqualTypeOf<number | undefined>();
  });

  test("the fake", () => {
    const fake = createFakeTrackOfferz({ clicks: 200_000 });
    expectTypeOf(fake).toEqualTypeOf<FakeTrackOfferz>();
    expectTypeOf(fake.listen).returns.resolves.toHaveProperty("url").toEqualTypeOf<string>();
    expectTypeOf<{ type: "rate-limit"; retryAfter: { date: 5 } }>().toExtend<Fault>();
    // @ts-expect-error unknown fault type
    fake.faults.script([{ type: "explode" }]);
  });
});

test("client.rateLimit is the announced window, or undefined before any answer", () => {
  expectTypeOf(client.rateLimit).toEqualTypeOf<RateLimitState | undefined>();
  expectTypeOf<RateLimitState>().toEqualTypeOf<{ limit: number; remaining: number; reset: number }>();
});
