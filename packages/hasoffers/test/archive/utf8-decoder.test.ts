import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Utf8StreamDecoder } from "../../src/archive/utf8-decoder.js";

function decodeInChunks(bytes: Uint8Array, sizes: number[]): string {
  const decoder = new Utf8StreamDecoder();
  let out = "";
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    out += decoder.decode(bytes.subarray(at, at + size));
    at += size;
  }
  return out + decoder.end();
}

const chunkSizes = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 6 });

describe("Utf8StreamDecoder", () => {
  test("decodes text however its bytes are chunked, characters cut at any byte", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), chunkSizes, (text, sizes) => {
        expect(decodeInChunks(new TextEncoder().encode(text), sizes)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  test("agrees with TextDecoder on arbitrary bytes, invalid sequences included", () => {
    const reference = new TextDecoder("utf-8", { ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), chunkSizes, (bytes, sizes) => {
        expect(decodeInChunks(bytes, sizes)).toBe(reference.decode(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  test("keeps a byte-order mark that is not at the start of the stream", () => {
    const bytes = new Uint8Array([0x61, 0xef, 0xbb, 0xbf, 0x62]);
    expect(decodeInChunks(bytes, [1])).toBe("a\uFEFFb");
  });
});
