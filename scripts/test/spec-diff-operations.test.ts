import { describe, expect, test } from "vitest";
import { classifySpecChange } from "../spec-diff/index.mjs";
import { diff, spec } from "./fixtures/spec-diff/one-operation-spec.js";

describe("operations", () => {
  const ok = { description: "ok" };

  test("removing a success response is breaking, adding an error response is a feature", () => {
    const before = spec({});
    const after = structuredClone(before) as any;
    after.paths["/things"].post.responses = { "201": ok, "404": ok };

    expect(classifySpecChange(before, after).changes).toEqual([
      { level: "breaking", kind: "response-removed", message: "removed 200 response from POST /things" },
      { level: "breaking", kind: "response-added", message: "added 201 response to POST /things" },
      { level: "minor", kind: "response-added", message: "added 404 response to POST /things" },
    ]);
  });

  test("a renamed operationId is breaking because the generated `operations` type is keyed by it", () => {
    expect(diff({}, { operation: { operationId: "makeThing" } }).messages).toEqual([
      "breaking: operationId of POST /things changed: createThing → makeThing",
    ]);
  });

  test("a header parameter whose name only changed case is the same parameter", () => {
    const before = [{ name: "X-Trace", in: "header", schema: { type: "string" } }];
    const after = [{ name: "x-trace", in: "header", schema: { type: "string" } }];

    expect(diff({ parameters: before }, { parameters: after }).level).toBe("none");
  });

  test("spelling out a default serialization is no change, changing it is breaking", () => {
    const plain = [{ name: "ids", in: "query", schema: { type: "array", items: { type: "integer" } } }];
    const explicit = [{ ...plain[0], style: "form", explode: true }];
    const exploded = [{ ...plain[0], explode: false }];

    expect(diff({ parameters: plain }, { parameters: explicit }).level).toBe("none");
    expect(diff({ parameters: plain }, { parameters: exploded }).level).toBe("breaking");
  });

  test("a removed parameter is breaking", () => {
    const before = [{ name: "dry_run", in: "query", schema: { type: "boolean" } }];

    expect(diff({ parameters: before }, { parameters: [] }).messages).toEqual([
      "breaking: removed parameter query.dry_run from POST /things",
    ]);
  });

  test("a request body that became required is breaking", () => {
    const before = spec({ request: {} });
    const after = structuredClone(before) as any;
    after.paths["/things"].post.requestBody.required = true;

    expect(classifySpecChange(before, after).level).toBe("breaking");
  });

  test("changed security requirements are breaking", () => {
    expect(diff({}, { operation: { security: [{ apiKey: [] }] } }).messages).toEqual([
      "breaking: security requirements of POST /things changed",
    ]);
  });
});
