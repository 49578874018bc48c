/**
 * One read of a raw-log zip served by the loopback server, in its own process: reports wall time, records and
 * peak RSS above the process's baseline (measured after a warm-up read of a small archive of the same kind).
 */
import { peakRss, report, scenarioInput } from "../lib/child.mjs";
import { readAllAtOnce } from "../lib/read-all-at-once.mjs";
import { rawLogReaders } from "./raw-log-readers.mjs";

const { reader, url, warmupUrl } = scenarioInput();

const readers = {
  /** The ceiling: the download alone, every chunk received and dropped. */
  "download only": async (link) => {
    const response = await fetch(link);
    let bytes = 0;
    for await (const chunk of response.body) bytes += chunk.length;
    return { records: 0, bytes };
  },
  /** What pyoffers does: the whole archive in memory, inflated and parsed at once. */
  "all at once (pyoffers' way)": async (link) => {
    const archive = new Uint8Array(await (await fetch(link)).arrayBuffer());
    return { records: readAllAtOnce(archive).length };
  },
  ...(await rawLogReaders()),
};

const read = readers[reader];
if (!read) {
  report({ missing: true });
} else {
  await read(warmupUrl);
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const { records } = await read(url);
  const ms = performance.now() - started;
  report({ ms, records, rssBefore, peakRss: peakRss() });
}
