#!/usr/bin/env node
/**
 * Runs one benchmark scenario under `node --cpu-prof` (server in its own process, as in the suite) and prints where
 * the client's CPU went, by package and by function. Profiles land in bench/.tmp/profiles/ for DevTools.
 *
 *   node bench/profile.mjs per-call <client> [summary|findById] [calls]   e.g. per-call @offerkit/trackofferz
 *   node bench/profile.mjs paginate <clicks|offers> <loop> [latencyMs] [busyMsPerPage] [pages] [passes]
 *   node bench/profile.mjs raw-logs <reader> <stored|deflated|data-descriptor> [mib]
 */
import { mkdirSync, rmSync } from "node:fs";
import { runChild } from "./lib/child.mjs";
import { ensureClicksZip } from "./lib/clicks-zip.mjs";
import { summariseProfile } from "./lib/cpu-profile.mjs";
import { tmpDir } from "./lib/paths.mjs";
import { startServer } from "./lib/server.mjs";

const [scenario, ...args] = process.argv.slice(2);
const server = await startServer();
const dir = `${tmpDir}profiles/${[scenario, ...args].join("-").replace(/[^\w.-]+/g, "_")}`;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const execArgv = ["--cpu-prof", `--cpu-prof-dir=${dir}`];

try {
  if (scenario === "per-call") {
    const [client, api = client.includes("hasoffers") ? "findById" : "summary", calls = "20000"] = args;
    const input = {
      base: server.base(),
      rounds: 1,
      block: Number(calls),
      warmup: 500,
      only: { api, client },
    };
    await runChild("per-call.mjs", input, { execArgv });
  } else if (scenario === "paginate") {
    const [api, loop, latency = "0", busyMsPerPage = "0", pages = "300", passes = "1"] = args;
    const pageSize = api === "clicks" ? 1000 : 100;
    const input = {
      api,
      loop,
      pageSize,
      busyMsPerPage: Number(busyMsPerPage),
      passes: Number(passes),
      base: server.base(Number(pages), Number(latency)),
    };
    await runChild("paginate.mjs", { ...input, warmupBase: server.base(3, 0) }, { execArgv });
  } else if (scenario === "raw-logs") {
    const [reader, kind, mib = "100"] = args;
    const zip = await ensureClicksZip(kind, Number(mib));
    const warmup = await ensureClicksZip(kind, 4);
    const input = { reader, origin: server.origin, file: zip.file, warmupFile: warmup.file };
    await runChild("raw-logs.mjs", input, { execArgv });
  } else {
    throw new Error("usage: node bench/profile.mjs per-call|paginate|raw-logs …");
  }
} finally {
  server.stop();
}

const { file, totalMs, byOwner, byFunction } = summariseProfile(dir);
const line = ({ name, ms, share }) =>
  `${ms.toFixed(1).padStart(9)} ms ${(share * 100).toFixed(1).padStart(5)}%  ${name}`;
console.log(`${file}\n${totalMs.toFixed(0)} ms sampled\n\nby package / subsystem:`);
console.log(byOwner.map(line).join("\n"));
console.log("\nby function (self time):");
console.log(byFunction.map(line).join("\n"));
