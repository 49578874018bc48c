import { describe, expect, test } from "vitest";
import { orderedValues, parseOrdered } from "../src/internal/ordered-json.js";

describe("parseOrdered", () => {
  test("keeps the server's order of id-keyed rows (JSON.parse would sort them)", () => {
    const parsed = parseOrdered('{"114":{"id":"114"},"108":{"id":"108"},"2":{"id":"2"}}') as object;
    expect(orderedValues(parsed)).toEqual([{ id: "114" }, { id: "108" }, { id: "2" }]);
    expect(Object.keys(JSON.parse('{"114":1,"108":2}'))).toEqual(["108", "114"]);
  });

  test("restores the real keys, nested at any depth", () => {
    const parsed = parseOrdered('{"data":{"9":{"Offer":{"id":"9"},"Country":{"ES":{"code":"ES"}}}}}');
    expect(parsed).toEqual({ data: { 9: { Offer: { id: "9" }, Country: { ES: { code: "ES" } } } } });
  });

  test("leaves strings that look like keys alone", () => {
    const text = JSON.stringify({ note: 'say "12": hi', list: ['"3":'] });
    expect(parseOrdered(text)).toEqual({ note: 'say "12": hi', list: ['"3":'] });
  });

  test("a __proto__ key stays plain data", () => {
    const parsed = parseOrdered('{"1":{"a":1},"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(orderedValues(parsed)).toEqual([{ a: 1 }, { polluted: true }]);
  });

  test("objects without integer-like keys are ordinary objects", () => {
    const parsed = parseOrdered('{"b":1,"a":[{"x":null}]}') as object;
    expect(parsed).toEqual({ b: 1, a: [{ x: null }] });
    expect(orderedValues(parsed)).toEqual([1, [{ x: null }]]);
  });

  test("throws on malformed JSON", () => {
    expect(() => parseOrdered('{"1":')).toThrow(SyntaxError);
  });
});
