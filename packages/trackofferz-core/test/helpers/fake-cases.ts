import type {
  FakeExchange,
  FakeTrackOfferz,
  FakeTrackOfferzOptions,
} from "../../../trackofferz/src/testing.js";
import { createFakeTrackOfferz } from "../../../trackofferz/src/testing.js";

/*
 * Requests to the TrackOfferz fake (packages/trackofferz/src/testing), in process, each chosen to make one answer
 * the spec documents: every success and every error status of every operation, with the error `code` expected.
 */

/** One request and the answer it must get. */
export interface FakeCase {
  /** `GET /reports/summary`, as the spec's path and method. */
  operation: string;
  /** The documented status this case reaches (`5XX` as 500–599). */
  status: number;
  /** The error `code` it must carry, for error answers. */
  code?: string;
  label: string;
  /** Options of the fake (a read-only key, a tight rate limit). */
  fake?: FakeTrackOfferzOptions;
  /** Sends the request(s); every answer is checked, and one must have `status` (and `code`). */
  send: (api: FakeClient) => Promise<unknown>;
}

/** What a case may do with the fake: send a request, reach the fake itself. */
export interface FakeClient {
  fake: FakeTrackOfferz;
  get(path: string, query?: Record<string, string>, key?: string | null): Promise<Response>;
  post(body: unknown, key?: string | null, query?: string): Promise<Response>;
}

/** The read-only key the cases' fakes accept (403 on ingest). */
export const READ_ONLY_KEY = "tofz_sk_test_read_only";

/** Runs a case on a fresh fake; returns every answer the fake sent, in the order sent. */
export async function runCase(c: FakeCase): Promise<FakeExchange[]> {
  const exchanges: FakeExchange[] = [];
  const fake = createFakeTrackOfferz({
    readOnlyApiKey: READ_ONLY_KEY,
    ...c.fake,
    onExchange: (exchange) => exchanges.push(exchange),
  });
  // `undefined`: the fake's key; `null`: no Authorization header at all.
  const headers = (key: string | null | undefined): Record<string, string> => {
    const given = key === undefined ? fake.apiKey : key;
    return given === null ? {} : { authorization: `Bearer ${given}` };
  };
  const api: FakeClient = {
    fake,
    get: (path, query = {}, key) =>
      fake.fetch(`${fake.baseUrl}${path}?${new URLSearchParams(query)}`, { headers: headers(key) }),
    post: (body, key, query = "") =>
      fake.fetch(`${fake.baseUrl}/conversions${query}`, {
        method: "POST",
        headers: { ...headers(key), "content-type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
  };
  await c.send(api);
  return exchanges;
}

const REPORTS = ["/reports/summary", "/reports/breakdown", "/reports/conversions", "/reports/clicks"];

/** The query every report needs (`by` for the breakdown). */
const base = (path: string): Record<string, string> =>
  path === "/reports/breakdown" ? { by: "campaign" } : {};

/** The error answers every operation documents, reached the same way for each. */
function commonErrors(
  operation: string,
  send: (a: FakeClient, key?: string | null) => Promise<unknown>,
): FakeCase[] {
  return [
    { operation, status: 401, code: "missing_api_key", label: "no key", send: (a) => send(a, null) },
    {
      operation,
      status: 401,
      code: "invalid_api_key",
      label: "a wrong key",
      send: (a) => send(a, "tofz_sk_wrong"),
    },
    {
      operation,
      status: 429,
      code: "rate_limited",
      label: "over the rate limit",
      fake: { rateLimit: { limit: 1, windowSeconds: 60 } },
      send: async (a) => {
        await send(a);
        return send(a);
      },
    },
    ...[500, 503].map((status) => ({
      operation,
      status,
      label: `a server error (${status}, injected)`,
      send: (a: FakeClient) => {
        a.fake.faults.script([{ type: "status", status }]);
        return send(a);
      },
    })),
  ];
}

function reportCases(path: string): FakeCase[] {
  const operation = `GET ${path}`;
  const q = base(path);
  const get = (a: FakeClient, key?: string | null) => a.get(path, q, key);
  return [
    { operation, status: 200, label: "the default range", send: get },
    {
      operation,
      status: 200,
      label: "one day long ago (nothing in it)",
      send: (a) => a.get(path, { ...q, from: "2020-01-01", to: "2020-01-01" }),
    },
    {
      operation,
      status: 400,
      code: "invalid_date",
      label: "a bad date",
      send: (a) => a.get(path, { ...q, from: "2026-02-30", to: "2026-03-01" }),
    },
    {
      operation,
      status: 400,
      code: "invalid_range",
      label: "from after to",
      send: (a) => a.get(path, { ...q, from: "2026-06-02", to: "2026-06-01" }),
    },
    {
      operation,
      status: 400,
      code: "invalid_parameter",
      label: "an unknown parameter",
      send: (a) => a.get(path, { ...q, nope: "1" }),
    },
    {
      operation,
      status: 403,
      code: "forbidden",
      label: "forbidden (injected: no key is refused a report)",
      send: (a) => {
        a.fake.faults.script([
          { type: "status", status: 403, code: "forbidden", message: "Not for this key" },
        ]);
        return get(a);
      },
    },
    ...commonErrors(operation, get),
  ];
}

/** The cases of each report's own parameters. */
const REPORT_VARIANTS: FakeCase[] = [
  ...["campaign", "publisher", "country", "day"].map((by) => ({
    operation: "GET /reports/breakdown",
    status: 200,
    label: `by ${by}, limit 3`,
    send: (a: FakeClient) => a.get("/reports/breakdown", { by, limit: "3" }),
  })),
  ...["pending", "approved", "rejected", "reversed"].map((status) => ({
    operation: "GET /reports/conversions",
    status: 200,
    label: `status ${status}, a small page`,
    send: (a: FakeClient) => a.get("/reports/conversions", { status, page_size: "5" }),
  })),
  ...["/reports/conversions", "/reports/clicks"].flatMap((path) => [
    {
      operation: `GET ${path}`,
      status: 200,
      label: "page 2 of 3-row pages",
      send: (a: FakeClient) => a.get(path, { page: "2", page_size: "3" }),
    },
    {
      operation: `GET ${path}`,
      status: 200,
      label: "a page past the last",
      send: (a: FakeClient) => a.get(path, { page: "99999", page_size: "1000" }),
    },
  ]),
  {
    operation: "GET /reports/summary",
    status: 200,
    label: "one campaign and publisher",
    send: (a) => a.get("/reports/summary", { campaign_id: "1", publisher_id: "1" }),
  },
];

const fresh = (a: FakeClient) => a.fake.freshClickIds(1)[0]!;

const CONVERSION_CASES: FakeCase[] = (() => {
  const operation = "POST /conversions";
  const post = (a: FakeClient, key?: string | null) => a.post({ transaction_id: fresh(a) }, key);
  return [
    { operation, status: 201, label: "recorded now", send: post },
    {
      operation,
      status: 201,
      label: "every field",
      send: (a) =>
        a.post({
          transaction_id: fresh(a),
          event_type: "lead",
          payout_cents: 1250,
          sale_amount_cents: 19900,
          currency: "EUR",
          custom_data: { order_id: "SO-1", vip: true, items: 3 },
        }),
    },
    {
      operation,
      status: 200,
      label: "recorded before (duplicate)",
      send: async (a) => {
        const id = fresh(a);
        await a.post({ transaction_id: id });
        return a.post({ transaction_id: id });
      },
    },
    {
      operation,
      status: 400,
      code: "invalid_json",
      label: "a body that is not JSON",
      send: (a) => a.post("{nope"),
    },
    {
      operation,
      status: 400,
      code: "invalid_parameter",
      label: "a query parameter",
      send: (a) => a.post({ transaction_id: fresh(a) }, undefined, "?x=1"),
    },
    {
      operation,
      status: 403,
      code: "forbidden",
      label: "a read-only key",
      send: (a) => post(a, READ_ONLY_KEY),
    },
    {
      operation,
      status: 404,
      code: "click_not_found",
      label: "no such click",
      send: (a) => a.post({ transaction_id: "click_never_tracked" }),
    },
    {
      operation,
      status: 409,
      code: "conflict",
      label: "the same id recorded concurrently",
      send: async (a) => {
        const id = fresh(a);
        // The first request holds the id while it waits; the second arrives meanwhile (200 ms leaves room for a
        // loaded CI machine: the second is sent at once).
        a.fake.faults.script([{ type: "latency", ms: 200 }], { transactionId: id });
        const first = a.post({ transaction_id: id });
        await a.post({ transaction_id: id });
        return first;
      },
    },
    {
      operation,
      status: 422,
      code: "validation_failed",
      label: "a bad currency",
      send: (a) => a.post({ transaction_id: fresh(a), currency: "usd" }),
    },
    {
      operation,
      status: 422,
      code: "validation_failed",
      label: "an unknown field",
      send: (a) => a.post({ transaction_id: fresh(a), amount: 12.5 }),
    },
    ...commonErrors(operation, post),
  ];
})();

/** Every case, per operation. */
export const FAKE_CASES: FakeCase[] = [
  ...REPORTS.flatMap(reportCases),
  ...REPORT_VARIANTS,
  ...CONVERSION_CASES,
];
