import * as zlib from "node:zlib";
import { describe, expect, test, vi } from "vitest";
import { selectCrc32, tableCrc32 } from "../../src/archive/crc32.js";
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

  // zlib.crc32 arrived in Node 20.15; it is an independent implementation to compare the table with.
  test.skipIf(typeof (zlib as { crc32?: unknown }).crc32 !== "function")(
    "the JavaScript table matches zlib on every length from 0 to 100 and on Buffers",
    () => {
      const zlibCrc = (zlib as unknown as { crc32(data: Uint8Array): number }).crc32;
      for (let length = 0; length <= 100; length++) {
        const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
        expect(tableCrc32(data)).toBe(zlibCrc(data));
        expect(tableCrc32(Buffer.from(data))).toBe(zlibCrc(data));
        expect(crc32(data)).toBe(zlibCrc(data));
      }
    },
  );
});

describe("choosing the CRC-32", () => {
  const check = new TextEncoder().encode("123456789");

  test("on Node the reader uses zlib's native crc32", () => {
    const native = (zlib as { crc32?: unknown }).crc32;
    expect(typeof native).toBe("function");
    expect(crc32).toBe(native);
  });

  test("without Node's modules (browsers, edge) the JavaScript table is used, and agrees with zlib", async () => {
    vi.resetModules();
    const spy = vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
    try {
      const portable = await import("../../src/archive/crc32.js");
      expect(spy).toHaveBeenCalledWith("node:zlib");
      expect(portable.crc32).toBe(portable.tableCrc32);
      expect(portable.crc32(check)).toBe(0xcbf43926);
      const zlibCrc = (zlib as unknown as { crc32(data: Uint8Array): number }).crc32;
      const data = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) & 0xff);
      expect(portable.crc32(data)).toBe(zlibCrc(data));
      expect(portable.crc32(data.subarray(33), portable.crc32(data.subarray(0, 33)))).toBe(zlibCrc(data));
    } finally {
      spy.mockRestore();
      vi.resetModules();
    }
  });

  test("a native crc32 that gives wrong answers (a partial compatibility layer) is not trusted", () => {
    expect(selectCrc32({ crc32: () => 0 })).toBe(tableCrc32);
    expect(
      selectCrc32({
        crc32: () => {
          throw new Error("not implemented");
        },
      }),
    ).toBe(tableCrc32);
    expect(selectCrc32(undefined)).toBe(tableCrc32);
    expect(selectCrc32({})).toBe(tableCrc32);
  });
});
