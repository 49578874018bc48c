import { credentials, importBuilt } from "../lib/packages.mjs";

/**
 * The ways of walking every row of a paged report, each `(base, pageSize, onRow) => Promise<rows>`. The bare loops
 * are what a careful user writes by hand with fetch: one page after another, parse, hand each row over. The SDK
 * loops are a plain `for await` over the SDK's iterator. Between the two, a ladder of loops that each add one layer
 * (a bare loop with an `AbortSignal`, then a page loop over one SDK call per page) shows in every run what each layer
 * of the SDK costs. `undefined` when the package is not built yet.
 */
export async function pageLoops() {
  const { apiKey, networkId, networkToken } = credentials;
  const trackOfferz = await importBuilt("trackofferz");
  const hasOffers = await importBuilt("hasoffers");
  const range = { from: "2026-06-01", to: "2026-06-30" };

  const hasOffersClient = (base) =>
    new hasOffers.HasOffers({ networkId, networkToken, endpoint: `${base}/Apiv3/json` });

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
      hasOffersClient(base).offers.iterate({
        pageSize,
        concurrency,
      }),
    );

  /**
   * The bare loop with what any loop that can time out or be cancelled needs: an `AbortSignal` per request, with a
   * timer that would fire it. The first rung of the ladder between the bare loop and the SDK.
   */
  const signalled = (bare) => (base, pageSize, onRow) => bare(base, pageSize, onRow, true);
  const withSignal = async (url, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      return await (await fetch(url, { ...init, signal: controller.signal })).text();
    } finally {
      clearTimeout(timer);
    }
  };
  /** A plain loop over one page after another through an SDK call: `call(page)` answers `{ rows, last }`. */
  const pageLoop = (call) => async (base, pageSize, onRow) => {
    const next = call(base, pageSize);
    let count = 0;
    for (let page = 1; ; page++) {
      const { rows, last } = await next(page);
      for (const row of rows) {
        onRow(row);
        count++;
      }
      if (last) return count;
    }
  };
  const bareClicks = async (base, pageSize, onRow, signal) => {
    let rows = 0;
    const headers = { authorization: `Bearer ${apiKey}` };
    for (let page = 1; ; page++) {
      const url = `${base}/api/v1/reports/clicks?from=${range.from}&to=${range.to}&page=${page}&page_size=${pageSize}`;
      const body = JSON.parse(
        signal ? await withSignal(url, { headers }) : await (await fetch(url, { headers })).text(),
      );
      for (const row of body.rows) {
        onRow(row);
        rows++;
      }
      if (!body.has_next) return rows;
    }
  };
  const bareOffers = async (base, pageSize, onRow, signal) => {
    let rows = 0;
    const auth = `NetworkId=${networkId}&NetworkToken=${networkToken}`;
    for (let page = 1; ; page++) {
      const url = `${base}/Apiv3/json?${auth}&Target=Offer&Method=findAll&limit=${pageSize}&page=${page}`;
      const body = JSON.parse(signal ? await withSignal(url) : await (await fetch(url)).text()).response.data;
      for (const row of Object.values(body.data)) {
        onRow(row.Offer);
        rows++;
      }
      if (page >= body.pageCount) return rows;
    }
  };

  return {
    clicks: {
      "bare fetch loop": bareClicks,
      "bare fetch loop + AbortSignal": signalled(bareClicks),
      "clickPages (one await per page)":
        trackOfferz &&
        pageLoop((base, pageSize) => {
          const reports = new trackOfferz.TrackOfferz({ apiKey, baseUrl: `${base}/api/v1` }).reports;
          return async (page) => {
            const answer = await reports.clicks({ ...range, page, page_size: pageSize });
            return { rows: answer.rows, last: !answer.has_next };
          };
        }),
      iterClicks: iterClicks(undefined),
      "iterClicks concurrency 4": iterClicks(4),
    },
    offers: {
      "bare fetch loop": bareOffers,
      "bare fetch loop + AbortSignal": signalled(bareOffers),
      "ho.call() page loop (raw data, order kept)":
        hasOffers &&
        pageLoop((base, pageSize) => {
          const ho = hasOffersClient(base);
          return async (page) => {
            const data = await ho.call("Offer", "findAll", { limit: pageSize, page });
            const rows = hasOffers.orderedValues(data.data).map((record) => record.Offer);
            return { rows, last: page >= Number(data.pageCount) };
          };
        }),
      "offers.findAll() page loop (models)":
        hasOffers &&
        pageLoop((base, pageSize) => {
          const offers = hasOffersClient(base).offers;
          return async (page) => {
            const answer = await offers.findAll({ limit: pageSize, page });
            return { rows: answer.items, last: page >= answer.pageCount };
          };
        }),
      iterate: iterate(undefined),
      "iterate concurrency 4": iterate(4),
    },
  };
}
