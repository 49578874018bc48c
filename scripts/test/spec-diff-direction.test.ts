import { describe, expect, test } from "vitest";
import { diff, object } from "./fixtures/spec-diff/one-operation-spec.js";

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
