/**
 * Cold start, in a fresh process: time from the first line of user code to a constructed client, i.e. loading the
 * built ESM entry (and everything it imports) plus the constructor. Node's own boot is not counted.
 */
const started = performance.now();
const { target } = JSON.parse(process.argv[2] ?? "{}");
const { credentials, importBuilt, importOpenapiFetch } = await import("../lib/packages.mjs");
const helpersLoaded = performance.now();
const { apiKey, networkId, networkToken } = credentials;

const targets = {
  // Node loads its fetch implementation (undici) lazily, on first touch of `Request`, `Headers` or `Response`
  // (calling `fetch` does it too): every client pays it once, openapi-fetch already at `createClient`.
  "Node's fetch classes alone (first touch of Headers)": async () => typeof globalThis.Headers === "function",
  "openapi-fetch": async () => (await importOpenapiFetch())({ baseUrl: "https://trackofferz.com/api/v1" }),
  "@offerkit/trackofferz-core": async () =>
    (await importBuilt("trackofferz-core"))?.createTrackOfferzClient({ apiKey }),
  "@offerkit/hasoffers-core": async () =>
    (await importBuilt("hasoffers-core"))?.createHasOffersClient({ networkId, networkToken }),
  "@offerkit/trackofferz": async () => {
    const mod = await importBuilt("trackofferz");
    return mod && new mod.TrackOfferz({ apiKey });
  },
  "@offerkit/hasoffers": async () => {
    const mod = await importBuilt("hasoffers");
    return mod && new mod.HasOffers({ networkId, networkToken });
  },
};

const cpuBefore = process.cpuUsage();
const begin = performance.now();
const client = await targets[target]();
const ms = performance.now() - begin;
// CPU time of the same span: what loading costs on a machine where other work competes for the cores.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const result = client ? { ms, cpuMs, helpersMs: helpersLoaded - started } : { missing: true };
process.send(result, () => process.exit(0));
