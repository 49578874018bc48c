import { runChild } from "../lib/child.mjs";
import { ms, table } from "../lib/format.mjs";
import { median, rotate } from "../lib/stats.mjs";

const LIMIT_MS = 50;
const targets = [
  "Node's fetch classes alone (first touch of Headers)",
  "openapi-fetch",
  "@offerkit/trackofferz-core",
  "@offerkit/hasoffers-core",
  "@offerkit/trackofferz",
  "@offerkit/hasoffers",
];

/** Figure 5: import the built entry and construct a client, in a fresh process each time (runs interleaved). */
export async function coldStartFigure({ sizes }) {
  const samples = Object.fromEntries(targets.map((t) => [t, []]));
  const cpu = Object.fromEntries(targets.map((t) => [t, []]));
  for (let round = 0; round < sizes.coldStartRuns; round++) {
    for (const target of rotate(targets, round)) {
      const result = await runChild("cold-start.mjs", { target });
      if (result.missing) continue;
      samples[target].push(result.ms);
      cpu[target].push(result.cpuMs);
    }
  }
  const rows = targets.map((t) =>
    samples[t].length ? [t, ms(median(samples[t])), ms(median(cpu[t]))] : [t, "not built", "–"],
  );
  return {
    title: "5. Cold start",
    body:
      `Median of ${sizes.coldStartRuns} fresh processes: \`await import(<built ESM entry>)\` + constructing a client, ` +
      "from the first line of user code (Node's own boot not counted). CPU time of the same span alongside: on a " +
      "busy machine the wall time also counts waiting for a core.\n\n" +
      table(["package", "import + construct", "CPU time"], rows),
    targets: ["@offerkit/trackofferz", "@offerkit/hasoffers"].map((t) => {
      const m = samples[t].length ? median(samples[t]) : undefined;
      return {
        figure: `5. cold start: ${t}`,
        target: `< ${LIMIT_MS} ms`,
        measured: m === undefined ? "not built" : ms(m),
        met: m === undefined ? undefined : m < LIMIT_MS,
      };
    }),
  };
}
