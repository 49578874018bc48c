import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { distEntry, openapiFetchEntry } from "./paths.mjs";

/**
 * Imports a workspace package's built entry, or returns undefined when it has not been built (or written) yet, so
 * the suite still measures everything else and marks the rest "not built".
 */
export async function importBuilt(pkg, entry = "index") {
  const path = distEntry(pkg, entry);
  // A dist folder without its entry is a build in progress (tsup cleans first): wait for it rather than report
  // a built package as missing.
  const patience = existsSync(`${dirname(path)}/index.js`) ? 5_000 : 60_000;
  for (let waited = 0; !existsSync(path) && existsSync(dirname(path)) && waited < patience; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!existsSync(path)) return undefined;
  return import(pathToFileURL(path).href);
}

/** openapi-fetch alone, the exact copy the cores depend on. */
export async function importOpenapiFetch() {
  const mod = await import(pathToFileURL(openapiFetchEntry()).href);
  return mod.default;
}

/** Credentials the SDKs need to start; the bench servers ignore them. */
export const credentials = {
  apiKey: "tofz_sk_bench000000000000",
  networkId: "benchnet",
  networkToken: "NETbench000000000000",
};
