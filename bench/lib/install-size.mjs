import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** Bytes of every file under `dir`, nested node_modules excluded (what an install of that package unpacks). */
function treeSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? treeSize(path) : statSync(path).size;
  }
  return total;
}

/** Where Node would find dependency `name` from package directory `from`. */
function findDependency(from, name) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (!dir.endsWith("node_modules")) {
      const candidate = join(dir, "node_modules", name);
      if (existsSync(candidate)) return realpathSync(candidate);
    }
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} from ${from}`);
  }
}

/** A workspace package's unpacked tarball size, from `npm pack --dry-run` (exactly the published files). */
function packedSize(dir) {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  return JSON.parse(out)[0].unpackedSize;
}

/**
 * Install size of the package in `dir`: its own published files plus every runtime dependency, transitively,
 * each counted once. Returns the total and the list of dependencies.
 */
export function installSize(dir) {
  const seen = new Map();
  const visit = (path) => {
    if (seen.has(path)) return;
    const manifest = JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
    const workspace = !path.includes(`${"node_modules"}/`);
    seen.set(path, { name: manifest.name, bytes: workspace ? packedSize(path) : treeSize(path) });
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(findDependency(path, dep));
  };
  visit(realpathSync(dir));
  const packages = [...seen.values()];
  return {
    ownBytes: packages[0].bytes,
    totalBytes: packages.reduce((sum, p) => sum + p.bytes, 0),
    dependencies: packages.slice(1).map((p) => p.name),
  };
}
