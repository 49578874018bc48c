#!/usr/bin/env node
// The README demo: both SDKs against their local fake APIs (no key, no network). Filled in by the SDK packages.
console.log("offerkit demo: packages built:");
for (const name of ["errors", "request-engine", "trackofferz-core", "hasoffers-core"]) {
  const mod = await import(`../packages/${name}/dist/index.js`);
  console.log(`  @offerkit/${name}: ${Object.keys(mod).sort().join(", ")}`);
}
