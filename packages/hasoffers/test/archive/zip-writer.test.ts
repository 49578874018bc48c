import { describe, expect, test } from "vitest";
import { writeZip, type ZipWriterEntry } from "../../src/archive/index.js";
import { collect, hasSystemZip, systemUnzip, zipBytes } from "./helpers.js";

const text = "id,name\n1,Zoë\n".repeat(300);
const layouts: [string, Partial<ZipWriterEntry>][] = [
  ["stored", { method: "store" }],
  ["deflated", { method: "deflate" }],
  ["stored with a data descriptor", { method: "store", dataDescriptor: true }],
  ["deflated with a data descriptor", { method: "deflate", dataDescriptor: true }],
  ["deflated with an unsigned data descriptor", { method: "deflate", dataDescriptor: "unsigned" }],
  ["deflated zip64", { method: "deflate", zip64: true }],
  ["deflated zip64 with a data descriptor", { method: "deflate", zip64: true, dataDescriptor: true }],
];

describe.skipIf(!hasSystemZip)("writeZip output, checked by Info-ZIP unzip", () => {
  test.each(layouts)("%s entries test clean and extract byte for byte", async (_, layout) => {
    const bytes = await zipBytes([
      { name: "dir/", ...layout },
      { name: "dir/a.csv", data: text, ...layout },
      { name: "empty.csv", data: "", ...layout },
    ]);
    expect(systemUnzip(bytes, ["-t"])).toContain("No errors detected");
    expect(systemUnzip(bytes, ["-p"])).toBe(text);
    const listing = systemUnzip(bytes, ["-Z1"]);
    expect(listing.trim().split("\n")).toEqual(["dir/", "dir/a.csv", "empty.csv"]);
  });
});

describe("writeZip", () => {
  test("writes the same bytes for the same input", async () => {
    const entries = () => [{ name: "a.csv", data: text }];
    expect(await zipBytes(entries())).toEqual(await zipBytes(entries()));
  });

  test("refuses a one-shot iterator when sizes must come first, and accepts it with a data descriptor", async () => {
    function* once() {
      yield new TextEncoder().encode(text);
    }
    await expect(zipBytes([{ name: "a.csv", data: once() }])).rejects.toThrow(TypeError);
    expect((await zipBytes([{ name: "a.csv", data: once(), dataDescriptor: true }])).length).toBeGreaterThan(
      0,
    );
  });

  test("pulls content only as the archive is read", async () => {
    let made = 0;
    function* chunks() {
      for (let i = 0; i < 1000; i++) {
        made += 1;
        yield new Uint8Array(64 * 1024).fill(i & 0xff);
      }
    }
    const reader = writeZip([
      { name: "big.bin", data: chunks(), method: "store", dataDescriptor: true },
    ]).getReader();
    for (let i = 0; i < 5; i++) await reader.read();
    expect(made).toBeLessThan(10);
    await reader.cancel();
  });

  test("cancelling the archive stream stops a deflated entry's producer", async () => {
    let finished = false;
    function* chunks() {
      try {
        for (let i = 0; i < 100_000; i++) yield new TextEncoder().encode(`${i},row\n`.repeat(100));
      } finally {
        finished = true;
      }
    }
    const stream = writeZip([{ name: "a.csv", data: chunks(), dataDescriptor: true }]);
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
    expect(await collect(writeZip([]))).toHaveLength(22);
  });
});
