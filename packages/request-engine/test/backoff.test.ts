import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { backoffDelay, MAX_DELAY_MS } from "../src/index.js";

describe("backoffDelay", () => {
  test("is a uniformly jittered share of min(cap, base * 2^retry)", () => {
    expect(backoffDelay(0, { baseMs: 100, capMs: 10_000 }, () => 0.5)).toBe(50);
    expect(backoffDelay(3, { baseMs: 100, capMs: 10_000 }, () => 0.5)).toBe(400);
    expect(backoffDelay(10, { baseMs: 100, capMs: 10_000 }, () => 0.5)).toBe(5000);
  });

  test("defaults to base 500 ms and cap 8 s", () => {
    expect(backoffDelay(0, {}, () => 0.5)).toBe(250);
    expect(backoffDelay(20, {}, () => 0.5)).toBe(4000);
  });

  test("random 0 gives 0 and random just under 1 stays under the ceiling", () => {
    expect(backoffDelay(2, { baseMs: 100 }, () => 0)).toBe(0);
    expect(backoffDelay(2, { baseMs: 100 }, () => 1 - Number.EPSILON)).toBe(399);
  });

  test("a random outside [0, 1) is treated as 0", () => {
    for (const r of [1, 2, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(backoffDelay(2, { baseMs: 100 }, () => r)).toBe(0);
    }
  });

  test("NaN settings fall back to the defaults; negative ones mean no wait", () => {
    expect(backoffDelay(0, { baseMs: Number.NaN, capMs: Number.NaN }, () => 0.5)).toBe(250);
    expect(backoffDelay(0, { baseMs: -100 }, () => 0.5)).toBe(0);
    expect(backoffDelay(0, { capMs: -1 }, () => 0.5)).toBe(0);
  });

  test("a huge cap is held to the longest timer delay", () => {
    expect(backoffDelay(1000, { baseMs: 1e300, capMs: Number.POSITIVE_INFINITY }, () => 0.9999)).toBeLessThan(
      MAX_DELAY_MS,
    );
  });

  test("property: never outside [0, min(cap, base * 2^n)), whatever the inputs", () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308),
    );
    fc.assert(
      fc.property(
        anyNumber,
        fc.option(anyNumber),
        fc.option(anyNumber),
        anyNumber,
        (retry, baseMs, capMs, r) => {
          const options = { baseMs: baseMs ?? undefined, capMs: capMs ?? undefined };
          const delay = backoffDelay(retry, options, () => r);
          // The range the settings describe, with the documented readings of unusable values.
          const use = (v: number | undefined, d: number) =>
            v === undefined || Number.isNaN(v) ? d : Math.min(Math.max(0, v), MAX_DELAY_MS);
          const n = Number.isNaN(retry) ? 0 : Math.max(0, retry);
          const ceiling = Math.min(use(options.capMs, 8000), use(options.baseMs, 500) * 2 ** Math.min(n, 64));
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          if (ceiling > 0) expect(delay).toBeLessThan(ceiling);
          else expect(delay).toBe(0);
          expect(delay).toBeLessThanOrEqual(MAX_DELAY_MS);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
