/**
 * Fixed response bodies for the loopback servers. Built once per shape and kept as buffers, so the server's cost per
 * request is a few writes and is the same whichever client (bare fetch or SDK) is asking.
 */

const encoder = new TextEncoder();

/** `GET /reports/summary`, the shape of the TrackOfferz wire contract. */
export const summaryBody = encoder.encode(
  JSON.stringify({
    from: "2026-06-01",
    to: "2026-06-30",
    currency: "USD",
    clicks: 120394,
    unique_clicks: 98211,
    conversions: 1820,
    revenue_cents: 4312000,
    payout_cents: 2988000,
  }),
);

/** One click row as `GET /reports/clicks` sends it (about 280 bytes of JSON). */
function clickRow(i) {
  return {
    transaction_id: `click_${i.toString(16).padStart(12, "0")}`,
    campaign_id: 5 + (i % 40),
    publisher_id: 17 + (i % 300),
    country_code: i % 7 === 0 ? null : "DE",
    is_unique: i % 3 !== 0,
    ip: `203.0.${i % 250}.${i % 200}`,
    user_agent:
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    sub_id: i % 2 ? null : `sub-${i % 1000}`,
    created_at: "2026-06-03T09:58:41Z",
  };
}

const clickRows = new Map();

/** The `rows` array of a clicks page of `size` rows, as JSON bytes (the same rows on every page). */
export function clickRowsJson(size) {
  let rows = clickRows.get(size);
  if (!rows) {
    rows = encoder.encode(JSON.stringify(Array.from({ length: size }, (_, i) => clickRow(i))));
    clickRows.set(size, rows);
  }
  return rows;
}

/** An offer record the way HasOffers sends it: nearly every value a string. */
export function offerRecord(id) {
  return {
    id: String(id),
    name: `Offer ${id}`,
    description: null,
    advertiser_id: "12",
    preview_url: "http://www.example.com/preview",
    offer_url: "http://www.example.com/landing?aff_id={affiliate_id}",
    currency: "USD",
    default_payout: "1.25000",
    max_payout: "0.00000",
    protocol: "http",
    status: "active",
    expiration_date: "2030-12-12 23:59:59",
    is_private: "0",
    require_approval: "0",
    require_terms_and_conditions: 0,
    payout_type: "cpa_flat",
    revenue_type: "cpa_flat",
    session_hours: "24",
    conversion_cap: "0",
    payout_cap: "0.00",
    revenue_cap: "0.00",
    modified: -62169966000,
    create_date_utc: "2016-08-26 12:59:48",
    is_expired: "0",
    dne_third_party_list: false,
  };
}

/** The HasOffers envelope around `data`, with a short `request` echo (the real one echoes every parameter). */
export function envelope(target, method, dataJson) {
  return (
    `{"request":{"Target":"${target}","Format":"json","Service":"HasOffers","Version":"2","Method":"${method}"},` +
    `"response":{"status":1,"httpStatus":200,"data":${dataJson},"errors":[],"errorMessage":null}}`
  );
}

/** `Offer.findById` of one offer. */
export const findByIdBody = encoder.encode(
  envelope("Offer", "findById", JSON.stringify({ Offer: offerRecord(196) })),
);

/** One offer as it appears inside a `findAll` page's `data` object, with `__ID__` where its id goes. */
const offerTemplate = JSON.stringify({ Offer: offerRecord("__ID__") });

/** `Offer.findAll` page `page` of `pageCount`, `limit` offers per page, in the paging wrapper. */
export function findAllPage(page, limit, pageCount) {
  const parts = [];
  for (let i = 0; i < limit; i++) {
    const id = (page - 1) * limit + i + 1;
    parts.push(`"${id}":${offerTemplate.replaceAll("__ID__", String(id))}`);
  }
  const data = `{"page":${page},"current":${limit},"count":${limit * pageCount},"pageCount":${pageCount},"data":{${parts.join(",")}}}`;
  return envelope("Offer", "findAll", data);
}
