import { describe, expect, test } from "vitest";
import { decodePhpParams } from "../../src/testing.js";

const decode = (query: string) => decodePhpParams(new URLSearchParams(query));

describe("the fake's PHP bracket decoder", () => {
  test("plain keys are strings; a later key overwrites an earlier one", () => {
    expect(decode("Target=Offer&Method=findAll&limit=2&limit=3")).toEqual({
      Target: "Offer",
      Method: "findAll",
      limit: "3",
    });
  });

  test("`[]` appends: ids[], fields[], contain[] become lists", () => {
    expect(decode("ids[]=1&ids[]=2&fields[]=id&contain[]=Country&contain[]=Thumbnail")).toEqual({
      ids: ["1", "2"],
      fields: ["id"],
      contain: ["Country", "Thumbnail"],
    });
  });

  test("named brackets nest: data[name], sort[Offer.id], filters[OR][x][LIKE]", () => {
    expect(
      decode(
        "data[name]=x&sort[Offer.id]=desc&sort[name]=asc&filters[OR][name][LIKE]=Test%25&filters[status][]=a&filters[status][]=b",
      ),
    ).toEqual({
      data: { name: "x" },
      sort: { "Offer.id": "desc", name: "asc" },
      filters: { OR: { name: { LIKE: "Test%" } }, status: ["a", "b"] },
    });
  });

  test("named sort keys keep their order (it decides sort precedence)", () => {
    expect(Object.keys(decode("sort[status]=asc&sort[id]=desc&sort[name]=asc").sort as object)).toEqual([
      "status",
      "id",
      "name",
    ]);
  });

  test("indexed arrays of structured values: a[0][b]", () => {
    expect(
      decode("daterange[0][start]=2024-01-01&daterange[0][end]=2024-01-02&daterange[1][start]=2024-02-01"),
    ).toEqual({
      daterange: [{ start: "2024-01-01", end: "2024-01-02" }, { start: "2024-02-01" }],
    });
  });

  test("`[]` after explicit indices continues past the largest one, as PHP does", () => {
    expect(decode("a[5]=x&a[]=y")).toEqual({ a: { "5": "x", "6": "y" } });
    expect(decode("a[0]=x&a[]=y")).toEqual({ a: ["x", "y"] });
  });

  test("report filter syntax decodes to conditional and values", () => {
    expect(
      decode(
        "filters[Stat.date][conditional]=BETWEEN&filters[Stat.date][values][]=2024-01-01&filters[Stat.date][values][]=2024-01-07",
      ),
    ).toEqual({ filters: { "Stat.date": { conditional: "BETWEEN", values: ["2024-01-01", "2024-01-07"] } } });
  });

  test("PHP's base-name rules: dots and spaces become underscores, an unclosed bracket is literal", () => {
    expect(decode("a.b=1&c d=2&e[f=3")).toEqual({ a_b: "1", c_d: "2", e_f: "3" });
  });

  test("a scalar followed by brackets for the same key becomes an array", () => {
    expect(decode("a=1&a[b]=2")).toEqual({ a: { b: "2" } });
  });

  test("percent-encoded brackets decode the same as raw ones", () => {
    expect(decode("filters%5Bid%5D%5BGREATER_THAN%5D=100")).toEqual({
      filters: { id: { GREATER_THAN: "100" } },
    });
  });
});
