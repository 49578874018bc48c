#!/usr/bin/env node
// The README demo: both SDKs, built, against their own fake APIs on 127.0.0.1 (no key, no network).
import { demo as hasoffersDemo } from "../packages/hasoffers/examples/demo.mjs";
import { demo as trackofferzDemo } from "../packages/trackofferz/examples/demo.mjs";

const indent = (line) => console.log(`  ${line}`);

console.log("@offerkit/trackofferz against the fake TrackOfferz API:");
await trackofferzDemo(indent);
console.log("\n@offerkit/hasoffers against the fake HasOffers network:");
await hasoffersDemo(indent);
console.log("\nDone: both SDKs ran against local fakes. Next: `npm test` runs every check and test.");
