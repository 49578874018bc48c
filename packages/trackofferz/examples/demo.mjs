#!/usr/bin/env node
// The @offerkit/trackofferz demo: the built package against its fake API on loopback (no key, no network).
// Run `npx pnpm@10.34.8 --filter @offerkit/trackofferz build`, then `node packages/trackofferz/examples/demo.mjs`;
// the root demo imports `demo()` from here.
import { fileURLToPath } from "node:url";
import { TrackOfferz, ValidationError } from "@offerkit/trackofferz";
import { createFakeTrackOfferz } from "@offerkit/trackofferz/testing";

const money = (cents, currency) =>
  `${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })} ${currency}`;

/** Runs every call of the SDK once against a fake on 127.0.0.1 and reports what came back, a line at a time. */
export async function demo(log = console.log) {
  const fake = createFakeTrackOfferz({ clicks: 3_000, conversions: 240 });
  const server = await fake.listen();
  try {
    const client = new TrackOfferz({
      apiKey: fake.apiKey,
      baseUrl: server.url,
      timeout: 30_000,
      maxRetries: 2,
    });

    const s = await client.reports.summary({ from: "2026-06-01", to: "2026-06-30" });
    log(
      `summary ${s.from}..${s.to}: ${s.clicks} clicks, ${s.conversions} conversions, revenue ${money(s.revenue_cents, s.currency)}`,
    );

    const rows = await client.reports.breakdown({ by: "publisher", limit: 3 });
    log(
      `top publishers: ${rows.map((r) => `${r.label} (${r.conversions} conv, payout ${money(r.payout_cents, s.currency)})`).join(", ")}`,
    );

    const page = await client.reports.conversions({ campaign_id: 5, page: 1, page_size: 100 });
    log(
      `conversions of campaign 5, page 1: ${page.rows.length} of ${page.total} (has_next: ${page.has_next})`,
    );

    let clicks = 0;
    const countries = new Set();
    for await (const click of client.reports.iterClicks({ from: "2026-06-01", to: "2026-06-30" })) {
      clicks++;
      if (click.country_code) countries.add(click.country_code);
    }
    const pages = fake.requests.filter((r) => r.path === "/reports/clicks").length;
    log(`iterClicks: ${clicks} clicks from ${countries.size} countries over ${pages} pages`);

    fake.addClick({ transaction_id: "click_abc123", campaign_id: 5, publisher_id: 17 });
    const input = {
      transaction_id: "click_abc123",
      event_type: "purchase",
      payout: 12.5,
      sale_amount: 199,
      currency: "USD",
      custom_data: { order_id: "SO-9001" },
    };
    const first = await client.conversions.create(input);
    const again = await client.conversions.create(input);
    const stored = fake.conversions.get("click_abc123");
    log(
      `conversion ${first.conversion_id}: ${first.status}, duplicate: ${first.duplicate}; sent again → duplicate: ${again.duplicate}; ` +
        `recorded ${fake.conversions.recorded().length}× with payout_cents ${stored?.payout_cents}`,
    );

    try {
      await client.reports.summary({ from: "2026-02-30", to: "2026-03-01" });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      log(`handled ValidationError (param ${error.param}): ${error.message}`);
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await demo();
}
