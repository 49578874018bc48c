/**
 * One read of a raw-log zip served by the loopback server, in its own process: reports wall time, records and
 * peak RSS above the process's baseline (measured after a warm-up read of a small archive of the same kind).
 */
import { peakRss, report, scenarioInput } from "../lib/child.mjs";
import { readAllAtOnce } from "../lib/read-all-at-once.mjs";
import { rawLogReaders } from "./raw-log-readers.mjs";

const { reader, origin, file, warmupFile } = scenarioInput();

const readers = {
  /** The ceiling: the download alone, every chunk received and dropped. */
  "download only": async (zip) => {
    const response = await fetch(`${origin}/files/${zip}`);
    let bytes = 0;
    for await (const chunk of response.body) bytes += chunk.length;
    return { records: 0, bytes };
  },
  /** What pyoffers does: the whole archive in memory, inflated and parsed at once. */
  "all at once (pyoffers' way)": async (zip) => {
    const archive = new Uint8Array(await (await fetch(`${origin}/files/${zip}`)).arrayBuffer());
    return { records: readAllAtOnce(archive).length };
  },
  ...(await rawLogReaders(origin)),
};

const read = readers[reader];
if (!read) {
  report({ missing: true });
} else {
  await read(warmupFile);
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const { records } = await read(file);
  const ms = performance.now() - started;
  report({ ms, records, rssBefore, peakRss: peakRss() });
}
