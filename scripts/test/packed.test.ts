/**
 * The packages as a user gets them from npm: each one is packed (`pnpm pack`, which rewrites `workspace:^`), the
 * tarballs are installed with npm into a fresh project outside the workspace, and that project is used the way
 * users use it — `import` and `require` on Node 20 and Node 24, TypeScript with each `moduleResolution`, a browser
 * bundle — while publint and are-the-types-wrong read the tarballs. Needs a prior `pnpm build` (tarballs carry
 * `dist/`); packs once and installs once for the whole file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { collectReadmeSnippets } from "../docs/readme-snippets.mjs";
import { bundleForBrowser, runInBrowserLikeContext } from "../packed/browser-runtime.mjs";
import {
  renderUsageSample,
  resolutionModes,
  typecheckConsumers,
  writeSample,
} from "../packed/consumer-types.mjs";
import { copyExamples } from "../packed/copy-examples.mjs";
import { undeclaredImports } from "../packed/declared-imports.mjs";
import { inventoryExports } from "../packed/export-inventory.mjs";
import { ensureNode } from "../packed/node-binary.mjs";
import type { PackedPackage } from "../packed/pack-packages.mjs";
import { attwTarballs, publintTarball } from "../packed/package-linters.mjs";
import { preparePackedProject } from "../packed/packed-project.mjs";
import { loadEntries } from "../packed/runtime-smoke.mjs";
import { auditManifest, auditTarball } from "../packed/tarball-policy.mjs";
import { listPackages, nodeOnlyEntries, repoRoot, specifierOf } from "../packed/workspace-packages.mjs";

const packages = listPackages();
const specifiers = packages.flatMap((pkg) => pkg.entries.map((entry) => specifierOf(pkg.name, entry)));
const mainSpecifiers = packages.flatMap((pkg) =>
  pkg.mainEntries.map((entry) => specifierOf(pkg.name, entry)),
);

let project: Awaited<ReturnType<typeof preparePackedProject>> | undefined;
let packed: PackedPackage[];
let consumer: string;
let nodes: Record<number, Awaited<ReturnType<typeof ensureNode>>>;
/** The two slow checks, started up front so they run in child processes while the other checks run here. */
let attwReports: Promise<Map<string, string[]>>;
let typeReports: ReturnType<typeof typecheckConsumers>;

beforeAll(async () => {
  let node20: Awaited<ReturnType<typeof ensureNode>>;
  let node24: Awaited<ReturnType<typeof ensureNode>>;
  [project, node20, node24] = await Promise.all([
    preparePackedProject(packages),
    ensureNode(20),
    ensureNode(24),
  ]);
  nodes = { 20: node20, 24: node24 };
  ({ packed, dir: consumer } = project);
  attwReports = attwTarballs(packed.map((p) => p.tarball));
  typeReports = typecheckConsumers(consumer, writeConsumerSources());
  // A failure surfaces in the tests that await them, not as an unhandled rejection.
  attwReports.catch(() => {});
  typeReports.catch(() => {});
}, 300_000);

afterAll(() => project?.remove());

const packedOf = (name: string) => {
  const found = packed.find((p) => p.pkg.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found;
};

describe.each(packages)("the $name tarball", (pkg) => {
  test("ships only the built output, README.md and CHANGELOG.md: no tests, sources, source maps or secrets", () => {
    expect(auditTarball(packedOf(pkg.name).files)).toEqual([]);
  });

  test("has every workspace:^ range rewritten to a real version, and the fields users rely on", () => {
    const { manifest } = packedOf(pkg.name);
    expect(auditManifest(manifest)).toEqual([]);
    for (const [dep, range] of Object.entries<string>(pkg.manifest.dependencies ?? {})) {
      if (!range.startsWith("workspace:")) continue;
      const version = packages.find((p) => p.name === dep)?.version;
      expect(manifest.dependencies[dep], dep).toBe(range === "workspace:*" ? version : `^${version}`);
    }
  });

  test("declares every package its built files import, and its main entries import no Node built-in", async () => {
    const { manifest, files } = packedOf(pkg.name);
    const nodeFiles = new Set(
      [...nodeOnlyEntries]
        .flatMap((entry) => exportTargets(manifest.exports?.[entry]))
        .map((f) => f.slice(2)),
    );
    const problems = await undeclaredImports({
      packageDir: join(consumer, "node_modules", pkg.name),
      manifest,
      files: [...files.keys()].filter((f) => /\.(c|m)?js$/.test(f)),
      nodeAllowed: (file) => nodeFiles.has(file),
    });
    expect(problems).toEqual([]);
  });

  test("publint (strict, suggestions included) reports nothing", async () => {
    expect(await publintTarball(packedOf(pkg.name).tarball)).toEqual([]);
  });

  test("are-the-types-wrong reports nothing for node10, node16 (CJS and ESM) and bundler", async () => {
    expect((await attwReports).get(packedOf(pkg.name).tarball)).toEqual([]);
  }, 180_000); // the first of these waits for the background run over every tarball
});

describe("in a fresh npm project", () => {
  test.for([20, 24])(
    "every entry loads with import and with require on Node %i, with the same named exports",
    { timeout: 120_000 },
    async (major, ctx) => {
      const node = nodes[major]!;
      if ("skip" in node) return ctx.skip(node.skip);
      expect(node.version).toMatch(new RegExp(`^v${major}\\.`));
      const bin = node.bin;
      const { esm, cjs } = await loadEntries(bin, consumer, specifiers);
      for (const specifier of specifiers) {
        const viaImport = esm[specifier];
        const viaRequire = cjs[specifier];
        expect(viaImport, `import ${specifier}`).toHaveProperty("exports");
        expect(viaRequire, `require ${specifier}`).toHaveProperty("exports");
        if (!viaImport || !("exports" in viaImport) || !viaRequire || !("exports" in viaRequire)) continue;
        expect(Object.keys(viaImport.exports).length, specifier).toBeGreaterThan(0);
        expect(viaRequire.exports, specifier).toEqual(viaImport.exports);
      }
    },
  );

  test.each(mainSpecifiers)(
    "%s bundles with esbuild for the browser and loads with web globals only",
    async (specifier) => {
      const { code } = await bundleForBrowser(consumer, specifier);
      const names = runInBrowserLikeContext(code);
      const viaNode = (await nodeEsmExports())[specifier];
      expect(viaNode).toHaveProperty("exports");
      if (viaNode && "exports" in viaNode) expect(names).toEqual(Object.keys(viaNode.exports));
    },
    60_000,
  );
});

describe("TypeScript consumers", () => {
  let results: Awaited<typeof typeReports>;

  beforeAll(async () => {
    results = await typeReports;
  }, 180_000);

  test.each(resolutionModes.map((m) => m.mode))(
    "with moduleResolution %s (ESM and CJS files), code that calls every export and the examples type-check",
    (mode) => {
      const result = results.find((r) => r.mode === mode && r.kind === "api");
      expect(result?.ok, withSources(result?.output ?? "no result")).toBe(true);
    },
  );

  test.each(resolutionModes.map((m) => m.mode))(
    "with moduleResolution %s, the TypeScript examples of the READMEs type-check against the built types",
    (mode) => {
      const result = results.find((r) => r.mode === mode && r.kind === "readme");
      if (!result) return; // no README has a TypeScript block yet
      expect(result.ok, withSources(result.output)).toBe(true);
    },
  );
});

/**
 * Writes what the TypeScript consumers compile into the project: a sample per entry that uses every export, one
 * program per README with TypeScript blocks, and the examples.
 */
function writeConsumerSources() {
  const inventory = inventoryExports(consumer, specifiers);
  const cjs = [...inventory].map(([specifier, exports]) => {
    const base = `samples/${specifier.replace(/^@/, "").replace(/\//g, "__")}`;
    writeSample(consumer, base, renderUsageSample(specifier, exports), { cjs: true });
    return base;
  });
  const readmePrograms = collectReadmeSnippets(
    repoRoot,
    packages.map((p) => p.dir),
  );
  const readme = readmePrograms.map((snippet) => {
    const base = `readme/${snippet.readme.replace(/\/?README\.md$/, "").replace(/[^\w]+/g, "_") || "root"}`;
    writeSample(consumer, base, snippet.source, { cjs: false });
    return base;
  });
  return { cjs, readme, js: copyExamples(consumer) };
}

let esmOnHost: ReturnType<typeof loadEntries> | undefined;
/** What each entry exports when Node imports it, loaded once for all the browser checks to compare with. */
async function nodeEsmExports() {
  esmOnHost ??= loadEntries(process.execPath, consumer, specifiers);
  return (await esmOnHost).esm;
}

/** Every file path an `exports` condition map points at. */
function exportTargets(exp: unknown): string[] {
  if (typeof exp === "string") return [exp];
  if (!exp || typeof exp !== "object") return [];
  return Object.values(exp).flatMap(exportTargets);
}

/** tsc's output plus the generated files it complains about, with line numbers, so a failure can be read here. */
function withSources(output: string): string {
  const files = [
    ...new Set([...output.matchAll(/^((?:samples|readme|examples)\/[^(]+)\(/gm)].map((m) => m[1] ?? "")),
  ];
  const listings = files
    .filter((file) => existsSync(join(consumer, file)))
    .map((file) => {
      const lines = readFileSync(join(consumer, file), "utf8").split("\n");
      return `--- ${file}\n${lines.map((line, i) => `${String(i + 1).padStart(4)} ${line}`).join("\n")}`;
    });
  return [output, ...listings].join("\n");
}
