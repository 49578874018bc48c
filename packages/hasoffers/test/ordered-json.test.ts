import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { orderedValues, parseOrdered } from "../src/internal/ordered-json.js";
import { type Json, readJson } from "./helpers/ordered-fixture.js";

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
    expect(() => parseOrdered('{"2":{},"1":{}')).toThrow(SyntaxError);
  });

  test("a findAll page keeps its rows in the server's order, and its contained relations theirs", () => {
    const row = (id: number) =>
      `"${id}":{"Offer":{"id":"${id}","name":"Offer \\"${id}\\": {best}","offer_url":"http:\\/\\/x.example\\/?aff={affiliate_id}"},` +
      `"OfferCategory":{"9":{"id":"9"},"3":{"id":"3"}},"Country":{"ES":{"code":"ES"},"DE":{"code":"DE"}}}`;
    const text =
      '{"request":{"Target":"Offer","Method":"findAll"},"response":{"status":1,"httpStatus":200,' +
      `"data":{"page":1,"current":3,"count":30,"pageCount":10,"data":{${[307, 12, 250].map(row).join(",")}}},` +
      '"errors":[],"errorMessage":null}}';
    const parsed = parseOrdered(text) as { response: { data: { data: object } } };
    expect(parsed).toEqual(JSON.parse(text));
    const rows = orderedValues(parsed.response.data.data) as Record<string, object>[];
    expect(rows.map((r) => (r.Offer as { id: string }).id)).toEqual(["307", "12", "250"]);
    expect(orderedValues(rows[0]?.OfferCategory as object)).toEqual([{ id: "9" }, { id: "3" }]);
    expect(orderedValues(rows[0]?.Country as object)).toEqual([{ code: "ES" }, { code: "DE" }]);
  });

  test("keeps the order of id maps with scalar values, and of ids mixed with names", () => {
    expect(orderedValues(parseOrdered('{"3":"c","1":"a","2":"b"}') as object)).toEqual(["c", "a", "b"]);
    expect(orderedValues(parseOrdered('{"name":"x","5":{"v":5},"2":[2]}') as object)).toEqual([
      "x",
      { v: 5 },
      [2],
    ]);
    expect(orderedValues(parseOrdered('{"5":{"v":5},"2":null}') as object)).toEqual([{ v: 5 }, null]);
    const mixed = parseOrdered('{"name":{"v":0},"5":{"v":5},"2":{"v":2}}') as object;
    expect(orderedValues(mixed)).toEqual([{ v: 0 }, { v: 5 }, { v: 2 }]);
  });

  test("reads pretty-printed JSON and keys written with escapes", () => {
    expect(orderedValues(parseOrdered('{\n  "20" :\t{ "a": 1 },\r\n  "3": {"a": 2}\n}') as object)).toEqual([
      { a: 1 },
      { a: 2 },
    ]);
    // `\u0032\u0030` is "20": the same integer-like key, whichever way it is written.
    expect(orderedValues(parseOrdered('{"\\u0032\\u0030":{"a":1},"3":{"a":2}}') as object)).toEqual([
      { a: 1 },
      { a: 2 },
    ]);
  });

  test("digit keys that are no array index (01, 4294967295) keep their place among the ids", () => {
    const parsed = parseOrdered('{"9":{},"01":{"a":1},"4294967295":{"b":2},"4294967294":{"c":3}}') as object;
    expect(orderedValues(parsed)).toEqual([{}, { a: 1 }, { b: 2 }, { c: 3 }]);
  });

  test("a backslash at the end of a string does not hide the key after it", () => {
    const parsed = parseOrdered('{"a\\\\":{"5":{"v":"\\\\"},"1":{"v":"x\\\\"}}}') as Record<string, object>;
    expect(orderedValues(parsed["a\\"] as object)).toEqual([{ v: "\\" }, { v: "x\\" }]);
  });

  test('a name ending in an escaped quote and digits (`a"5`) is not taken for an id', () => {
    // Read backwards from its brace, `a\"5":` ends like an id key, just where the escaped `"\u0035"` key is missing.
    const parsed = parseOrdered('{"\\u0035":{"s":"x"},"3":{"a\\"5":{}}}') as object;
    expect(orderedValues(parsed)).toEqual([{ s: "x" }, { 'a"5': {} }]);
  });

  test("works at any depth, far past what a recursive walk could take", () => {
    const depth = 20_000;
    const nested = (level: string, bottom: string) => level.repeat(depth) + bottom + "}".repeat(depth);
    let level = parseOrdered(nested('{"2":{"at":2},"1":', "{}")) as object;
    for (let i = 0; i < depth; i++) {
      const [first, inner] = orderedValues(level);
      expect(first).toEqual({ at: 2 });
      level = inner as object;
    }
    expect(level).toEqual({});

    // An id map of scalars at the bottom takes the slow way, which must go as deep.
    let record = parseOrdered(nested('{"a":', '{"2":"two","1":"one"}')) as Record<string, object>;
    for (let i = 0; i < depth; i++) record = record.a as Record<string, object>;
    expect(orderedValues(record)).toEqual(["two", "one"]);

    let list = parseOrdered(`${"[".repeat(depth)}${"]".repeat(depth)}`) as unknown[];
    for (let i = 1; i < depth; i++) list = list[0] as unknown[];
    expect(list).toEqual([]);
  });

  test("with a repeated key the value is JSON.parse's", () => {
    const text = '{"a":{"5":{},"3":{}},"b":{"3":{},"5":{}},"a":{"5":{"x":1},"3":{}},"7":{},"7":{"y":2}}';
    expect(parseOrdered(text)).toEqual(JSON.parse(text));
  });

  test("with a repeated key the order is the one of the object JSON.parse keeps", () => {
    const parsed = parseOrdered('{"a":{"5":{},"3":{}},"a":{"3":{"v":3},"5":{"v":5}}}') as { a: object };
    expect(orderedValues(parsed.a)).toEqual([{ v: 3 }, { v: 5 }]);
    // A repeated id makes up for one written with escapes in the count of keys, but is still no second row.
    const rows = parseOrdered('{"5":{"v":1},"5":{"v":2},"\\u0033":{"v":3}}') as object;
    expect(orderedValues(rows)).toEqual([{ v: 2 }, { v: 3 }]);
  });
});

// Random JSON, written key by key in a random order: parseOrdered must agree with JSON.parse on every value and
// with an independent reader (which keeps each object's keys as a Map) on every object's order.
describe("parseOrdered on random JSON", () => {
  const idKey = fc.nat({ max: 5000 }).map(String);
  const key = fc.oneof(
    { weight: 4, arbitrary: idKey },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ...[
          "0",
          "4294967294",
          "4294967295",
          "01",
          "007",
          "-1",
          "1.5",
          "1e3",
          "12a",
          "",
          "__proto__",
          "constructor",
        ],
        ...['"12": {', "\\", '\\"3":{', "{", ":", "7\\"],
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  );
  const text = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('"12":', '"12": {', '{"5":{', "x\\", '\\"', "}", "http://x/?a={b}"),
  );
  const scalar = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    text,
  );
  const { value } = fc.letrec<{
    value: Json;
    array: Json[];
    object: Map<string, Json>;
    ids: Map<string, Json>;
  }>((tie) => ({
    value: fc.oneof({ depthSize: "small" }, scalar, tie("array"), tie("object"), tie("ids")),
    array: fc.array(tie("value"), { maxLength: 4 }),
    object: fc
      .uniqueArray(fc.tuple(key, tie("value")), { selector: ([k]) => k, maxLength: 5 })
      .map((e) => new Map(e)),
    // Id maps of objects, as findAll pages and contained relations are.
    ids: fc
      .uniqueArray(fc.tuple(idKey, tie("object")), { selector: ([k]) => k, maxLength: 5 })
      .map((e) => new Map(e)),
  }));
  /** How the JSON is written: whitespace between tokens, `\/` for `/` (as PHP does), digits of odd ids escaped. */
  const style = fc.record({
    gap: fc.constantFrom("", " ", "\n  ", "\t", "\r\n"),
    slashes: fc.boolean(),
    escape: fc.boolean(),
  });

  function write(json: Json, s: { gap: string; slashes: boolean; escape: boolean }): string {
    const str = (t: string) => (s.slashes ? JSON.stringify(t).replaceAll("/", "\\/") : JSON.stringify(t));
    const name = (k: string) =>
      s.escape && /^\d*[13579]$/.test(k)
        ? `"\\u00${k.charCodeAt(0).toString(16)}${str(k.slice(1)).slice(1)}`
        : str(k);
    if (json instanceof Map)
      return `{${s.gap}${[...json].map(([k, v]) => `${name(k)}${s.gap}:${s.gap}${write(v, s)}`).join(`,${s.gap}`)}${s.gap}}`;
    if (Array.isArray(json)) return `[${s.gap}${json.map((v) => write(v, s)).join(`,${s.gap}`)}${s.gap}]`;
    return typeof json === "string" ? str(json) : JSON.stringify(json);
  }

  /** Every object's values come out in the order they were written; nothing gets a foreign prototype. */
  function expectSourceOrder(actual: unknown, expected: Json): void {
    if (expected instanceof Map) {
      expect(Object.getPrototypeOf(actual)).toBe(Object.prototype);
      const values = orderedValues(actual as object);
      expect(values).toHaveLength(expected.size);
      let i = 0;
      for (const v of expected.values()) expectSourceOrder(values[i++], v);
    } else if (Array.isArray(expected)) {
      expect(actual).toHaveLength(expected.length);
      for (const [i, v] of expected.entries()) expectSourceOrder((actual as unknown[])[i], v);
    } else expect(actual).toBe(expected);
  }

  test("values equal JSON.parse's and every object lists them in source order", () => {
    fc.assert(
      fc.property(value, style, (json, s) => {
        const source = write(json, s);
        const parsed = parseOrdered(source);
        expect(parsed).toEqual(JSON.parse(source));
        expectSourceOrder(parsed, readJson(source));
      }),
      { numRuns: 500 },
    );
  });

  test("a truncated text throws like JSON.parse", () => {
    fc.assert(
      fc.property(value, fc.nat(), (json, cut) => {
        const source = write(json, { gap: "", slashes: false, escape: false });
        const part = source.slice(0, cut % source.length);
        let expected: unknown;
        try {
          expected = JSON.parse(part);
        } catch {
          expect(() => parseOrdered(part)).toThrow(SyntaxError);
          return;
        }
        expect(parseOrdered(part)).toEqual(expected);
      }),
    );
  });
});
