/**
 * Per-call overhead: every client makes the same small call in turn, `block` calls at a time, rotating the order each
 * round, all in one process so they share the JIT, the GC and the connection to the server. Reports each client's
 * median time per call and its ratio to bare fetch of the same URL.
 */
import { report, scenarioInput } from "../lib/child.mjs";
import { median, rotate } from "../lib/stats.mjs";
import { perCallClients } from "./per-call-clients.mjs";

const { base, rounds, block, warmup, only } = scenarioInput();
const all = await perCallClients(base);
// `only` (profiling): one client of one API, with its bare-fetch baseline dropped.
const apis = only ? { [only.api]: { [only.client]: all[only.api][only.client] } } : all;
const result = {};

for (const [api, clients] of Object.entries(apis)) {
  const names = Object.keys(clients).filter((name) => clients[name]);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const cpu = Object.fromEntries(names.map((name) => [name, 0]));
  for (const name of names) for (let i = 0; i < warmup; i++) await clients[name]();
  for (let round = 0; round < rounds; round++) {
    for (const name of rotate(names, round)) {
      const call = clients[name];
      const times = samples[name];
      const before = process.cpuUsage();
      for (let i = 0; i < block; i++) {
        const started = performance.now();
        const value = await call();
        times.push(performance.now() - started);
        if (value === undefined || value === null) throw new Error(`${api}: ${name} returned nothing`);
      }
      const used = process.cpuUsage(before);
      cpu[name] += used.user + used.system;
    }
  }
  const bare = median(samples["bare fetch"] ?? [Number.NaN]);
  result[api] = Object.fromEntries(
    Object.keys(clients).map((name) => {
      const times = samples[name];
      if (!times) return [name, { missing: true }];
      const ms = median(times);
      // Client CPU per call: less disturbed by a busy machine than wall time, and it is what the SDK adds.
      const cpuMs = cpu[name] / 1000 / times.length;
      return [name, { medianMs: ms, ratio: ms / bare, cpuMs, calls: times.length }];
    }),
  );
}

report(result);
