import { credentials, importBuilt, importOpenapiFetch } from "../lib/packages.mjs";

/**
 * The single-call clients compared by the per-call scenario, each a `() => Promise<value>` against `base`.
 * Layers are measured one by one (bare fetch, openapi-fetch, the core, the SDK), so a ratio that misses its target
 * shows which layer costs what. A package that is not built yet maps to `undefined`.
 */
export async function perCallClients(base) {
  const { apiKey, networkId, networkToken } = credentials;
  const trackofferzBase = `${base}/api/v1`;
  const summaryUrl = `${trackofferzBase}/reports/summary`;
  const auth = { headers: { authorization: `Bearer ${apiKey}` } };
  const endpoint = `${base}/Apiv3/json`;
  const findByIdUrl = `${endpoint}?NetworkId=${networkId}&NetworkToken=${networkToken}&Target=Offer&Method=findById&id=196`;

  const createClient = await importOpenapiFetch();
  const openapi = createClient({ baseUrl: trackofferzBase, headers: auth.headers });
  const toCore = await importBuilt("trackofferz-core");
  const hoCore = await importBuilt("hasoffers-core");
  const trackOfferz = await importBuilt("trackofferz");
  const hasOffers = await importBuilt("hasoffers");

  const toCoreClient = toCore?.createTrackOfferzClient({ apiKey, baseUrl: trackofferzBase });
  const hoCoreClient = hoCore?.createHasOffersClient({ networkId, networkToken, endpoint });
  const toClient = trackOfferz && new trackOfferz.TrackOfferz({ apiKey, baseUrl: trackofferzBase });
  // HasOffers paces calls to 50 per 10 s by default; a pacer that never makes anyone wait keeps its bookkeeping in
  // the figure without measuring the waits.
  const pacing = { limit: 1_000_000, intervalMs: 1 };
  const hoClient = hasOffers && new hasOffers.HasOffers({ networkId, networkToken, endpoint, pacing });

  return {
    summary: {
      "bare fetch": async () => JSON.parse(await (await fetch(summaryUrl, auth)).text()),
      "openapi-fetch": async () => (await openapi.GET("/reports/summary")).data,
      "@offerkit/trackofferz-core":
        toCoreClient && (async () => (await toCoreClient.GET("/reports/summary")).data),
      "@offerkit/trackofferz": toClient && (() => toClient.reports.summary()),
    },
    findById: {
      "bare fetch": async () => JSON.parse(await (await fetch(findByIdUrl)).text()).response.data,
      "@offerkit/hasoffers-core":
        hoCoreClient &&
        (async () => (await hoCoreClient.GET("/Offer/findById", { params: { query: { id: 196 } } })).data),
      "@offerkit/hasoffers": hoClient && (() => hoClient.offers.findById(196)),
    },
  };
}
