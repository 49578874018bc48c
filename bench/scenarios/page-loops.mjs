import { credentials, importBuilt } from "../lib/packages.mjs";

/**
 * The ways of walking every row of a paged report, each `(base, pageSize, onRow) => Promise<rows>`. The bare loops
 * are what a careful user writes by hand with fetch: one page after another, parse, hand each row over. The SDK
 * loops are a plain `for await` over the SDK's iterator.
 * `undefined` when the package is not built yet.
 */
export async function pageLoops() {
  const { apiKey, networkId, networkToken } = credentials;
  const trackOfferz = await importBuilt("trackofferz");
  const hasOffers = await importBuilt("hasoffers");
  const range = { from: "2026-06-01", to: "2026-06-30" };

  /** A loop over an SDK iterator; `.open` gives the iterator itself (for the early-exit check). */
  const sdkLoop = (open) =>
    open &&
    Object.assign(
      async (base, pageSize, onRow) => {
        let rows = 0;
        for await (const row of open(base, pageSize)) {
          onRow(row);
          rows++;
        }
        return rows;
      },
      { open },
    );
  const iterClicks = (concurrency) =>
    trackOfferz &&
    sdkLoop((base, pageSize) =>
      new trackOfferz.TrackOfferz({ apiKey, baseUrl: `${base}/api/v1` }).reports.iterClicks(
        { ...range, page_size: pageSize },
        { concurrency },
      ),
    );
  const iterate = (concurrency) =>
    hasOffers &&
    sdkLoop((base, pageSize) =>
      new hasOffers.HasOffers({ networkId, networkToken, endpoint: `${base}/Apiv3/json` }).offers.iterate({
        pageSize,
        concurrency,
      }),
    );

  return {
    clicks: {
      "bare fetch loop": async (base, pageSize, onRow) => {
        let rows = 0;
        const headers = { authorization: `Bearer ${apiKey}` };
        for (let page = 1; ; page++) {
          const url = `${base}/api/v1/reports/clicks?from=${range.from}&to=${range.to}&page=${page}&page_size=${pageSize}`;
          const body = JSON.parse(await (await fetch(url, { headers })).text());
          for (const row of body.rows) {
            onRow(row);
            rows++;
          }
          if (!body.has_next) return rows;
        }
      },
      iterClicks: iterClicks(undefined),
      "iterClicks concurrency 4": iterClicks(4),
    },
    offers: {
      "bare fetch loop": async (base, pageSize, onRow) => {
        let rows = 0;
        const auth = `NetworkId=${networkId}&NetworkToken=${networkToken}`;
        for (let page = 1; ; page++) {
          const url = `${base}/Apiv3/json?${auth}&Target=Offer&Method=findAll&limit=${pageSize}&page=${page}`;
          const body = JSON.parse(await (await fetch(url)).text()).response.data;
          for (const row of Object.values(body.data)) {
            onRow(row.Offer);
            rows++;
          }
          if (page >= body.pageCount) return rows;
        }
      },
      iterate: iterate(undefined),
      "iterate concurrency 4": iterate(4),
    },
  };
}
