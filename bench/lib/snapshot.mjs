import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { root, tmpDir } from "./paths.mjs";

const files = ["package.json", "README.md", "CHANGELOG.md"];

/**
 * Copies every workspace package's build (dist, manifest, readme) into bench/.tmp/snapshot/packages and links each
 * one's runtime dependencies the way pnpm does (workspace packages to their snapshot, the rest to the installed
 * copy). The run then measures this frozen copy: a teammate rebuilding a package (tsup empties `dist` first)
 * mid-run cannot make a package look missing or mix two versions in one table. One snapshot per run (runs may
 * overlap: the quick-mode test during a full run). Returns the snapshot and a function that deletes it.
 */
export function snapshotPackages() {
  const dir = `${tmpDir}snapshot-${process.pid}/`;
  const target = `${dir}packages/`;
  rmSync(dir, { recursive: true, force: true });
  const names = readdirSync(`${root}packages`).filter((name) =>
    existsSync(`${root}packages/${name}/dist/index.js`),
  );
  const manifests = new Map();
  for (const name of names) {
    const from = `${root}packages/${name}/`;
    mkdirSync(`${target}${name}`, { recursive: true });
    cpSync(`${from}dist`, `${target}${name}/dist`, { recursive: true });
    for (const file of files)
      if (existsSync(`${from}${file}`)) cpSync(`${from}${file}`, `${target}${name}/${file}`);
    manifests.set(JSON.parse(readFileSync(`${from}package.json`, "utf8")).name, name);
  }
  for (const name of names) {
    const manifest = JSON.parse(readFileSync(`${target}${name}/package.json`, "utf8"));
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      const link = join(target, name, "node_modules", dep);
      mkdirSync(dirname(link), { recursive: true });
      const workspace = manifests.get(dep);
      const installed = `${root}packages/${name}/node_modules/${dep}`;
      if (workspace) symlinkSync(`${target}${workspace}`, link, "dir");
      else if (existsSync(installed)) symlinkSync(realpathSync(installed), link, "dir");
    }
  }
  return { packages: target, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
