#!/usr/bin/env node
// @ts-check
/**
 * `pnpm release`: publishes every package whose version is not on the registry yet (`changeset publish`, which
 * publishes with pnpm, so `workspace:^` ranges become real versions).
 *
 *   node scripts/release.mjs                     publish (after `pnpm build`, which the `release` script runs first)
 *   node scripts/release.mjs --dry-run           show what would be published; publishes nothing, writes nothing
 *       [--offline]                              skip the registry lookups (status "unknown")
 *       [--registry <url>]                       registry to ask (default: npm's configured registry)
 *       [--json]                                 machine-readable report
 *       [--root <dir>]                           another pnpm workspace (the tests use a fixture)
 *
 * The dry run packs each package exactly as publishing would (`pnpm pack`) and lists, per package: name, version,
 * whether that version is already published (then it is skipped), the dependency ranges as published and the files
 * in the tarball. It works offline: a registry that cannot be reached makes the status "unknown", never a failure.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { packPackages } from "./packed/pack-packages.mjs";
import { listPackages, repoRoot, unbuiltPackages } from "./packed/workspace-packages.mjs";

const run = promisify(execFile);
const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(name);
const option = (/** @type {string} */ name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

const root = option("--root") ?? repoRoot;

if (flag("--dry-run")) await dryRun();
else publish();

/** The real release: changesets decides what is unpublished and publishes it with pnpm. */
function publish() {
  const unbuilt = unbuiltPackages(listPackages(root));
  if (unbuilt.length) fail(`build first (pnpm build): ${unbuilt.map((p) => p.name).join(", ")} not built`);
  const changeset = join(
    repoRoot,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "changeset.cmd" : "changeset",
  );
  const passOn = args.filter((arg, i) => arg !== "--root" && args[i - 1] !== "--root");
  const result = spawnSync(changeset, ["publish", ...passOn], { cwd: root, stdio: "inherit" });
  process.exit(result.status ?? 1);
}

async function dryRun() {
  const packages = listPackages(root);
  const unbuilt = unbuiltPackages(packages);
  if (unbuilt.length) fail(`build first (pnpm build): ${unbuilt.map((p) => p.name).join(", ")} not built`);
  const offline = flag("--offline");
  const registry = offline ? undefined : await registryUrl();
  const destination = mkdtempSync(join(tmpdir(), "offerkit-release-"));
  try {
    const packed = await packPackages(packages, destination, root);
    const report = {
      dryRun: true,
      registry: registry ?? null,
      pendingChangesets: pendingChangesets(root),
      packages: await Promise.all(
        packed.map(async ({ pkg, tarball, files, manifest }) => {
          const status = registry ? await publishedStatus(registry, pkg.name, pkg.version) : "unknown";
          return {
            name: pkg.name,
            version: pkg.version,
            status,
            action: status === "published" ? "skip" : "publish",
            tag: /-/.test(pkg.version) ? "next" : "latest",
            dependencies: manifest.dependencies ?? {},
            peerDependencies: manifest.peerDependencies ?? {},
            tarballBytes: statSync(tarball).size,
            files: [...files]
              .map(([path, bytes]) => ({ path, bytes: bytes.length }))
              .sort((a, b) => a.path.localeCompare(b.path)),
          };
        }),
      ),
    };
    process.stdout.write(flag("--json") ? `${JSON.stringify(report, null, 2)}\n` : render(report));
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

/**
 * Whether `name@version` is on the registry: "published", "unpublished", or "unknown" when the registry cannot be
 * asked (offline, timeout, error answer).
 * @param {string} registry
 * @param {string} name
 * @param {string} version
 * @returns {Promise<"published" | "unpublished" | "unknown">}
 */
async function publishedStatus(registry, name, version) {
  const url = new URL(name.replace("/", "%2f"), registry.endsWith("/") ? registry : `${registry}/`);
  try {
    const response = await fetch(url, {
      headers: { accept: "application/vnd.npm.install-v1+json" },
      signal: AbortSignal.timeout(5_000),
    });
    if (response.status === 404) return "unpublished";
    if (!response.ok) return "unknown";
    const packument = /** @type {{ versions?: Record<string, unknown> }} */ (await response.json());
    return packument.versions && version in packument.versions ? "published" : "unpublished";
  } catch {
    return "unknown";
  }
}

/** `--registry`, else npm's configured registry, else the public one. */
async function registryUrl() {
  const given = option("--registry"); // npm config below also honours npm_config_registry and .npmrc
  if (given) return given;
  try {
    const { stdout } = await run("npm", ["config", "get", "registry"], {
      timeout: 10_000,
      shell: process.platform === "win32",
    });
    if (/^https?:\/\//.test(stdout.trim())) return stdout.trim();
  } catch {
    // npm missing or broken: the default is as good a guess as any
  }
  return "https://registry.npmjs.org/";
}

/** Changeset files not yet turned into versions: releasing before `pnpm version-packages` would skip them. */
/** @param {string} root */
function pendingChangesets(root) {
  const dir = join(root, ".changeset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort();
}

/** @param {any} report */
function render(report) {
  const lines = ["Dry run: nothing is published.", `Registry: ${report.registry ?? "not asked (--offline)"}`];
  if (report.pendingChangesets.length) {
    lines.push(
      `Pending changesets (run \`pnpm version-packages\` first to release them): ${report.pendingChangesets.join(", ")}`,
    );
  }
  for (const pkg of report.packages) {
    const why = {
      published: "already on the registry",
      unpublished: "not on the registry yet",
      // changeset publish asks the registry again and skips a version it finds there.
      unknown: report.registry
        ? "registry not reachable: unknown whether it is published"
        : "registry not asked",
    };
    lines.push(
      "",
      `${pkg.name}@${pkg.version}: ${pkg.action === "skip" ? "skip" : `would publish with tag "${pkg.tag}"`} (${why[/** @type {"published"} */ (pkg.status)]})`,
    );
    const deps = Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies });
    lines.push(`  dependencies: ${deps.length ? deps.map(([d, r]) => `${d}@${r}`).join(", ") : "none"}`);
    lines.push(`  tarball: ${pkg.files.length} files, ${kb(pkg.tarballBytes)} packed`);
    for (const file of pkg.files) lines.push(`    ${file.path.padEnd(28)} ${kb(file.bytes).padStart(9)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** @param {number} bytes */
function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** @param {string} message */
function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
}
