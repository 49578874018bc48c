import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { spec, validatorFor, violations } from "../../trackofferz/test/support/spec.js";
import { CONTRACT, docExamples } from "./helpers/doc-examples.js";
import { FAKE_CASES, runCase } from "./helpers/fake-cases.js";

/*
 * specs/trackofferz.openapi.yaml is where the SDK's types come from; fixtures/trackofferz-api.md (the wire
 * contract) is the truth it was written from, and the fake (packages/trackofferz/src/testing) is what every test of
 * the SDK talks to. All three must agree: each answer the fake gives, success or documented error, fits the spec's
 * status, headers and schema (objects closed, so a field the spec lacks fails too), and so does each JSON example
 * of the contract.
 */

const codeOf = (body: string): unknown => {
  try {
    return (JSON.parse(body) as { error?: { code?: unknown } }).error?.code;
  } catch {
    return undefined;
  }
};

describe("the fake's answers fit the spec", () => {
  test.each(FAKE_CASES.map((c) => ({ ...c, name: `${c.operation} → ${c.status}: ${c.label}` })))(
    "$name",
    async (c) => {
      const exchanges = await runCase(c);
      expect(exchanges.flatMap(violations)).toEqual([]);
      const answers = exchanges.map((e) => ({ status: e.status, code: codeOf(e.body) }));
      expect(answers).toContainEqual({
        status: c.status,
        code: c.code ?? (c.status >= 500 ? expect.any(String) : undefined),
      });
    },
  );

  test("every status every operation documents is reached by a case", () => {
    const documented = Object.entries<Record<string, { responses: Record<string, unknown> }>>(
      spec.paths,
    ).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        Object.keys(operation.responses).map((status) => `${method.toUpperCase()} ${path} → ${status}`),
      ),
    );
    const reached = new Set(FAKE_CASES.map((c) => `${c.operation} → ${c.status >= 500 ? "5XX" : c.status}`));
    expect(documented.filter((d) => !reached.has(d))).toEqual([]);
  });
});

describe("the wire contract's JSON examples fit the spec", () => {
  const examples = docExamples(readFileSync(CONTRACT, "utf8"));

  test("the contract's examples are all found", () => {
    expect(examples.map((e) => e.where)).toEqual([
      "error body",
      "GET /reports/summary → 200",
      "GET /reports/breakdown → 200",
      "GET /reports/conversions → 200",
      "GET /reports/clicks → 200",
      "POST /conversions request body",
      "POST /conversions → 201",
    ]);
  });

  test.each(examples)("$where", ({ schema, value }) => {
    const validate = validatorFor(schema);
    validate(value);
    expect(validate.errors ?? []).toEqual([]);
  });
});
