import { kb, table } from "../lib/format.mjs";
import { measureSizes } from "../scenarios/size.mjs";

const LIMIT_BYTES = 8000;
const ALLOWED = new Set(["openapi-fetch"]);
const packages = [
  "errors",
  "request-engine",
  "trackofferz-core",
  "hasoffers-core",
  "trackofferz",
  "hasoffers",
];
const wrappers = new Set(["@offerkit/trackofferz", "@offerkit/hasoffers"]);

/** Figure 4: browser bundle of every entry (esbuild, minified, gzip -9) and install size of every package. */
export async function sizeFigure() {
  const rows = await measureSizes(packages);
  const bundleRows = rows.map((r) => [
    r.subpath === "." ? r.name : `${r.name}/${r.subpath.slice(2)}`,
    r.missing ? "not built" : r.error ? `does not bundle: ${r.error}` : kb(r.minBytes),
    r.missing || r.error ? "–" : kb(r.gzipBytes),
    r.deps?.length ? r.deps.join(", ") : r.missing || r.error ? "–" : "none",
  ]);
  const installRows = rows
    .filter((r) => r.install)
    .map((r) => [
      r.name,
      kb(r.install.ownBytes),
      kb(r.install.totalBytes),
      r.install.dependencies.join(", ") || "none",
    ]);
  const targets = [];
  for (const name of wrappers) {
    const main = rows.find((r) => r.name === name && r.subpath === ".");
    const measured = !main || main.missing ? undefined : main;
    targets.push({
      figure: `4. size: ${name} main entry`,
      target: "≤ 8 kB min+gz",
      measured: measured ? (measured.error ? "does not bundle" : kb(measured.gzipBytes)) : "not built",
      met: measured ? !measured.error && measured.gzipBytes <= LIMIT_BYTES : undefined,
    });
    const extra = measured?.deps?.filter((d) => !ALLOWED.has(d)) ?? [];
    targets.push({
      figure: `4. size: ${name} main entry runtime dependencies`,
      target: "openapi-fetch only",
      measured: measured ? measured.deps?.join(", ") || "none" : "not built",
      met: measured ? !measured.error && extra.length === 0 : undefined,
    });
  }
  return {
    title: "4. Size",
    body:
      "Each entry bundled for the browser with every export kept (esbuild, ESM, minified; gzip -9). " +
      "Third-party packages inside the bundle are listed; workspace packages (@offerkit/*) are bundled in.\n\n" +
      table(["entry", "min", "min+gz", "third-party code inside"], bundleRows) +
      "\n\nInstall size: the package's published files (`npm pack`), and with its runtime dependencies.\n\n" +
      table(["package", "own", "with dependencies", "runtime dependencies"], installRows),
    targets,
  };
}
