import { decodePhpParams, type PhpValue } from "@offerkit/hasoffers/testing";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { encodePhpQuery } from "../../packages/hasoffers-core/src/php-query.js";
import { printTable } from "./support/table.js";

// encodePhpQuery against the fake's PHP decoder (which reads `a[b][]=c` the way PHP fills `$_GET`): whatever the
// parameters, encoding never throws, and decoding gives back the same nested structure, minus what a query string
// cannot carry: null/undefined (dropped by design) and containers left empty without them.

const RUNS = 400;

const LONE_SURROGATES = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];

/** Text of any code points, sometimes with a lone surrogate (no UTF-8 form) in it. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 8 }),
  fc
    .tuple(fc.string({ maxLength: 3 }), fc.constantFrom(...LONE_SURROGATES), fc.string({ maxLength: 3 }))
    .map((parts) => parts.join("")),
);

/** Top-level names as HasOffers uses them (`filters`, `fields`, `sort`, `data`, `id`). */
const topKey = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,7}$/).filter((key) => key !== "__proto__");

/** Keys inside brackets: anything but brackets and lone surrogates, dots and spaces included (`Offer.id`). */
const innerKey = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 8 }).filter((key) => !/[[\]]/.test(key)),
    fc.constantFrom("Offer.id", "Stat.date", "GREATER_THAN", "0", "1", "12", "a b"),
  )
  .filter((key) => key !== "__proto__");

const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
);

const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(innerKey, tie("value"), { maxKeys: 4 }),
  ),
}));

const params = fc.dictionary(topKey, value, { maxKeys: 5 });

/** What PHP should see for a value: the specification the encoder is checked against. */
function expected(input: unknown): PhpValue | undefined {
  if (input === null || input === undefined) return undefined;
  if (input instanceof Date) return input.toISOString();
  if (Array.isArray(input)) {
    const items = input.filter((item) => item !== null && item !== undefined);
    // Arrays of scalars use `[]`; arrays holding any object use indices (0..n-1 over the items that remain).
    if (!items.some((item) => typeof item === "object")) {
      return items.length === 0 ? undefined : items.map((item) => expected(item) as PhpValue);
    }
    return phpArray(items.map((item, index) => [String(index), expected(item)]));
  }
  if (typeof input === "object") {
    return phpArray(
      Object.keys(input).map((key) => [key, expected((input as Record<string, unknown>)[key])]),
    );
  }
  if (typeof input === "boolean") return input ? "1" : "0";
  // A lone surrogate goes on the wire as U+FFFD, as URLSearchParams sends it.
  return String(input).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

/** A PHP array from entries: empty ones are not sent; keys exactly 0..n-1 in order make a list. */
function phpArray(entries: [string, PhpValue | undefined][]): PhpValue | undefined {
  const kept = entries.filter((entry): entry is [string, PhpValue] => entry[1] !== undefined);
  if (kept.length === 0) return undefined;
  if (kept.every(([key], index) => key === String(index))) return kept.map(([, v]) => v);
  return Object.fromEntries(kept);
}

const decode = (query: string) => decodePhpParams(new URLSearchParams(query));

describe("encodePhpQuery (property-based, against the fake's PHP decoder)", () => {
  test("never throws, whatever the parameters", () => {
    fc.assert(
      fc.property(params, (input) => {
        expect(typeof encodePhpQuery(input)).toBe("string");
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });

  test("decodes back to the same nested structure, minus null/undefined", () => {
    let pairs = 0;
    fc.assert(
      fc.property(params, (input) => {
        const query = encodePhpQuery(input);
        pairs += query === "" ? 0 : query.split("&").length;
        expect(decode(query)).toEqual(expected(input) ?? {});
      }),
      { numRuns: RUNS, seed: 11 },
    );
    printTable("encodePhpQuery round trip through the PHP decoder", [
      { runs: RUNS, "pairs encoded": pairs, mismatches: 0 },
    ]);
  });

  test("examples the properties hinge on", () => {
    expect(decode(encodePhpQuery({ daterange: [null, { start: "2024-01-01" }] }))).toEqual({
      daterange: [{ start: "2024-01-01" }],
    });
    expect(decode(encodePhpQuery({ filters: { OR: { id: [1, null, 2] } } }))).toEqual({
      filters: { OR: { id: ["1", "2"] } },
    });
    expect(decode(encodePhpQuery({ q: "a\uD800b" }))).toEqual({ q: "a\uFFFDb" });
  });
});
