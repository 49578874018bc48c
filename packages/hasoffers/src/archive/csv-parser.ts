import { archiveError } from "./archive-error.js";

/** Options of the CSV parser. */
export interface CsvOptions {
  /**
   * Longest row accepted, counted in UTF-16 code units of the decoded text (never more than its UTF-8 bytes).
   * Bounds memory against a missing closing quote or newline. Default 1 MiB.
   */
  maxRowBytes?: number;
}

/** Default `maxRowBytes`: far above a real raw-log row (about 600 bytes), far below a memory problem. */
export const DEFAULT_MAX_ROW_BYTES = 1024 * 1024;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

/**
 * A push-based RFC 4180 parser: feed decoded text in chunks of any size with `push`, then call `end`. Each call
 * returns the rows completed so far. Handles quoted fields, doubled quotes, CR/LF inside quotes, LF or CRLF row
 * ends, a leading BOM, a last row without newline, and skips blank lines. Every row must have as many fields as
 * the first one (the header).
 *
 * Speed comes from scanning with `indexOf` over the chunk string and slicing fields out of it, never walking
 * characters one by one; a row cut by a chunk boundary is parsed again from its start with the next chunk.
 *
 * Errors are `InvalidResponseError`s with code `csv_malformed` or `csv_row_too_large` naming the 1-based line
 * where the row starts, never the row's content (raw logs hold personal data).
 */
export class CsvParser {
  readonly #maxRow: number;
  #rest = "";
  #line = 1;
  #width = -1;
  #started = false;
  #ended = false;

  constructor(options: CsvOptions = {}) {
    const max = options.maxRowBytes ?? DEFAULT_MAX_ROW_BYTES;
    if (!(max > 0)) throw new RangeError("maxRowBytes must be a positive number");
    this.#maxRow = max;
  }

  /** Field count of the first row, once it was parsed; -1 before. */
  get width(): number {
    return this.#width;
  }

  /** Parses the next chunk of text; returns the rows it completed (often several hundred). */
  push(text: string): string[][] {
    if (this.#ended) throw new Error("CsvParser.push after end");
    if (!this.#started) {
      if (text.length === 0) return [];
      this.#started = true;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    const rows: string[][] = [];
    let input = text;
    let start = 0;
    const rest = this.#rest;
    if (rest.length > 0) {
      const newline = text.indexOf("\n");
      if (newline === -1) {
        // No row can end in this chunk: keep it for later rather than parse a long row again for each chunk.
        this.#rest = rest + text;
        if (this.#rest.length > this.#maxRow) throw this.#tooLarge();
        return rows;
      }
      // Finish the row the last chunk cut on a small joined string, then go on in the chunk itself: scanning a
      // joined (cons) string is measurably slower than scanning the decoder's flat one.
      const joined = rest + text.slice(0, newline + 1);
      if (this.#parse(joined, 0, false, rows) === joined.length) {
        start = newline + 1;
      } else {
        input = rest + text;
      }
    }
    const used = this.#parse(input, start, false, rows);
    this.#rest = used === 0 ? input : input.slice(used);
    if (this.#rest.length > this.#maxRow) throw this.#tooLarge();
    return rows;
  }

  /** Parses what is left after the last chunk; throws if it ends inside a quoted field. */
  end(): string[][] {
    if (this.#ended) return [];
    this.#ended = true;
    const rows: string[][] = [];
    if (this.#rest.length > 0) this.#parse(this.#rest, 0, true, rows);
    this.#rest = "";
    return rows;
  }

  /**
   * Parses whole rows from `s`, from `start`, into `rows` and returns where the first incomplete row starts.
   * When `final` is false, a row may only end at a newline, and a quote or CR at the very end waits for more.
   */
  #parse(s: string, start: number, final: boolean, rows: string[][]): number {
    const length = s.length;
    const maxRow = this.#maxRow;
    let width = this.#width;
    let pos = start;
    let newline = s.indexOf("\n", start);
    if (newline === -1) newline = length;
    parsing: while (pos < length) {
      if (newline < pos) {
        newline = s.indexOf("\n", pos);
        if (newline === -1) newline = length;
      }
      const first = s.charCodeAt(pos);
      if (first === LF || (first === CR && pos + 1 === newline && newline < length)) {
        pos = newline + 1;
        this.#line += 1;
        continue;
      }
      if (first === CR && pos + 1 === length) {
        if (!final) break;
        pos = length;
        continue;
      }
      // Sized up front once the header gave the width: growing 57-field rows by push is measurably slower.
      const row: string[] = width > 0 ? new Array<string>(width) : [];
      let count = 0;
      let lines = 1;
      let i = pos;
      for (;;) {
        if (s.charCodeAt(i) === QUOTE) {
          let from = i + 1;
          // Most raw-log fields are empty strings (""): test the next character before paying for indexOf.
          let close = s.charCodeAt(from) === QUOTE ? from : s.indexOf('"', from);
          let value = "";
          let after: number;
          for (;;) {
            if (close === -1 || (close + 1 === length && !final)) {
              if (!final) break parsing;
              throw this.#malformed("ends inside a quoted field");
            }
            after = s.charCodeAt(close + 1);
            if (after !== QUOTE) break;
            value += s.slice(from, close + 1);
            from = close + 2;
            close = s.indexOf('"', from);
          }
          row[count++] = value.length > 0 ? value + s.slice(from, close) : s.slice(from, close);
          if (close > newline) {
            lines += countNewlines(s, i, close);
            newline = s.indexOf("\n", close);
            if (newline === -1) newline = length;
          }
          if (after === COMMA) {
            i = close + 2;
            continue;
          }
          i = close + 1;
        } else {
          const comma = s.indexOf(",", i);
          if (comma !== -1 && comma < newline) {
            row[count++] = s.slice(i, comma);
            i = comma + 1;
            continue;
          }
          const end = newline > i && s.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
          row[count++] = s.slice(i, end);
          i = newline;
        }
        const next = s.charCodeAt(i);
        if (next === COMMA) {
          i += 1;
          continue;
        }
        if (i === newline || (next === CR && i + 1 === newline)) {
          if (newline === length && !final) break parsing;
          i = newline + 1;
          break;
        }
        if (next === CR && i + 1 === length && !final) break parsing;
        throw this.#malformed("has text after a closing quote");
      }
      if (i - pos > maxRow) throw this.#tooLarge();
      if (width === -1) {
        width = count;
        this.#width = count;
      } else if (count !== width) {
        throw this.#malformed(`has ${count} fields where the header has ${width}`);
      }
      rows.push(row);
      this.#line += lines;
      pos = i;
    }
    return Math.min(pos, length);
  }

  #malformed(problem: string) {
    return archiveError("csv_malformed", `Raw-log CSV row at line ${this.#line} ${problem}`);
  }

  #tooLarge() {
    return archiveError(
      "csv_row_too_large",
      `Raw-log CSV row at line ${this.#line} is longer than maxRowBytes (${this.#maxRow})`,
    );
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let count = 0;
  for (let at = s.indexOf("\n", from); at !== -1 && at < to; at = s.indexOf("\n", at + 1)) count += 1;
  return count;
}
