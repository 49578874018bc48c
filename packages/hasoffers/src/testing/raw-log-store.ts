import { writeZip, type ZipWriterEntry } from "../archive/index.js";
import { Random } from "./random.js";
import { csvChunks, LOG_TYPES, type LogType, logColumns } from "./raw-log-rows.js";

/** How one raw-log archive is laid out. */
export interface RawLogLayout {
  /** `"stored"` (as the recorded sample) or `"deflated"`. Default `"stored"`. */
  compression?: "stored" | "deflated";
  /** Sizes and CRC after the data (flag bit 3), as streaming zip writers do; `"unsigned"` omits its signature. */
  dataDescriptor?: boolean | "unsigned";
  /** CSV members the rows are split across, each with its own header. Default 1 (as recorded). */
  members?: number;
  /** Adds a non-CSV member (`README.txt`) before the CSV ones, which readers must skip. */
  extraMember?: boolean;
}

/** One hourly log file of the fake network. */
export interface RawLogFile extends Required<Omit<RawLogLayout, "extraMember">> {
  logType: LogType;
  /** `20160909/clicks-1473411600-SlY9UO.zip` */
  filename: string;
  dirName: string;
  startTimestamp: number;
  displayName: string;
  /** Data rows across all members (0 for an archive given as bytes). */
  rows: number;
  extraMember: boolean;
  /** A verbatim archive (e.g. the recorded sample, or a corrupt one) served instead of a generated one. */
  bytes?: Uint8Array;
}

/** Options of `fake.rawLogs.addFile()`. */
export interface AddRawLogFile extends RawLogLayout {
  logType?: LogType;
  /** The hour the file starts, as epoch seconds. Default: one hour after the type's newest file. */
  startTimestamp?: number;
  rows?: number;
  bytes?: Uint8Array;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Sep 9, 2016` */
export function dayLabel(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** `Sep 9, 2016 - 09:00 am` */
function hourLabel(date: Date): string {
  const h = date.getUTCHours();
  const twelve = h % 12 === 0 ? 12 : h % 12;
  return `${dayLabel(date)} - ${String(twelve).padStart(2, "0")}:00 ${h < 12 ? "am" : "pm"}`;
}

/** The raw-log files of the fake network: listing, and the archive bytes each one downloads as. */
export class RawLogStore {
  readonly files = new Map<string, RawLogFile>();
  #random = new Random(1);
  /** Defaults for files added without a layout. */
  defaults: Required<Omit<RawLogLayout, "extraMember">> & { rows: number } = {
    compression: "stored",
    dataDescriptor: false,
    members: 1,
    rows: 2,
  };

  /** Sets the seed of the random name suffixes. */
  reseed(seed: number | string): void {
    this.#random = new Random(seed);
  }

  clear(): void {
    this.files.clear();
  }

  /** Adds one hourly file; returns it. */
  addFile(options: AddRawLogFile = {}): RawLogFile {
    const logType = options.logType ?? "clicks";
    if (!LOG_TYPES.includes(logType)) throw new TypeError(`Unknown log type ${logType}`);
    const newest = this.list(logType)[0];
    const startTimestamp = options.startTimestamp ?? (newest ? newest.startTimestamp + 3600 : 1473411600);
    const date = new Date(startTimestamp * 1000);
    const dirName = date.toISOString().slice(0, 10).replace(/-/g, "");
    const suffix = this.#random.chars(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    const file: RawLogFile = {
      logType,
      filename: `${dirName}/${logType}-${startTimestamp}-${suffix}.zip`,
      dirName,
      startTimestamp,
      displayName: hourLabel(date),
      rows: options.bytes ? 0 : (options.rows ?? this.defaults.rows),
      compression: options.compression ?? this.defaults.compression,
      dataDescriptor: options.dataDescriptor ?? this.defaults.dataDescriptor,
      members: Math.max(1, options.members ?? this.defaults.members),
      extraMember: options.extraMember ?? false,
      ...(options.bytes ? { bytes: options.bytes } : {}),
    };
    this.files.set(file.filename, file);
    return file;
  }

  /** Files of a type, newest first (the API's order). */
  list(logType: LogType, dirName?: string): RawLogFile[] {
    return [...this.files.values()]
      .filter((f) => f.logType === logType && (dirName === undefined || f.dirName === dirName))
      .sort((a, b) => b.startTimestamp - a.startTimestamp);
  }

  /** Day directories of a type, newest first. */
  dateDirs(logType: LogType): { displayName: string; dirName: string }[] {
    const seen = new Map<string, string>();
    for (const f of this.list(logType)) {
      if (!seen.has(f.dirName)) seen.set(f.dirName, dayLabel(new Date(f.startTimestamp * 1000)));
    }
    return [...seen].map(([dirName, displayName]) => ({ displayName, dirName }));
  }

  /** The rows of member `index` of a file: `[from, to)` of the file's row numbers. */
  #memberRange(file: RawLogFile, index: number): [number, number] {
    const per = Math.ceil(file.rows / file.members);
    return [Math.min(file.rows, index * per), Math.min(file.rows, (index + 1) * per)];
  }

  /** The records a file holds, in archive order, as a reader should yield them (for assertions). */
  *records(filename: string): Generator<Record<string, string>> {
    const file = this.files.get(filename);
    if (!file || file.bytes) return;
    const columns = logColumns(file.logType);
    for (let m = 0; m < file.members; m++) {
      const [from, to] = this.#memberRange(file, m);
      const text = [...csvChunks(file.logType, file.filename, file.startTimestamp, from, to)].join("");
      for (const row of parseSimpleCsv(text).slice(1)) {
        yield Object.fromEntries(columns.map((c, i) => [c, row[i] ?? ""]));
      }
    }
  }

  /** The archive a file downloads as, produced as it is read (bounded memory for any row count). */
  archive(file: RawLogFile): ReadableStream<Uint8Array> {
    if (file.bytes) {
      const bytes = file.bytes;
      return new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice());
          controller.close();
        },
      });
    }
    const base = file.filename.slice(file.dirName.length + 1, -".zip".length);
    const entries: ZipWriterEntry[] = [];
    if (file.extraMember) entries.push({ name: "README.txt", data: "Raw log export\n", method: "store" });
    const encoder = new TextEncoder();
    for (let m = 0; m < file.members; m++) {
      const [from, to] = this.#memberRange(file, m);
      entries.push({
        name: file.members === 1 ? `${base}.csv` : `${base}-part${m + 1}.csv`,
        method: file.compression === "deflated" ? "deflate" : "store",
        dataDescriptor: file.dataDescriptor,
        // A function, so the writer can read the content twice when it needs sizes up front.
        data: () => {
          const chunks = csvChunks(file.logType, file.filename, file.startTimestamp, from, to);
          return (function* () {
            for (const text of chunks) yield encoder.encode(text);
          })();
        },
      });
    }
    return rechunk(writeZip(entries), MAX_CHUNK);
  }
}

/** Largest chunk the fake's downloads deliver: about what a socket read gives, so readers see realistic chunking. */
const MAX_CHUNK = 64 * 1024;

/** Splits a stream's chunks to at most `size` bytes, pulling from the source only as the reader reads. */
function rechunk(source: ReadableStream<Uint8Array>, size: number): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let pending: Uint8Array | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!pending || pending.length === 0) {
          const { done, value } = await reader.read();
          if (done) {
            controller.close();
            return;
          }
          pending = value;
        }
        controller.enqueue(pending.subarray(0, size));
        pending = pending.subarray(size);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

/** A small CSV reader for the fake's own assertions (the SDK's parser is what the tests exercise). */
function parseSimpleCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
