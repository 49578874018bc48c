// Measures the raw-log reader by hand (not a test): throughput and peak RSS over a generated ~400 MiB clicks
// log, in a stored, a deflated and a deflated-with-data-descriptor zip; `records()` is the public path
// (`new RawLogs(transport).clicks.records(filename)`) over a transport that serves the zip from disk. Run from the repository root:
//   node packages/hasoffers/test/archive/measure.mjs [--mib 400] [--repeat 3] [--cpu-prof]
// Each case runs in its own process so its peak RSS (maxRSS) is its own.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../../..");
const work = join(tmpdir(), "offerkit-archive-measure");
const args = process.argv.slice(2);
const mib = Number(args[args.indexOf("--mib") + 1] ?? 400) || 400;

const outdir = join(work, "bundle");

/** Bundles the TypeScript sources once, in the parent, so the measured processes load plain JavaScript. */
async function bundle() {
  const { build } = await import("esbuild");
  await build({
    entryPoints: {
      archive: join(root, "packages/hasoffers/src/archive/index.ts"),
      clicks: join(here, "clicks-log.ts"),
      "raw-logs": join(root, "packages/hasoffers/src/raw-logs/index.ts"),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    alias: {
      "@offerkit/errors": join(root, "packages/errors/src/index.ts"),
      "@offerkit/request-engine": join(root, "packages/request-engine/src/index.ts"),
    },
    logLevel: "warning",
  });
}

async function loadModules() {
  return {
    archive: await import(join(outdir, "archive.js")),
    clicks: await import(join(outdir, "clicks.js")),
    rawLogs: await import(join(outdir, "raw-logs.js")),
  };
}

/**
 * The file as 64 KiB chunks, the size a network download arrives in. The file is read 1 MiB at a time and
 * re-sliced: reading it 64 KiB at a time cost more main-thread time in fs than the reader itself.
 */
async function* fileChunks(path) {
  for await (const block of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    for (let at = 0; at < block.length; at += 64 * 1024) yield block.subarray(at, at + 64 * 1024);
  }
}

async function prepare({ archive, clicks }) {
  mkdirSync(work, { recursive: true });
  const csv = join(work, `clicks-${mib}.csv`);
  const rows = Math.round((mib * 1024 * 1024) / 590);
  if (!existsSync(csv)) {
    const out = createWriteStream(csv);
    for (const chunk of clicks.clicksCsvChunks(rows, { chunkSize: 1024 * 1024 })) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
    }
    await new Promise((resolve) => out.end(resolve));
  }
  for (const kind of ["store", "deflate", "descriptor"]) {
    const zip = join(work, `clicks-${mib}-${kind}.zip`);
    if (existsSync(zip)) continue;
    const method = kind === "store" ? "store" : "deflate";
    const stream = archive.writeZip([
      {
        name: "clicks-1473418800-SlY9UO.csv",
        method,
        dataDescriptor: kind === "descriptor",
        data: () => fileChunks(csv),
      },
    ]);
    await stream.pipeTo(Writable.toWeb(createWriteStream(zip)));
  }
  return csv;
}

/** One case, in a child process: reads everything, prints one JSON line. */
async function runCase(name) {
  const { archive, rawLogs } = await loadModules();
  const [method, consumer] = name.split(":");
  const csv = join(work, `clicks-${mib}.csv`);
  const zip = join(work, `clicks-${mib}-${method}.zip`);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  let checksum = 0;
  if (consumer === "records") {
    for await (const record of archive.zipCsvRecords(fileChunks(zip))) {
      rows += 1;
      checksum += record.transaction_id.length;
    }
  } else if (consumer === "records()") {
    const transport = {
      call: async () => ({ link: "https://logs.example/clicks.zip" }),
      download: async () => ReadableStream.from(fileChunks(zip)),
    };
    const logs = new rawLogs.RawLogs(transport);
    for await (const record of logs.clicks.records("20160909/clicks-1473418800-SlY9UO.zip")) {
      rows += 1;
      checksum += record.transaction_id.length;
    }
  } else if (consumer === "batches") {
    for await (const batch of archive.zipCsvRowBatches(fileChunks(zip))) rows += batch.rows.length;
  } else if (consumer === "entries") {
    for await (const entry of archive.readZipEntries(fileChunks(zip))) {
      for await (const chunk of entry.stream) checksum += chunk.length;
    }
  } else if (consumer === "read-only") {
    for await (const chunk of fileChunks(csv)) checksum += chunk.length;
  } else if (consumer === "csv-only") {
    for await (const batch of archive.csvRowBatches(fileChunks(csv))) rows += batch.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const csvMiB = statSync(csv).size / 1024 / 1024;
  const zipMiB = statSync(method === "csv" ? csv : zip).size / 1024 / 1024;
  console.log(
    JSON.stringify({
      case: name,
      rows,
      csvMiB: +csvMiB.toFixed(1),
      inputMiB: +zipMiB.toFixed(1),
      seconds: +seconds.toFixed(2),
      csvMiBPerSecond: +(csvMiB / seconds).toFixed(0),
      cpuSeconds: +cpuSeconds.toFixed(2),
      csvMiBPerCpuSecond: +(csvMiB / cpuSeconds).toFixed(0),
      peakRssMiB: +(process.resourceUsage().maxRSS / 1024).toFixed(0),
      checksum,
    }),
  );
}

const caseIndex = args.indexOf("--case");
if (caseIndex >= 0) {
  await runCase(args[caseIndex + 1]);
} else {
  await bundle();
  await prepare(await loadModules());
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : undefined;
  const all = ["csv:read-only", "csv:csv-only"];
  for (const kind of ["store", "deflate", "descriptor"]) {
    for (const consumer of ["entries", "batches", "records", "records()"]) all.push(`${kind}:${consumer}`);
  }
  // `--only records()` keeps the cases of that consumer (or `--only store:records()`, one case).
  const cases = only ? all.filter((c) => only.includes(c) || only.includes(c.split(":")[1])) : all;
  // The machine may be shared: each case runs `--repeat` times and the fastest run is reported.
  const repeat = Number(args[args.indexOf("--repeat") + 1] ?? 1) || 1;
  const flags = args.includes("--cpu-prof") ? ["--cpu-prof", `--cpu-prof-dir=${join(work, "profiles")}`] : [];
  for (const name of cases) {
    const runs = [];
    for (let i = 0; i < repeat; i++) {
      const child = spawnSync(
        process.execPath,
        [...flags, fileURLToPath(import.meta.url), "--mib", String(mib), "--case", name],
        { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
      );
      runs.push(JSON.parse(child.stdout));
    }
    const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    best.bestCpuMiBPerSecond = Math.max(...runs.map((r) => r.csvMiBPerCpuSecond));
    best.maxPeakRssMiB = Math.max(...runs.map((r) => r.peakRssMiB));
    best.runs = repeat;
    console.log(JSON.stringify(best));
  }
}
