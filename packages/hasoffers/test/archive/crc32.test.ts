import * as zlib from "node:zlib";
import { describe, expect, test } from "vitest";
import { crc32 } from "../../src/archive/index.js";

describe("crc32", () => {
  test("gives the standard check value of CRC-32/ISO-HDLC", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  test("continues across chunks: the CRC of a whole equals the CRC carried through its parts", () => {
    const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) & 0xff);
    const whole = crc32(data);
    for (const cut of [0, 1, 15, 16, 17, 500, 999, 1000]) {
      expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut)))).toBe(whole);
    }
  });

  // zlib.crc32 arrived in Node 20.15; it is an independent implementation to compare with.
  test.skipIf(typeof (zlib as { crc32?: unknown }).crc32 !== "function")(
    "matches zlib on every length from 0 to 100 and on Buffers",
    () => {
      const zlibCrc = (zlib as unknown as { crc32(data: Uint8Array): number }).crc32;
      for (let length = 0; length <= 100; length++) {
        const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
        expect(crc32(data)).toBe(zlibCrc(data));
        expect(crc32(Buffer.from(data))).toBe(zlibCrc(data));
      }
    },
  );
});
