import { describe, expect, test } from "vitest";
import { diff, object, type Schema, type Shape } from "./fixtures/spec-diff/one-operation-spec.js";

describe("references", () => {
  const thing = object({ id: { type: "integer" } }, ["id"]);

  test("an inline schema moved into an identical component only adds the component", () => {
    const after: Shape = { response: { $ref: "#/components/schemas/Thing" }, schemas: { Thing: thing } };

    expect(diff({ response: thing }, after)).toEqual({
      level: "minor",
      messages: ["minor: added schema Thing"],
    });
  });

  test("refs are followed through chains before comparing", () => {
    const chain = (target: Schema): Shape => ({
      response: { $ref: "#/components/schemas/Alias" },
      schemas: { Alias: { $ref: "#/components/schemas/Thing" }, Thing: target },
    });

    expect(diff(chain(thing), chain(object({ id: { type: "string" } }, ["id"]))).messages).toEqual([
      "breaking: response type changed at Alias.id (via POST /things 200 body): integer → string",
    ]);
  });

  test("a description next to a $ref is compared even when the component itself was already compared", () => {
    const shape = (description: string): Shape => ({
      response: object({
        id: { $ref: "#/components/schemas/Id" },
        parent: { $ref: "#/components/schemas/Id", description },
      }),
      schemas: { Id: { type: "integer" } },
    });

    expect(diff(shape("The parent."), shape("The parent thing.")).messages).toEqual([
      "patch: description changed at POST /things 200 body.parent",
    ]);
  });

  test("a recursive schema is compared without looping, and a change deep inside is reported once", () => {
    const category = (idType: string): Shape => ({
      response: { $ref: "#/components/schemas/Category" },
      schemas: {
        Category: object({
          id: { type: idType },
          children: { type: "array", items: { $ref: "#/components/schemas/Category" } },
        }),
      },
    });

    expect(diff(category("integer"), category("string")).messages).toEqual([
      "breaking: response type changed at Category.id (via POST /things 200 body): integer → string",
    ]);
  });

  test("removing a component is breaking even when nothing uses it any more", () => {
    expect(diff({ schemas: { Old: thing } }, { schemas: {} }).messages).toEqual([
      "breaking: removed schema Old",
    ]);
  });

  test("a component no operation uses is read both ways, so any narrowing or widening is breaking", () => {
    const after = object({ id: { type: "integer" }, tag: { type: "string" } }, ["id", "tag"]);

    expect(diff({ schemas: { Thing: thing } }, { schemas: { Thing: after } }).messages).toEqual([
      "breaking: added required schema property Thing.tag",
    ]);
  });
});

describe("composition", () => {
  const base = object({ id: { type: "integer" } }, ["id"]);
  const extra = object({ name: { type: "string" } }, ["name"]);

  test("allOf is flattened, so moving a property between members changes nothing", () => {
    const split = { allOf: [base, extra] };
    const merged = object({ id: { type: "integer" }, name: { type: "string" } }, ["id", "name"]);

    expect(diff({ response: split }, { response: merged })).toEqual({ level: "none", messages: [] });
  });

  test("a property removed from an allOf member is reported like any removed property", () => {
    const before = { allOf: [base, extra] };
    const after = { allOf: [base, object({})] };

    expect(diff({ response: before }, { response: after }).messages).toEqual([
      "breaking: removed response property POST /things 200 body.name",
    ]);
  });

  test("identical oneOf branches in a new order are no change", () => {
    expect(diff({ response: { oneOf: [base, extra] } }, { response: { oneOf: [extra, base] } }).level).toBe(
      "none",
    );
  });

  test("a new oneOf branch is breaking in either direction", () => {
    const before = { oneOf: [base] };
    const after = { oneOf: [base, extra] };

    expect(diff({ response: before }, { response: after }).messages).toEqual([
      "breaking: response oneOf branch #1 added at POST /things 200 body",
    ]);
    expect(diff({ request: before }, { request: after }).level).toBe("breaking");
  });

  test("a new anyOf branch only accepts more in a request", () => {
    expect(diff({ request: { anyOf: [base] } }, { request: { anyOf: [base, extra] } }).level).toBe("minor");
  });

  test("a removed branch is breaking", () => {
    expect(diff({ request: { anyOf: [base, extra] } }, { request: { anyOf: [base] } }).level).toBe(
      "breaking",
    );
  });

  test("a branch that refers to the same component is compared inside that component", () => {
    const shape = (idType: string): Shape => ({
      response: { oneOf: [{ $ref: "#/components/schemas/Base" }, extra] },
      schemas: { Base: object({ id: { type: idType } }) },
    });

    expect(diff(shape("integer"), shape("string")).messages).toEqual([
      "breaking: response type changed at Base.id (via POST /things 200 body<oneOf Base>): integer → string",
    ]);
  });

  test("introducing a composition where there was none is breaking", () => {
    expect(diff({ response: base }, { response: { oneOf: [base] } }).level).toBe("breaking");
  });
});

describe("the safety net", () => {
  test("a keyword no rule analyses counts as breaking when it changes", () => {
    const before = object({ id: { type: "integer", not: { const: 0 } } });
    const after = object({ id: { type: "integer", not: { const: 1 } } });

    expect(diff({ request: before }, { request: after }).messages).toEqual([
      'breaking: unanalysed change to "not" at POST /things request body.id (treated as breaking)',
    ]);
  });

  test("vendor extensions are documentation", () => {
    const before = object({ id: { type: "integer", "x-internal": false } });
    const after = object({ id: { type: "integer", "x-internal": true } });

    expect(diff({ request: before }, { request: after }).level).toBe("patch");
  });
});
