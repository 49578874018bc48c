import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { distEntry, requireFrom } from "./paths.mjs";

/**
 * Imports a workspace package's built entry, or returns undefined when it has not been built (or written) yet, so
 * the suite still measures everything else and marks the rest "not built".
 */
export async function importBuilt(pkg, entry = "index") {
  const path = distEntry(pkg, entry);
  if (!existsSync(path)) return undefined;
  return import(pathToFileURL(path).href);
}

/** openapi-fetch alone, the exact copy the cores depend on. */
export async function importOpenapiFetch() {
  const manifest = requireFrom("packages/trackofferz-core").resolve("openapi-fetch/package.json");
  const mod = await import(pathToFileURL(manifest.replace(/package\.json$/, "dist/index.mjs")).href);
  return mod.default;
}

/** Credentials the SDKs need to start; the bench servers ignore them. */
export const credentials = {
  apiKey: "tofz_sk_bench000000000000",
  networkId: "benchnet",
  networkToken: "NETbench000000000000",
};
