import { toCents, ValidationError } from "@offerkit/trackofferz";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { resolveCents } from "../src/money.js";

describe("toCents", () => {
  test.each([
    [19.99, 1999],
    [0.29, 29],
    [12.5, 1250],
    [199, 19900],
    [0.1, 10],
    [1.1, 110],
    [4.35, 435],
    [1.15, 115],
    [0, 0],
    [-0, 0],
    [-12.5, -1250],
    [1e-2, 1],
    [123456789.12, 12345678912],
  ])("%d → %d cents exactly", (value, cents) => {
    expect(toCents(value, "payout")).toBe(cents);
    // The naive way drifts for several of these (19.99 * 100 === 1998.9999999999998).
  });

  test("is exact for every amount with at most two decimals up to ten trillion", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (cents) => {
        expect(toCents(cents / 100, "payout")).toBe(cents);
      }),
      { numRuns: 2_000 },
    );
  });

  test.each([1.005, 0.001, 1e-7, 0.1 + 0.2])(
    "rejects %d (more than two decimal places) rather than rounding money",
    (value) => {
      expect(() => toCents(value, "sale_amount")).toThrow(ValidationError);
      expect(() => toCents(value, "sale_amount")).toThrow(/sale_amount has more than 2 decimal places/);
    },
  );

  test.each([Number.NaN, Number.POSITIVE_INFINITY, "12.50", null, 1e21])("rejects %s", (value) => {
    const error = (() => {
      try {
        toCents(value, "payout");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ param: "payout", code: "invalid_amount" });
  });
});

describe("toCents in currencies whose minor unit is not a hundredth (ISO 4217)", () => {
  test.each([
    [500, "JPY", 500],
    [1250, "KRW", 1250],
    [1.234, "KWD", 1234],
    [0.5, "BHD", 500],
    [12.5, "USD", 1250],
    [12.5, "EUR", 1250],
    [1.2345, "CLF", 12345],
  ])("%d %s is %d minor units", (value, currency, minor) => {
    expect(toCents(value, "payout", currency)).toBe(minor);
  });

  test("refuses a fraction of a currency without a minor unit, and a fourth decimal of a three-decimal one", () => {
    expect(() => toCents(1.5, "payout", "JPY")).toThrow(/payout must be a whole number of JPY \(1.5\)/);
    expect(() => toCents(1.2345, "payout", "KWD")).toThrow(/payout has more than 3 decimal places/);
  });
});

describe("resolveCents", () => {
  test("takes either form, or both when they agree", () => {
    expect(resolveCents(12.5, undefined, "payout")).toBe(1250);
    expect(resolveCents(undefined, 1250, "payout")).toBe(1250);
    expect(resolveCents(12.5, 1250, "payout")).toBe(1250);
    expect(resolveCents(undefined, undefined, "payout")).toBeUndefined();
  });

  test("rejects two forms that disagree, naming the decimal parameter", () => {
    expect(() => resolveCents(12.5, 1200, "payout")).toThrow(
      /payout \(12.5\) and payout_cents \(1200\) disagree/,
    );
  });

  test("rejects cents that are not an integer", () => {
    expect(() => resolveCents(undefined, 12.5, "sale_amount")).toThrow(
      expect.objectContaining({ param: "sale_amount_cents" }),
    );
  });
});
