/**
 * Per-call overhead: every client makes the same small call in turn, `block` calls at a time, rotating the order each
 * round, all in one process so they share the JIT, the GC and the connection to the server. Reports each client's
 * median time per call and its ratio to bare fetch of the same URL.
 */
import { report, scenarioInput } from "../lib/child.mjs";
import { median, rotate } from "../lib/stats.mjs";
import { perCallClients } from "./per-call-clients.mjs";

const { base, rounds, block, warmup } = scenarioInput();
const apis = await perCallClients(base);
const result = {};

for (const [api, clients] of Object.entries(apis)) {
  const names = Object.keys(clients).filter((name) => clients[name]);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) for (let i = 0; i < warmup; i++) await clients[name]();
  for (let round = 0; round < rounds; round++) {
    for (const name of rotate(names, round)) {
      const call = clients[name];
      const times = samples[name];
      for (let i = 0; i < block; i++) {
        const started = performance.now();
        const value = await call();
        times.push(performance.now() - started);
        if (value === undefined || value === null) throw new Error(`${api}: ${name} returned nothing`);
      }
    }
  }
  const bare = median(samples["bare fetch"]);
  result[api] = Object.fromEntries(
    Object.keys(clients).map((name) => {
      const times = samples[name];
      if (!times) return [name, { missing: true }];
      const ms = median(times);
      return [name, { medianMs: ms, ratio: ms / bare, calls: times.length }];
    }),
  );
}

report(result);
