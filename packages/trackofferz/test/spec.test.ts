import { describe, expect, test } from "vitest";
import { QUERY_PARAMETERS } from "../src/testing/query.js";
import { resolve, spec, validatorFor, violations } from "./support/spec.js";

type Json = Record<string, any>;

const operations = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
  Object.entries<Json>(item).map(([method, operation]) => ({ path, method, operation })),
);

describe("the TrackOfferz spec", () => {
  test("defines every endpoint of the wire contract", () => {
    expect(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort()).toEqual([
      "GET /reports/breakdown",
      "GET /reports/clicks",
      "GET /reports/conversions",
      "GET /reports/summary",
      "POST /conversions",
    ]);
  });

  test.each(operations)("$method $path: every example matches its schema", ({ operation }) => {
    const media = [
      ...Object.values<Json>(operation.responses).map((r) => resolve(r).content?.["application/json"]),
      operation.requestBody?.content?.["application/json"],
    ].filter(Boolean);
    expect(media.length).toBeGreaterThan(0);
    for (const m of media) {
      const validate = validatorFor(m.schema);
      const examples = Object.values<Json>(m.examples ?? {});
      expect(examples.length, "each body has examples").toBeGreaterThan(0);
      for (const example of examples)
        expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  test.each(operations)("$method $path: documents auth, rate-limit and server errors", ({ operation }) => {
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["400", "401", "429", "5XX"]));
  });

  test.each(operations)(
    "$method $path: the fake accepts exactly the spec's query parameters",
    ({ path, operation }) => {
      const names = (operation.parameters ?? [])
        .map((p: Json) => resolve(p))
        .filter((p: Json) => p.in === "query");
      expect(names.map((p: Json) => p.name).sort()).toEqual([...(QUERY_PARAMETERS[path] ?? [])].sort());
    },
  );

  test("every parameter has an example", () => {
    for (const { operation } of operations) {
      for (const p of operation.parameters ?? []) expect(resolve(p).example, resolve(p).name).toBeDefined();
    }
  });
});

describe("the conformance check of the fake's answers", () => {
  const exchange = (body: unknown, headers: Record<string, string> = {}) => ({
    request: {
      id: "req_1",
      method: "GET",
      path: "/reports/summary",
      query: {},
      page: 1,
      transactionId: undefined,
    },
    status: 200,
    headers: {
      "content-type": "application/json",
      "x-request-id": "req_1",
      "x-ratelimit-limit": "10",
      "x-ratelimit-remaining": "9",
      "x-ratelimit-reset": "1782822000",
      ...headers,
    },
    body: JSON.stringify(body),
    conformant: true,
  });
  const summary = {
    from: "2026-06-01",
    to: "2026-06-30",
    currency: "USD",
    clicks: 1,
    unique_clicks: 1,
    conversions: 0,
    revenue_cents: 0,
    payout_cents: 0,
  };

  test("passes a conforming answer", () => {
    expect(violations(exchange(summary))).toEqual([]);
  });

  test("catches a field the spec does not define, a missing one, a bad date and a missing header", () => {
    const { payout_cents: _, ...missing } = summary;
    expect(violations(exchange({ ...summary, extra: 1 }))).toEqual([
      "GET /reports/summary → 200: body must NOT have additional properties",
    ]);
    expect(violations(exchange(missing))[0]).toContain("payout_cents");
    expect(violations(exchange({ ...summary, from: "2026-02-30" }))[0]).toContain('must match format "date"');
    expect(violations({ ...exchange(summary), headers: { "content-type": "application/json" } })).toContain(
      "GET /reports/summary → 200: missing header X-Request-Id",
    );
  });

  test("catches an undocumented status", () => {
    expect(violations({ ...exchange(summary), status: 418 })).toEqual([
      "GET /reports/summary → 418: status not documented",
    ]);
  });
});
