import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { classifySpecChange } from "../spec-diff/index.mjs";

/** Parses `fixtures/spec-diff/<name>.openapi.yaml`; every variant is base.openapi.yaml changed in one way. */
function fixture(name: string): unknown {
  return parse(readFileSync(new URL(`./fixtures/spec-diff/${name}.openapi.yaml`, import.meta.url), "utf8"));
}

const base = fixture("base");

describe("classifySpecChange on one change at a time", () => {
  test.each([
    ["removed-path", "breaking", "path-removed", "removed path /reports/summary"],
    ["removed-operation", "breaking", "operation-removed", "removed operation GET /conversions"],
    [
      "removed-response-field",
      "breaking",
      "property-removed",
      "removed response property ClickRow.country_code (via GET /reports/clicks 200 body)",
    ],
    [
      "narrowed-type",
      "breaking",
      "type-narrowed",
      "request type narrowed at ConversionInput.sale_amount_cents (via POST /conversions request body): number → integer",
    ],
    [
      "changed-type",
      "breaking",
      "type-changed",
      "response type changed at ClickRow.campaign_id (via GET /reports/clicks 200 body): integer → string",
    ],
    [
      "enum-value-removed",
      "breaking",
      "enum-value-removed",
      "request enum value removed at GET /reports/conversions query.status: reversed",
    ],
    [
      "new-required-param",
      "breaking",
      "parameter-added-required",
      "added required parameter query.currency to GET /reports/summary",
    ],
    [
      "param-became-required",
      "breaking",
      "parameter-became-required",
      "parameter query.from of GET /reports/clicks became required",
    ],
    [
      "added-optional-param",
      "minor",
      "parameter-added-optional",
      "added optional parameter query.country to GET /reports/clicks",
    ],
    ["added-path", "minor", "path-added", "added path /reports/breakdown"],
    [
      "added-response-field",
      "minor",
      "property-added",
      "added response property ClickRow.sub_id (via GET /reports/clicks 200 body)",
    ],
    ["description-only", "patch", "doc-changed", "summary changed at GET /reports/clicks"],
  ])("%s is %s: %s", (name, level, kind, message) => {
    const result = classifySpecChange(base, fixture(name));

    expect(result.level).toBe(level);
    expect(result.changes).toContainEqual({ level, kind, message });
  });

  test("a change to a shared parameter is reported at every operation that uses it", () => {
    const { changes } = classifySpecChange(base, fixture("param-became-required"));

    expect(changes.map((change) => change.message)).toEqual([
      "parameter query.from of GET /reports/summary became required",
      "parameter query.from of GET /reports/conversions became required",
      "parameter query.from of GET /reports/clicks became required",
    ]);
  });

  test("a change to a shared schema is reported once, under the schema's name", () => {
    const { changes } = classifySpecChange(base, fixture("removed-response-field"));

    expect(changes).toHaveLength(1);
  });

  test("a description-only change reports every reworded place and nothing stronger than patch", () => {
    const { changes } = classifySpecChange(base, fixture("description-only"));

    expect(changes.every((change) => change.level === "patch")).toBe(true);
    expect(changes.map((change) => change.message)).toEqual(
      expect.arrayContaining([
        "example changed at Summary.currency (via GET /reports/summary 200 body)",
        "description changed at parameter query.status of GET /reports/conversions",
        "description changed at ClickRow.country_code (via GET /reports/clicks 200 body)",
      ]),
    );
  });

  test("an unchanged spec is level none with no reasons, and so is one whose keys were only reordered", () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(base) as object).reverse());

    expect(classifySpecChange(base, fixture("base"))).toEqual({ level: "none", changes: [] });
    expect(classifySpecChange(base, reordered)).toEqual({ level: "none", changes: [] });
  });

  test("reasons are ordered strongest first", () => {
    const changed = fixture("removed-path") as { paths: Record<string, unknown> };
    const added = fixture("added-path") as { paths: Record<string, unknown> };
    changed.paths["/reports/breakdown"] = added.paths["/reports/breakdown"];

    const { level, changes } = classifySpecChange(base, changed);

    expect(level).toBe("breaking");
    expect(changes.map((change) => change.level)).toEqual(["breaking", "minor"]);
  });
});
