/**
 * What a user reads before the first call: every package has a README with install, quick start, configuration,
 * errors and links, and a CHANGELOG with an entry for the version it is at; `pnpm run docs` builds an API reference
 * that documents every export of every entry point, without broken links. (The READMEs' TypeScript examples are
 * type-checked against the packed packages in packed.test.ts.)
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readmeProgram, typescriptBlocks } from "../docs/readme-snippets.mjs";
import { listPackages, repoRoot, specifierOf } from "../packed/workspace-packages.mjs";

const run = promisify(execFile);
const packages = listPackages();
const read = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : "");

describe.each(packages)("$name", (pkg) => {
  const readme = read(join(pkg.dir, "README.md"));
  const headings = [...readme.matchAll(/^##\s+(.+)$/gm)].map((m) => (m[1] ?? "").trim().toLowerCase());

  test("has a README that starts with its name", () => {
    expect(readme.split("\n")[0]).toBe(`# ${pkg.name}`);
  });

  test.each(["install", "quick start", "configuration", "errors", "links"])(
    "its README has a '%s' section",
    (section) => {
      expect(headings).toContain(section);
    },
  );

  test("its README shows the npm install command and a TypeScript quick start", () => {
    expect(readme).toContain(`npm install ${pkg.name}`);
    const quickStart = readme.split(/^## /m).find((part) => /^quick start/i.test(part)) ?? "";
    expect(typescriptBlocks(quickStart).length).toBeGreaterThan(0);
  });

  test("its README links somewhere", () => {
    const links = readme.split(/^## /m).find((part) => /^links/i.test(part)) ?? "";
    expect(links).toMatch(/\[[^\]]+\]\([^)]+\)/);
  });

  test("has a CHANGELOG with an entry for its current version", () => {
    const changelog = read(join(pkg.dir, "CHANGELOG.md"));
    expect(changelog.split("\n")[0]).toBe(`# ${pkg.name}`);
    expect(changelog).toMatch(new RegExp(`^## ${pkg.version.replaceAll(".", "\\.")}$`, "m"));
  });
});

describe("the docs command", () => {
  test("READMEs say `pnpm run docs`: `pnpm docs` is pnpm's own command (it opens the package's npm page)", () => {
    const scripts = JSON.parse(read(join(repoRoot, "package.json"))).scripts;
    expect(scripts.docs).toMatch(/node scripts\/docs\/build-docs\.mjs$/);
    const readmes = [join(repoRoot, "README.md"), ...packages.map((p) => join(p.dir, "README.md"))];
    const wrong = readmes.filter((file) => /`pnpm docs`/.test(read(file)));
    expect(wrong).toEqual([]);
  });
});

describe("README programs", () => {
  test("blocks share one program: imports are merged, later blocks see and may redeclare earlier names", () => {
    const markdown = [
      "<!-- ts-setup",
      "declare const transactionId: string;",
      "-->",
      "```ts",
      'import { A } from "pkg";',
      "const client = new A();",
      "```",
      "```ts",
      'import { A, type B } from "pkg";',
      "const client = new A(transactionId);",
      "```",
    ].join("\n");
    const program = readmeProgram(markdown, "README.md");
    expect(program?.source).toBe(
      [
        'import { A, type B } from "pkg";',
        "// README.md: ts-setup",
        "declare const transactionId: string;",
        "{",
        "// README.md:4",
        "const client = new A();",
        "{",
        "// README.md:8",
        "const client = new A(transactionId);",
        "}}",
        "export {};",
        "",
      ].join("\n"),
    );
  });

  test("only ts and typescript fences count", () => {
    const markdown = [
      "```sh",
      "npm i",
      "```",
      "```typescript",
      "let a = 1;",
      "```",
      "```js",
      "b()",
      "```",
    ].join("\n");
    expect(typescriptBlocks(markdown)).toEqual([{ line: 4, code: "let a = 1;" }]);
  });
});

describe("pnpm run docs (TypeDoc)", () => {
  let out: string;
  let build: { code: number; output: string };

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "offerkit-docs-test-"));
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [join(repoRoot, "scripts/docs/build-docs.mjs"), "--out", out],
        {
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      build = { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      build = { code: e.code ?? 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
    }
  }, 300_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const warnings = () => build.output.match(/^.*\[(warning|error)\].*$/gm) ?? [];

  test("builds one HTML site for every package", () => {
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });

  test("every type a public signature uses is in the reference (exported), so no page shows a dead name", () => {
    expect(warnings().filter((w) => w.includes("is referenced by"))).toEqual([]);
  });

  test("no comment or README links to something that is not in the reference or not a file", () => {
    expect(warnings().filter((w) => !w.includes("is referenced by"))).toEqual([]);
  });

  test("documents every export of every entry point, under the name users import it by", () => {
    type Node = { name: string; kind: number; children?: Node[] };
    const api: Node = JSON.parse(read(join(out, "api.json")) || "{}");
    const modules = new Map<string, Set<string>>();
    const walk = (node: Node) => {
      if (node.name.startsWith("@offerkit/"))
        modules.set(node.name, new Set((node.children ?? []).map((c) => c.name)));
      for (const child of node.children ?? []) walk(child);
    };
    walk(api);
    for (const pkg of packages) {
      for (const entry of pkg.entries) {
        const specifier = specifierOf(pkg.name, entry);
        const documented = modules.get(specifier);
        expect(documented, `${specifier} has a module in the reference`).toBeDefined();
        const source = read(join(pkg.dir, "dist", entry === "." ? "index.d.ts" : `${entry.slice(2)}.d.ts`));
        const exported = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
          (m[1] ?? "")
            .split(",")
            .map((part) => part.trim().replace(/^type\s+/, ""))
            .filter(Boolean)
            .map((part) => part.split(/\s+as\s+/).pop() ?? part),
        );
        expect(exported.length, `${specifier} exports something`).toBeGreaterThan(0);
        const missing = exported.filter((name) => !documented?.has(name));
        expect(missing, `exports of ${specifier} missing from the reference`).toEqual([]);
      }
    }
  });
});
