import { InvalidResponseError } from "@offerkit/errors";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CsvParser, csvRecords, csvRows } from "../../src/archive/index.js";
import { expectArchiveError } from "./helpers.js";

/** All rows of `chunks` (text or bytes), parsed through the streaming API. */
async function rowsOf(chunks: (string | Uint8Array)[], maxRowBytes?: number): Promise<string[][]> {
  const out: string[][] = [];
  for await (const row of csvRows(toStream(chunks), { maxRowBytes })) out.push(row);
  return out;
}

function toStream(chunks: (string | Uint8Array)[]): ReadableStream<string | Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** Every way of cutting `text` in two, which puts a chunk boundary at each position. */
async function expectSameAtEveryCut(text: string, expected: string[][]): Promise<void> {
  expect(await rowsOf([text])).toEqual(expected);
  for (let cut = 0; cut <= text.length; cut++) {
    expect(await rowsOf([text.slice(0, cut), text.slice(cut)])).toEqual(expected);
  }
}

describe("CSV parsing", () => {
  test("reads a header and rows into records keyed by column", async () => {
    const records = [];
    for await (const record of csvRecords(toStream(["id,name\n1,Ann\n2,Bob\n"]))) records.push(record);
    expect(records).toEqual([
      { id: "1", name: "Ann" },
      { id: "2", name: "Bob" },
    ]);
  });

  test("unquotes quoted fields, keeps commas inside them and turns doubled quotes into one", async () => {
    await expectSameAtEveryCut('a,b,c\n"x, y","say ""hi""",""\n"""",plain,""""""\n', [
      ["a", "b", "c"],
      ["x, y", 'say "hi"', ""],
      ['"', "plain", '""'],
    ]);
  });

  test("keeps LF, CR and CRLF inside quoted fields", async () => {
    await expectSameAtEveryCut('a,b\n"line1\nline2","cr\rlf\r\n"\r\n', [
      ["a", "b"],
      ["line1\nline2", "cr\rlf\r\n"],
    ]);
  });

  test("accepts CRLF and LF row ends, even mixed", async () => {
    await expectSameAtEveryCut('a,b\r\n1,2\n"3",4\r\n5,"6"\r\n', [
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  test("drops a UTF-8 byte-order mark, whether given as bytes or as text", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("id\n1\n")]);
    expect(await rowsOf([bytes])).toEqual([["id"], ["1"]]);
    expect(await rowsOf([bytes.subarray(0, 2), bytes.subarray(2)])).toEqual([["id"], ["1"]]);
    expect(await rowsOf(["\uFEFFid\n1\n"])).toEqual([["id"], ["1"]]);
  });

  test("reads a last row without a newline, quoted or not", async () => {
    await expectSameAtEveryCut("a,b\n1,2", [
      ["a", "b"],
      ["1", "2"],
    ]);
    await expectSameAtEveryCut('a,b\n1,"2"', [
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  test("skips blank lines, trailing or between rows", async () => {
    await expectSameAtEveryCut("a,b\n1,2\n\n3,4\r\n\r\n\n", [
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  test("reads empty fields, quoted or not, and a trailing comma as a last empty field", async () => {
    await expectSameAtEveryCut('a,b,c\n,,\n"",,""\n1,2,\n', [
      ["a", "b", "c"],
      ["", "", ""],
      ["", "", ""],
      ["1", "2", ""],
    ]);
  });

  test("decodes multi-byte UTF-8 split across chunks", async () => {
    const bytes = new TextEncoder().encode("name\nZoë 🚀\n");
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await rowsOf([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([["name"], ["Zoë 🚀"]]);
    }
  });

  test("yields nothing for empty input, and no records for a header alone", async () => {
    expect(await rowsOf([])).toEqual([]);
    expect(await rowsOf([""])).toEqual([]);
    const records = [];
    for await (const record of csvRecords(toStream(["a,b\n"]))) records.push(record);
    expect(records).toEqual([]);
  });

  test("keeps a __proto__ column as an ordinary property, and a repeated column's last value", async () => {
    const records = [];
    for await (const record of csvRecords(toStream(["__proto__,x,x\nevil,1,2\n"]))) records.push(record);
    expect(Object.getPrototypeOf(records[0])).toBe(Object.prototype);
    expect(Object.keys(records[0]!)).toEqual(["__proto__", "x"]);
    expect(records[0]!.x).toBe("2");
    expect(Object.getOwnPropertyDescriptor(records[0], "__proto__")?.value).toBe("evil");
  });
});

describe("CSV errors", () => {
  test("a row with a different field count is csv_malformed with its line, counting newlines in quotes", async () => {
    const error = await expectArchiveError(rowsOf(['a,b\n"multi\nline",1\n1,2\n1,2,3\n']), "csv_malformed");
    expect(error.message).toContain("line 5");
    expect(error.message).toContain("3 fields where the header has 2");
  });

  test("input ending inside a quoted field is csv_malformed", async () => {
    const error = await expectArchiveError(rowsOf(['a,b\n1,"never closed\n']), "csv_malformed");
    expect(error.message).toContain("line 2");
  });

  test("text after a closing quote is csv_malformed", async () => {
    await expectArchiveError(rowsOf(['a,b\n"x"y,1\n']), "csv_malformed");
  });

  test("a row longer than maxRowBytes is csv_row_too_large, in one chunk or growing across many", async () => {
    const long = `a,b\n1,2\n3,${"9".repeat(5000)}\n`;
    const error = await expectArchiveError(rowsOf([long], 1000), "csv_row_too_large");
    expect(error.message).toContain("line 3");
    const chunks = ['a,b\n1,"', ...Array.from({ length: 100 }, () => "x".repeat(100))];
    await expectArchiveError(rowsOf(chunks, 1000), "csv_row_too_large");
  });

  test("error messages never quote the row (raw logs hold personal data)", async () => {
    const error = await expectArchiveError(
      rowsOf(["email,ip\nann@example.com,10.0.0.1,extra\n"]),
      "csv_malformed",
    );
    expect(JSON.stringify(error)).not.toMatch(/example\.com|10\.0\.0\.1/);
    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  test("push after end is a usage error", () => {
    const parser = new CsvParser();
    parser.end();
    expect(() => parser.push("a")).toThrow(/after end/);
  });
});

describe("CSV round trip (property)", () => {
  const field = fc.string({ unit: fc.constantFrom("a", "Z", "é", "🚀", " ", ",", '"', "\r", "\n", "x") });

  function encode(rows: string[][], quoteAll: boolean, eol: string): string {
    const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
    return rows
      .map((row) => {
        const line = row.map((v) => (quoteAll || /[",\r\n]/.test(v) ? quote(v) : v)).join(",");
        // A lone empty field would be a blank line, which the parser skips: RFC 4180 writers quote it.
        return line === "" ? '""' : line;
      })
      .join(eol);
  }

  test("parses back what an RFC 4180 writer wrote, however the text is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
          ),
        fc.boolean(),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (rows, quoteAll, eol, finalNewline, sizes) => {
          const text = encode(rows, quoteAll, eol) + (finalNewline ? eol : "");
          const bytes = new TextEncoder().encode(text);
          const chunks: Uint8Array[] = [];
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const size = sizes[i % sizes.length]!;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          expect(await rowsOf(chunks)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
