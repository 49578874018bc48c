import { describe, expect, test } from "vitest";
import { classifySpecChange } from "../spec-diff/index.mjs";

type Schema = Record<string, unknown>;

interface Shape {
  request?: Schema;
  response?: Schema;
  schemas?: Record<string, Schema>;
  parameters?: Schema[];
  operation?: Schema;
}

/** A one-operation document: POST /things with the given request and response schemas. */
function spec({ request, response, schemas, parameters, operation }: Shape): Schema {
  return {
    openapi: "3.1.0",
    info: { title: "rules", version: "1" },
    paths: {
      "/things": {
        post: {
          operationId: "createThing",
          ...(parameters ? { parameters } : {}),
          ...(request ? { requestBody: { content: { "application/json": { schema: request } } } } : {}),
          responses: {
            "200": { description: "ok", content: { "application/json": { schema: response ?? {} } } },
          },
          ...operation,
        },
      },
    },
    ...(schemas ? { components: { schemas } } : {}),
  };
}

const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: "object",
  required,
  properties,
});

/** Classifies the change from `before` to `after` and returns the level and the messages. */
function diff(before: Shape, after: Shape) {
  const { level, changes } = classifySpecChange(spec(before), spec(after));
  return { level, messages: changes.map((change) => `${change.level}: ${change.message}`) };
}

describe("the direction rule: narrowing breaks requests, widening breaks responses", () => {
  const nullableName = object({ name: { type: ["string", "null"] } });
  const plainName = object({ name: { type: "string" } });

  test("a request property that became nullable is a feature", () => {
    expect(diff({ request: plainName }, { request: nullableName })).toEqual({
      level: "minor",
      messages: ["minor: request POST /things request body.name became nullable"],
    });
  });

  test("a response property that became nullable is breaking", () => {
    expect(diff({ response: plainName }, { response: nullableName })).toEqual({
      level: "breaking",
      messages: ["breaking: response POST /things 200 body.name became nullable"],
    });
  });

  test("a request property that is no longer nullable is breaking; in a response it is a feature", () => {
    expect(diff({ request: nullableName }, { request: plainName }).level).toBe("breaking");
    expect(diff({ response: nullableName }, { response: plainName }).level).toBe("minor");
  });

  test("the OpenAPI 3.0 `nullable: true` spelling means the same as a null type", () => {
    const legacy = object({ name: { type: "string", nullable: true } });

    expect(diff({ response: nullableName }, { response: legacy })).toEqual({ level: "none", messages: [] });
  });

  test("a response property that became optional is breaking; a request one is a feature", () => {
    const required = object({ id: { type: "integer" } }, ["id"]);
    const optional = object({ id: { type: "integer" } });

    expect(diff({ response: required }, { response: optional }).messages).toEqual([
      "breaking: response property POST /things 200 body.id became optional",
    ]);
    expect(diff({ request: required }, { request: optional }).level).toBe("minor");
  });

  test("a request property that became required is breaking; a response one is a feature", () => {
    const required = object({ id: { type: "integer" } }, ["id"]);
    const optional = object({ id: { type: "integer" } });

    expect(diff({ request: optional }, { request: required }).messages).toEqual([
      "breaking: request property POST /things request body.id became required",
    ]);
    expect(diff({ response: optional }, { response: required }).level).toBe("minor");
  });

  test("a new required request property is breaking, a new optional one is a feature", () => {
    const before = object({ id: { type: "integer" } });

    expect(
      diff({ request: before }, { request: object({ ...before.properties!, tag: {} }, ["tag"]) }).messages,
    ).toEqual(["breaking: added required request property POST /things request body.tag"]);
    expect(diff({ request: before }, { request: object({ ...before.properties!, tag: {} }) }).level).toBe(
      "minor",
    );
  });

  test("integer → number accepts more: a feature in a request, breaking in a response", () => {
    const integer = object({ amount: { type: "integer" } });
    const number = object({ amount: { type: "number" } });

    expect(diff({ request: integer }, { request: number }).level).toBe("minor");
    expect(diff({ response: integer }, { response: number }).messages).toEqual([
      "breaking: response type widened at POST /things 200 body.amount: integer → number",
    ]);
  });

  test("a tighter bound breaks requests, a looser one breaks responses", () => {
    const long = object({ code: { type: "string", maxLength: 128 } });
    const short = object({ code: { type: "string", maxLength: 64 } });

    expect(diff({ request: long }, { request: short }).messages).toEqual([
      "breaking: request constraint narrowed at POST /things request body.code: maxLength 128 → 64",
    ]);
    expect(diff({ request: short }, { request: long }).level).toBe("minor");
    expect(diff({ response: short }, { response: long }).level).toBe("breaking");
    expect(diff({ response: long }, { response: short }).level).toBe("minor");
  });

  test("a changed pattern cannot be ordered and counts as breaking either way", () => {
    const before = object({ code: { type: "string", pattern: "^[a-z]+$" } });
    const after = object({ code: { type: "string", pattern: "^[A-Z]+$" } });

    expect(diff({ response: before }, { response: after }).level).toBe("breaking");
  });

  test("closing an object to extra keys breaks requests", () => {
    const open = object({ id: { type: "integer" } });
    const closed = { ...open, additionalProperties: false };

    expect(diff({ request: open }, { request: closed }).level).toBe("breaking");
    expect(diff({ response: open }, { response: closed }).level).toBe("minor");
  });

  test("a property made readOnly disappears from requests", () => {
    const before = object({ id: { type: "integer" }, name: { type: "string" } });
    const after = object({ id: { type: "integer", readOnly: true }, name: { type: "string" } });

    expect(diff({ request: before }, { request: after }).messages).toEqual([
      "breaking: removed request property POST /things request body.id",
    ]);
    expect(diff({ response: before }, { response: after }).level).toBe("patch");
  });

  test("removing a property the direction never sees still removes a member of the generated type", () => {
    const before = object({ id: { type: "integer" }, password: { type: "string", writeOnly: true } });
    const after = object({ id: { type: "integer" } });

    expect(diff({ response: before }, { response: after }).messages).toEqual([
      "breaking: removed writeOnly property POST /things 200 body.password",
    ]);
  });

  test("a changed request default changes behaviour for clients that omit the value", () => {
    const before = object({ size: { type: "integer", default: 100 } });
    const after = object({ size: { type: "integer", default: 50 } });

    expect(diff({ request: before }, { request: after }).messages).toEqual([
      "breaking: request default changed at POST /things request body.size: 100 → 50",
    ]);
    expect(diff({ response: before }, { response: after }).level).toBe("patch");
  });
});

describe("enums", () => {
  const status = (values: string[]) => object({ status: { type: "string", enum: values } });

  test("a value added to a request enum is a feature", () => {
    expect(diff({ request: status(["a"]) }, { request: status(["a", "b"]) }).messages).toEqual([
      "minor: request enum value added at POST /things request body.status: b",
    ]);
  });

  test("a value added to a response enum is breaking (exhaustive handling of the literal union)", () => {
    expect(diff({ response: status(["a"]) }, { response: status(["a", "b"]) }).level).toBe("breaking");
  });

  test("a value removed from a response enum is breaking (comparisons against the literal stop compiling)", () => {
    expect(diff({ response: status(["a", "b"]) }, { response: status(["a"]) }).messages).toEqual([
      "breaking: response enum value removed at POST /things 200 body.status: b",
    ]);
  });

  test("turning a free string into an enum is breaking", () => {
    const free = object({ status: { type: "string" } });

    expect(diff({ request: free }, { request: status(["a"]) }).level).toBe("breaking");
  });
});

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
