import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createRedactor, MASK, redactHeaders } from "../src/index.js";

const KEY = "tofz_sk_live_4f9a8b7c6d5e";
const TOKEN = "NETabc123XYZ789token";

describe("createRedactor", () => {
  const redact = createRedactor([KEY, TOKEN]);

  test("masks a known secret raw, URL-encoded, form-encoded and JSON-escaped", () => {
    const odd = 's3cr3t/with+odd chars&"quotes"';
    const r = createRedactor([odd]);
    for (const form of [
      odd,
      encodeURIComponent(odd),
      encodeURIComponent(odd).toLowerCase(),
      new URLSearchParams({ k: odd }).toString().slice(2),
      JSON.stringify(odd).slice(1, -1),
    ]) {
      expect(r(`before ${form} after`)).toBe(`before ${MASK} after`);
    }
  });

  test("masks the TrackOfferz key wherever it appears, even unknown ones", () => {
    expect(createRedactor()("Authorization: Bearer tofz_sk_other_key")).toBe(`Authorization: Bearer ${MASK}`);
    expect(createRedactor()("key tofz_sk_abc-DEF_123 leaked")).toBe(`key tofz_sk_${MASK} leaked`);
  });

  test("masks the HasOffers NetworkToken in query strings and JSON echoes, even unknown ones", () => {
    const r = createRedactor();
    expect(r("https://x.api.hasoffers.com/Apiv3/json?NetworkToken=NETzzz&Target=Offer")).toBe(
      `https://x.api.hasoffers.com/Apiv3/json?NetworkToken=${MASK}&Target=Offer`,
    );
    expect(r("q=NetworkToken%3DNETzzz%26x")).toBe(`q=NetworkToken%3D${MASK}%26x`);
    expect(r('{"request":{"NetworkToken": "NETzzz","Method":"findAll"}}')).toBe(
      `{"request":{"NetworkToken": "${MASK}","Method":"findAll"}}`,
    );
    expect(r('"message":"{\\"NetworkToken\\":\\"NETzzz\\"}"')).toBe(
      `"message":"{\\"NetworkToken\\":\\"${MASK}\\"}"`,
    );
    expect(r("api_key=abc123&x=1")).toBe(`api_key=${MASK}&x=1`);
  });

  test("masks presigned link signatures and credentials", () => {
    const r = createRedactor();
    const link =
      "https://bucket.s3.amazonaws.com/logs.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20260601&X-Amz-Security-Token=FQo&X-Amz-Signature=deadbeef";
    const out = r(link);
    expect(out).not.toMatch(/AKIA|FQo|deadbeef/);
    expect(out).toContain("X-Amz-Algorithm=AWS4-HMAC-SHA256");
    expect(r("https://b.s3.amazonaws.com/f?AWSAccessKeyId=AKIA&Expires=1&Signature=abc%3D")).toBe(
      `https://b.s3.amazonaws.com/f?AWSAccessKeyId=${MASK}&Expires=1&Signature=${MASK}`,
    );
    expect(r("https://storage.googleapis.com/b/o?X-Goog-Signature=abc")).not.toContain("abc");
    expect(r("https://a.blob.core.windows.net/c/b?sv=1&sig=abc%2B")).toBe(
      `https://a.blob.core.windows.net/c/b?sv=1&sig=${MASK}`,
    );
  });

  test("masks overlapping and adjacent occurrences", () => {
    const r = createRedactor(["abab"]);
    expect(r("xabababx")).toBe(`x${MASK}x`);
    expect(r("ababab")).toBe(MASK);
  });

  test("never lets the mask spell a secret again", () => {
    const r = createRedactor(["D]zz"]);
    expect(r("D]zzzz")).not.toContain("D]zz");
  });

  test("masks the whole text when masking keeps spelling the secret again", () => {
    expect(createRedactor(["D]zz"])(`D]${"z".repeat(40)}`)).toBe(MASK);
  });

  test("a secret with a lone surrogate is still masked raw", () => {
    const odd = "ab\uD800cd";
    expect(createRedactor([odd])(`x${odd}y`)).toBe(`x${MASK}y`);
  });

  test("ignores secrets too short to mask meaningfully, and non-strings", () => {
    const r = createRedactor(["abc", undefined, "", 42 as unknown as string]);
    expect(r("abc abc")).toBe("abc abc");
  });

  test("leaves text without secrets as it is", () => {
    expect(redact("GET https://trackofferz.com/api/v1/reports/summary?from=2026-06-01")).toBe(
      "GET https://trackofferz.com/api/v1/reports/summary?from=2026-06-01",
    );
  });

  test("property: a secret embedded anywhere in arbitrary text, raw or URL-encoded, never survives", () => {
    // Characters of the mask itself and of URL syntax make the hard cases; any UTF-16 unit makes the rest.
    const unit = fc.oneof(
      fc.constantFrom(...'D][REACT%+ &="\\/'),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    );
    const text = fc.string({ unit, maxLength: 30 });
    // Secrets that begin with the end of the mask or end with its start, with their tail repeated around them,
    // are the ones whose masked form could spell them again.
    const edge = fc.constantFrom("", "]", "D]", "ED]", "TED]", "[", "[R", "[RE");
    const secret = fc
      .tuple(edge, fc.string({ unit, minLength: 1, maxLength: 20 }), fc.boolean())
      .map(([e, tail, front]) => ({ secret: front ? `${e}${tail}` : `${tail}${e}`, tail }))
      .filter(({ secret: s }) => s.length >= 4 && !MASK.includes(s));
    const encode = (s: string) => {
      try {
        return encodeURIComponent(s);
      } catch {
        return s;
      }
    };
    fc.assert(
      fc.property(secret, text, text, fc.boolean(), ({ secret: s, tail }, before, after, encoded) => {
        const form = encoded ? encode(s) : s;
        const out = createRedactor([s])(`${before}${tail}${form}${tail}${tail}${after}${form}`);
        expect(out.includes(s)).toBe(false);
        expect(out.includes(encode(s))).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  test("property: realistic keys and tokens never survive in URLs, headers or JSON", () => {
    const key = fc.stringMatching(/^tofz_sk_[A-Za-z0-9_-]{8,40}$/);
    const token = fc.stringMatching(/^NET[A-Za-z0-9]{8,40}$/);
    fc.assert(
      fc.property(key, token, fc.string(), (k, t, noise) => {
        const r = createRedactor([k, t]);
        const text = [
          `https://x.api.hasoffers.com/Apiv3/json?NetworkToken=${t}&Target=Offer${noise}`,
          `Authorization: Bearer ${k}`,
          JSON.stringify({ request: { NetworkToken: t }, message: `${noise}${k}` }),
          encodeURIComponent(`${noise}${k}${t}`),
        ].join("\n");
        const out = r(text);
        expect(out).not.toContain(k);
        expect(out).not.toContain(t);
      }),
    );
  });
});

describe("redactHeaders", () => {
  test("masks credential headers whole and redacts the others", () => {
    const redact = createRedactor(["NETtoken1234"]);
    const headers = new Headers({
      Authorization: `Bearer ${KEY}`,
      Cookie: "session=1",
      "X-Api-Key": "k",
      "Proxy-Authorization": "Basic x",
      "X-Echo": "token NETtoken1234",
      Accept: "application/json",
    });
    expect(redactHeaders(headers, redact)).toEqual({
      authorization: MASK,
      cookie: MASK,
      "x-api-key": MASK,
      "proxy-authorization": MASK,
      "x-echo": `token ${MASK}`,
      accept: "application/json",
    });
  });

  test("reads a plain object the same way, names in lower case", () => {
    const redact = createRedactor(["NETtoken1234"]);
    expect(
      redactHeaders(
        { Authorization: `Bearer ${KEY}`, "X-Echo": "token NETtoken1234", accept: "a/b" },
        redact,
      ),
    ).toEqual({ authorization: MASK, "x-echo": `token ${MASK}`, accept: "a/b" });
  });
});
