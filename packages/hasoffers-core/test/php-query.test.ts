import { describe, expect, test } from "vitest";
import { encodePhpQuery } from "../src/php-query.js";

const decoded = (query: string) => decodeURIComponent(query).split("&");

describe("encodePhpQuery", () => {
  test("encodes scalars as key=value, numbers as text and booleans as 1/0", () => {
    expect(encodePhpQuery({ id: 62, name: "a b", on: true, off: false })).toBe("id=62&name=a%20b&on=1&off=0");
  });

  test("encodes arrays of scalars with empty brackets, in order", () => {
    expect(decoded(encodePhpQuery({ fields: ["id", "name"] }))).toEqual(["fields[]=id", "fields[]=name"]);
  });

  test("encodes nested objects with one bracket per level", () => {
    const query = encodePhpQuery({ filters: { id: { GREATER_THAN: 100 }, OR: { status: ["a", "b"] } } });
    expect(decoded(query)).toEqual([
      "filters[id][GREATER_THAN]=100",
      "filters[OR][status][]=a",
      "filters[OR][status][]=b",
    ]);
  });

  test("indexes arrays of objects", () => {
    const query = encodePhpQuery({ daterange: [{ start: "2024-01-01" }, { start: "2024-02-01" }] });
    expect(decoded(query)).toEqual(["daterange[0][start]=2024-01-01", "daterange[1][start]=2024-02-01"]);
  });

  test("drops null and undefined at any depth", () => {
    expect(encodePhpQuery({ a: null, b: undefined, c: { d: null, e: 1 }, f: [null, 2] })).toBe(
      "c[e]=1&f[]=2",
    );
  });

  test("percent-encodes keys and values but keeps the brackets readable", () => {
    expect(encodePhpQuery({ sort: { "Offer.id": "desc" }, q: "50%&x=y" })).toBe(
      "sort[Offer.id]=desc&q=50%25%26x%3Dy",
    );
  });

  test("writes dates as ISO text", () => {
    expect(encodePhpQuery({ at: new Date(Date.UTC(2024, 0, 2)) })).toBe("at=2024-01-02T00%3A00%3A00.000Z");
  });
});
