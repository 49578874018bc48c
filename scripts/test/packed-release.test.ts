/**
 * `pnpm release --dry-run` (scripts/release.mjs): shows what a release would publish — each package, its version,
 * whether that version is already on the registry, the dependency ranges as published and the tarball's files —
 * without publishing, and without needing the network. Runs against a small fixture workspace and a fake registry
 * on 127.0.0.1, so the answers are known.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pnpmBin } from "../packed/pack-packages.mjs";
import { repoRoot } from "../packed/workspace-packages.mjs";

const run = promisify(execFile);
const releaseScript = join(repoRoot, "scripts", "release.mjs");

let fixture: string;

/** Two publishable packages (b depends on a through `workspace:^`), one private one, and a pending changeset. */
function writeFixture(root: string) {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const manifest = (fields: object) =>
    `${JSON.stringify({ type: "module", license: "MIT", ...fields }, null, 2)}\n`;
  write("pnpm-workspace.yaml", 'packages:\n  - "packages/*"\n');
  write("package.json", manifest({ name: "fixture-root", private: true }));
  write(
    "packages/a/package.json",
    manifest({
      name: "@fixture/a",
      version: "1.2.3",
      exports: { ".": "./dist/index.js" },
      files: ["dist", "README.md"],
    }),
  );
  write("packages/a/dist/index.js", "export const a = 1;\n");
  write("packages/a/README.md", "# a\n");
  write(
    "packages/b/package.json",
    manifest({
      name: "@fixture/b",
      version: "0.4.0",
      exports: { ".": "./dist/index.js" },
      files: ["dist"],
      dependencies: { "@fixture/a": "workspace:^" },
    }),
  );
  write("packages/b/dist/index.js", 'export { a } from "@fixture/a";\n');
  write("packages/b/src/index.ts", 'export { a } from "@fixture/a";\n');
  write("packages/c/package.json", manifest({ name: "@fixture/c", version: "9.9.9", private: true }));
  write(".changeset/brave-cats.md", '---\n"@fixture/a": patch\n---\n\nFix a.\n');
}

/** A registry that knows @fixture/a@1.2.3 and nothing else, recording what it was asked. */
async function startRegistry() {
  const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", headers: req.headers });
    if (req.url === "/@fixture%2fa") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ name: "@fixture/a", versions: { "1.0.0": {}, "1.2.3": {} } }));
    } else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"error":"Not found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function release(...args: string[]) {
  return run(process.execPath, [releaseScript, "--root", fixture, ...args]);
}

async function dryRunJson(...args: string[]) {
  const { stdout } = await release("--dry-run", "--json", ...args);
  return JSON.parse(stdout);
}

beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), "offerkit-release-fixture-"));
  writeFixture(fixture);
  // Links the workspace packages (no registry involved); pnpm needs them linked to rewrite workspace:^.
  await run(pnpmBin, ["install", "--offline", "--silent"], { cwd: fixture });
}, 60_000);

afterAll(() => {
  if (fixture) rmSync(fixture, { recursive: true, force: true });
});

describe("release --dry-run", () => {
  test("lists every public package with its version and the files its tarball would hold", async () => {
    const report = await dryRunJson("--offline");
    expect(report.dryRun).toBe(true);
    expect(report.packages.map((p: { name: string; version: string }) => `${p.name}@${p.version}`)).toEqual([
      "@fixture/a@1.2.3",
      "@fixture/b@0.4.0",
    ]);
    const files = (name: string) =>
      report.packages
        .find((p: { name: string }) => p.name === name)
        .files.map((f: { path: string }) => f.path);
    expect(files("@fixture/a")).toEqual(["dist/index.js", "package.json", "README.md"]);
    expect(files("@fixture/b")).toEqual(["dist/index.js", "package.json"]); // src/ is not in "files"
  });

  test("shows workspace:^ ranges rewritten to the version they point at, as publishing writes them", async () => {
    const report = await dryRunJson("--offline");
    const b = report.packages.find((p: { name: string }) => p.name === "@fixture/b");
    expect(b.dependencies).toEqual({ "@fixture/a": "^1.2.3" });
  });

  test("skips a version the registry already has and would publish one it does not", async () => {
    const registry = await startRegistry();
    try {
      const report = await dryRunJson("--registry", registry.url);
      const summary = report.packages.map((p: { name: string; status: string; action: string }) => [
        p.name,
        p.status,
        p.action,
      ]);
      expect(summary).toEqual([
        ["@fixture/a", "published", "skip"],
        ["@fixture/b", "unpublished", "publish"],
      ]);
      expect(registry.requests.map((r) => r.url).sort()).toEqual(["/@fixture%2fa", "/@fixture%2fb"]);
    } finally {
      await registry.close();
    }
  });

  test("works offline: an unreachable registry makes the status unknown, not an error", async () => {
    const closed = await startRegistry();
    await closed.close(); // nothing listens on this port any more
    const report = await dryRunJson("--registry", closed.url);
    expect(report.packages.map((p: { status: string; action: string }) => [p.status, p.action])).toEqual([
      ["unknown", "publish"],
      ["unknown", "publish"],
    ]);
  });

  test("--offline asks no registry at all", async () => {
    const registry = await startRegistry();
    try {
      const report = await dryRunJson("--offline", "--registry", registry.url);
      expect(report.registry).toBeNull();
      expect(registry.requests).toEqual([]);
    } finally {
      await registry.close();
    }
  });

  test("prints a readable plan that names pending changesets, since releasing before versioning skips them", async () => {
    const { stdout } = await release("--dry-run", "--offline");
    expect(stdout).toContain("Dry run: nothing is published.");
    expect(stdout).toContain(
      "Pending changesets (run `pnpm version-packages` first to release them): brave-cats.md",
    );
    expect(stdout).toContain('@fixture/b@0.4.0: would publish with tag "latest" (registry not asked)');
    expect(stdout).toContain("  dependencies: @fixture/a@^1.2.3");
    expect(stdout).toMatch(/^ {4}dist\/index\.js +\d+\.\d kB$/m);
  });

  test("stops with 'build first' when a package's built files are missing", async () => {
    const built = join(fixture, "packages", "b", "dist", "index.js");
    const saved = readFileSync(built);
    rmSync(built);
    try {
      await expect(release("--dry-run", "--offline")).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining("build first (pnpm build): @fixture/b not built"),
      });
    } finally {
      writeFileSync(built, saved);
    }
  });
});

describe("pnpm version-packages with this repo's changeset config", () => {
  let workspace: string;
  const changeset = join(repoRoot, "node_modules", ".bin", "changeset");
  const manifest = (folder: string) =>
    JSON.parse(readFileSync(join(workspace, "packages", folder, "package.json"), "utf8"));
  const changelog = (folder: string) =>
    readFileSync(join(workspace, "packages", folder, "CHANGELOG.md"), "utf8");
  const addChangeset = (name: string, bump: string, summary: string) =>
    writeFileSync(
      join(workspace, ".changeset", `${name}.md`),
      `---\n"@fixture/a": ${bump}\n---\n\n${summary}\n`,
    );

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), "offerkit-version-fixture-"));
    writeFixture(workspace);
    rmSync(join(workspace, ".changeset", "brave-cats.md"));
    writeFileSync(
      join(workspace, ".changeset", "config.json"),
      readFileSync(join(repoRoot, ".changeset", "config.json")),
    );
    await run(pnpmBin, ["install", "--offline", "--silent"], { cwd: workspace });
  }, 60_000);

  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  test("versions each package on its own: a minor change to a bumps a alone and writes its CHANGELOG", async () => {
    addChangeset("add-a", "minor", "Add a feature to a.");
    await run(changeset, ["version"], { cwd: workspace });
    expect(manifest("a").version).toBe("1.3.0");
    expect(changelog("a")).toMatch(
      /^# @fixture\/a\n\n## 1\.3\.0\n\n### Minor Changes\n\n- Add a feature to a\.$/m,
    );
    expect(manifest("b").version).toBe("0.4.0"); // ^1.2.3 still covers a@1.3.0: b need not be released
  });

  test("a major change to a also releases b (patch), keeping workspace:^ in the repo and a real range in the tarball", async () => {
    addChangeset("break-a", "major", "Break a.");
    await run(changeset, ["version"], { cwd: workspace });
    expect(manifest("a").version).toBe("2.0.0");
    expect(manifest("b")).toMatchObject({ version: "0.4.1", dependencies: { "@fixture/a": "workspace:^" } });
    expect(changelog("b")).toContain("- Updated dependencies\n  - @fixture/a@2.0.0");
    const { stdout } = await run(process.execPath, [
      releaseScript,
      "--root",
      workspace,
      "--dry-run",
      "--offline",
      "--json",
    ]);
    const b = JSON.parse(stdout).packages.find((p: { name: string }) => p.name === "@fixture/b");
    expect(b).toMatchObject({ version: "0.4.1", dependencies: { "@fixture/a": "^2.0.0" } });
  });
});

describe("the root scripts", () => {
  const scripts = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts;

  test("`pnpm release` builds, then runs scripts/release.mjs last, so `pnpm release --dry-run` reaches it", () => {
    expect(scripts.release).toMatch(/^pnpm build && node scripts\/release\.mjs$/);
  });

  test("`pnpm version-packages` turns pending changesets into versions and CHANGELOG entries", () => {
    expect(scripts["version-packages"]).toBe("changeset version");
  });
});
