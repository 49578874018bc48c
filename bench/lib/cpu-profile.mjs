import { readdirSync, readFileSync } from "node:fs";

/** Where a profiled function lives, coarse enough to add up: a package, a Node subsystem, or a V8 bucket. */
function ownerOf(url, functionName) {
  if (!url) return `(${functionName})`;
  const dist = /\/packages\/([^/]+)\/dist\//.exec(url);
  if (dist) return `@offerkit/${dist[1]}`;
  const dep = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dep) return dep[1];
  if (url.includes("internal/deps/undici")) return "undici (Node's fetch)";
  if (url.startsWith("node:"))
    return url
      .replace(/^node:(internal\/)?/, "node:")
      .split("/")
      .slice(0, 2)
      .join("/");
  if (url.includes("/bench/")) return "bench harness";
  return url;
}

/**
 * Self time of the newest `.cpuprofile` in `dir`, by function and by owner (package or subsystem), in ms.
 * `(idle)` is time the process waited on I/O.
 */
export function summariseProfile(dir, top = 25) {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort()
    .at(-1);
  const profile = JSON.parse(readFileSync(`${dir}/${file}`, "utf8"));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map();
  const byOwner = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const { functionName, url, lineNumber } = nodes.get(id);
    const where = url ? ` ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}` : "";
    const name = `${functionName || "(anonymous)"}${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const owner = ownerOf(url, functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
    total += us;
  });
  const list = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return {
    file: `${dir}/${file}`,
    totalMs: total / 1000,
    byOwner: list(byOwner),
    byFunction: list(byFunction),
  };
}
