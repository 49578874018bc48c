import { runChild } from "../lib/child.mjs";
import { ms, ratio, table } from "../lib/format.mjs";

const LIMIT = 1.2;

/**
 * Figure 1: median time per small call, each client against bare fetch + JSON.parse of the same URL, all clients
 * interleaved in one client process (the server runs in another).
 */
export async function perCallFigure({ server, sizes }) {
  const result = await runChild("per-call.mjs", { base: server.base(), ...sizes.perCall });
  const rows = [];
  const targets = [];
  for (const [api, label] of [
    ["summary", "TrackOfferz `reports.summary()`"],
    ["findById", "HasOffers `offers.findById()`"],
  ]) {
    for (const [client, m] of Object.entries(result[api])) {
      rows.push([
        label,
        client,
        m.missing ? "not built" : ms(m.medianMs),
        m.missing ? "–" : ratio(m.ratio),
        m.missing ? "–" : ms(m.cpuMs),
      ]);
    }
    const sdk = Object.entries(result[api]).at(-1)[1];
    targets.push({
      figure: `1. per call: ${label}`,
      target: `≤ ${LIMIT}× bare fetch`,
      measured: sdk.missing ? "not built" : ratio(sdk.ratio),
      met: sdk.missing ? undefined : sdk.ratio <= LIMIT,
    });
  }
  const { rounds, block } = sizes.perCall;
  return {
    title: "1. Per-call overhead",
    body:
      `Median of ${rounds} rounds × ${block} sequential calls per client, clients interleaved, keep-alive loopback.\n\n` +
      table(["call", "client", "median per call", "vs bare fetch", "client CPU per call"], rows),
    targets,
  };
}
