#!/usr/bin/env node
// The @offerkit/hasoffers demo: the built package against its fake HasOffers network on loopback (no token, no
// network). Run `npx pnpm@10.34.8 --filter @offerkit/hasoffers build`, then `node packages/hasoffers/examples/demo.mjs`;
// the root demo imports `demo()` from here.
import { fileURLToPath } from "node:url";
import { HasOffers, ValidationError } from "@offerkit/hasoffers";
import { RawLogs } from "@offerkit/hasoffers/raw-logs";
import { createFakeHasOffers } from "@offerkit/hasoffers/testing";

/** Runs the main calls of the SDK once against a fake network on 127.0.0.1 and reports, a line at a time. */
export async function demo(log = console.log) {
  const fake = createFakeHasOffers({
    seed: { offers: 250, advertisers: 12, rawLogs: { days: 1, filesPerDay: 2, rowsPerFile: 500 } },
  });
  const server = await fake.listen();
  try {
    const ho = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: server.endpoint,
      maxRetries: 3,
      retryDelay: 3000,
    });
    log(`client: ${String(ho)}`);

    const ids = await ho.advertisers.findAllIds();
    log(`advertisers.findAllIds: ${ids.length} ids (${ids.slice(0, 5).join(", ")}, …)`);

    const page = await ho.offers.findAll({
      filters: { status: "active", id: { gt: 10 } },
      sort: ["-id"],
      limit: 5,
      page: 2,
      fields: ["id", "name", "status"],
    });
    log(
      `offers.findAll page ${page.page}/${page.pageCount} of ${page.count}: ${page.items.map((o) => o.id).join(", ")}`,
    );

    const first = page.items[0];
    const offer = first ? await ho.offers.findById(first.id, { contain: ["Country", "Advertiser"] }) : null;
    if (offer) {
      log(
        `offers.findById(${offer.id}): "${offer.name}", ${offer.Country.length} target countries, advertiser ${offer.Advertiser?.company ?? "none"}`,
      );
    }

    let active = 0;
    for await (const o of ho.offers.iterate({ filters: { status: "active" }, pageSize: 100 }))
      if (o.id) active++;
    log(
      `offers.iterate: ${active} active offers (count() says ${await ho.offers.count({ filters: { status: "active" } })})`,
    );

    const logs = new RawLogs(ho.rawLogTransport);
    const [day] = await logs.clicks.listDateDirs();
    if (day) {
      let rows = 0;
      for await (const record of logs.clicks.findAll(day.dirName)) if (record.transaction_id) rows++;
      log(`raw click logs of ${day.displayName}: ${rows} records streamed`);
    }

    try {
      await ho.offers.create({ name: "" });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      log(`handled ValidationError: ${error.message} (${error.errors.length} problems)`);
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await demo();
}
