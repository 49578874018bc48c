import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseHttpDate, parseRetryAfter } from "../src/index.js";

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

describe("parseRetryAfter", () => {
  test("reads delta-seconds as ms", () => {
    expect(parseRetryAfter("120", NOW)).toBe(120_000);
    expect(parseRetryAfter("0", NOW)).toBe(0);
    expect(parseRetryAfter(" 7 ", NOW)).toBe(7000);
    expect(parseRetryAfter("2.25", NOW)).toBe(2250);
  });

  test("reads the three HTTP-date forms as GMT", () => {
    expect(parseRetryAfter("Mon, 01 Jun 2026 12:00:30 GMT", NOW)).toBe(30_000);
    expect(parseRetryAfter("Monday, 01-Jun-26 12:01:00 GMT", NOW)).toBe(60_000);
    expect(parseRetryAfter("Mon Jun  1 12:00:05 2026", NOW)).toBe(5000);
    expect(parseRetryAfter("mon, 1 jun 2026 12:00:01 gmt", NOW)).toBe(1000);
  });

  test("gives nothing for a past or present date", () => {
    expect(parseRetryAfter("Mon, 01 Jun 2026 11:59:59 GMT", NOW)).toBeUndefined();
    expect(parseRetryAfter("Mon, 01 Jun 2026 12:00:00 GMT", NOW)).toBeUndefined();
  });

  test.each([
    null,
    undefined,
    "",
    "   ",
    "-5",
    "+5",
    "1e3",
    "0x10",
    "soon",
    "Infinity",
    "NaN",
    "5 seconds",
    "2026-06-01T12:00:30Z",
    "Mon, 01 Jun 2026 12:00:30 PST",
    "Mon, 31 Feb 2026 12:00:30 GMT",
    "Mon, 01 Jun 2026 25:00:30 GMT",
    "9".repeat(400),
  ])("gives nothing for %j", (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  test("property: never throws, never negative, never NaN, for any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[\d .:,a-zA-Z-]{0,40}$/)),
        fc.oneof(fc.integer(), fc.double()),
        (value, now) => {
          const ms = parseRetryAfter(value, now);
          if (ms !== undefined) {
            expect(Number.isNaN(ms)).toBe(false);
            expect(ms).toBeGreaterThanOrEqual(0);
            expect(Number.isFinite(ms)).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("property: any future date written as an IMF-fixdate gives the wait to it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * 365 * 86_400 }), (seconds) => {
        const at = NOW + seconds * 1000;
        expect(parseRetryAfter(new Date(at).toUTCString(), NOW)).toBe(seconds * 1000);
      }),
    );
  });
});

describe("parseHttpDate", () => {
  test("places RFC 850 two-digit years within 50 years of now", () => {
    expect(new Date(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", NOW) as number).getUTCFullYear()).toBe(
      1994,
    );
    expect(new Date(parseHttpDate("Sunday, 06-Nov-30 08:49:37 GMT", NOW) as number).getUTCFullYear()).toBe(
      2030,
    );
  });

  test("places two-digit years against the real clock when no usable now is given", () => {
    const year = new Date(
      parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", Number.NaN) as number,
    ).getUTCFullYear();
    expect(year % 100).toBe(94);
  });

  test("reads a leap second as the second before", () => {
    expect(parseHttpDate("Wed, 31 Dec 2025 23:59:60 GMT")).toBe(Date.UTC(2025, 11, 31, 23, 59, 59));
  });
});
