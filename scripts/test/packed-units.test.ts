/**
 * The rules behind the packed-package checks, each shown on a small fixture: what a tarball may ship, which
 * imports must be declared, what counts as a browser runtime, which type errors count, and how tarballs are read.
 * (packed.test.ts applies them to the real packages, where a rule that never fires would go unnoticed.)
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runInBrowserLikeContext } from "../packed/browser-runtime.mjs";
import { renderUsageSample } from "../packed/consumer-types.mjs";
import { undeclaredImports } from "../packed/declared-imports.mjs";
import { inventoryExports } from "../packed/export-inventory.mjs";
import { reportableAttwProblems } from "../packed/package-linters.mjs";
import { readTarball } from "../packed/read-tarball.mjs";
import { auditManifest, auditTarball } from "../packed/tarball-policy.mjs";
import { listEntries, listPackages, sourceOf, unbuiltPackages } from "../packed/workspace-packages.mjs";

const run = promisify(execFile);
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "offerkit-packed-units-"));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Writes files (path -> text) under a new folder of the scratch dir and returns its path. */
function fixture(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const shipped = (files: Record<string, string>) =>
  new Map(
    Object.entries({ "package.json": "{}", "README.md": "# x", "CHANGELOG.md": "# x", ...files }).map(
      ([k, v]) => [k, Buffer.from(v)],
    ),
  );

describe("what a tarball may ship", () => {
  test("built JavaScript and declarations (shared .d.ts chunks too), README, CHANGELOG and LICENSE pass", () => {
    const files = shipped({
      "dist/index.js": "export {};",
      "dist/index.cjs": "",
      "dist/index.d.ts": "",
      "dist/index.d.cts": "",
      "dist/types-BNeEJsT4.d.ts": "",
      LICENSE: "MIT",
    });
    expect(auditTarball(files)).toEqual([]);
  });

  test.each([
    ["dist/index.js.map", "source map"],
    ["dist/test/client.test.js", "test folder"],
    ["dist/client.test.js", "test file"],
    ["src/index.ts", "source file"],
    ["tsconfig.tsbuildinfo", "build cache"],
    [".env", "credentials file"],
    [".npmrc", "credentials file"],
    ["offerkit-errors-0.1.0.tgz", "stray artifact"],
  ])("%s is refused as a %s", (path, why) => {
    expect(auditTarball(shipped({ [path]: "" }))).toEqual([`${path}: ${why} must not ship`]);
  });

  test("any other file is refused, and README.md and CHANGELOG.md must be there", () => {
    const files = new Map([
      ["package.json", Buffer.from("{}")],
      ["notes.txt", Buffer.from("")],
    ]);
    expect(auditTarball(files)).toEqual([
      "README.md is missing",
      "CHANGELOG.md is missing",
      "notes.txt: not a file a package ships",
    ]);
  });

  test.each([
    ["a TrackOfferz secret key", 'const key = "tofz_sk_live_8f3kq0ZpLw9x";'],
    ["a HasOffers NetworkToken", 'token: "NETa1b2c3d4e5f6g7h8i9j0k1l2m3"'],
    ["a presigned URL signature", "https://s3.amazonaws.com/x.zip?X-Amz-Signature=0123456789abcdef0123"],
    ["an AWS access key id", "AKIAIOSFODNN7EXAMPLE"],
    ["a private key", "-----BEGIN RSA PRIVATE KEY-----"],
    ["an npm token", "npm_abcdefghijklmnopqrstuvwxyz0123456789"],
  ])("a file holding %s is refused", (_what, text) => {
    const problems = auditTarball(shipped({ "dist/index.js": text }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^dist\/index\.js: looks like a /);
    expect(problems[0]).not.toContain(text.slice(0, 20)); // the report shows only the start of a match
  });

  test("documented placeholders and the fakes' self-describing keys are not secrets", () => {
    const text = [
      "/** A secret key (`tofz_sk_…`) or a NetworkToken (`NET…`). */",
      'const fakeKey = "tofz_sk_test_fake";',
      'const FAKE_NETWORK_TOKEN = "NETfakeToken0123456789abcdefghij";',
    ].join("\n");
    expect(auditTarball(shipped({ "dist/testing.js": text }))).toEqual([]);
  });

  test("a pointer to a source map that does not ship is refused", () => {
    expect(auditTarball(shipped({ "dist/index.js": "x;\n//# sourceMappingURL=index.js.map" }))).toEqual([
      "dist/index.js: points at a source map that does not ship",
    ]);
  });
});

describe("the published manifest", () => {
  const complete = {
    name: "@offerkit/x",
    version: "1.0.0",
    description: "x",
    license: "MIT",
    exports: { ".": "./dist/index.js" },
    types: "./dist/index.d.ts",
    engines: { node: ">=20" },
    sideEffects: false,
  };

  test("passes when complete", () => {
    expect(auditManifest(complete)).toEqual([]);
  });

  test("refuses ranges only the workspace can resolve", () => {
    const manifest = { ...complete, dependencies: { "@offerkit/errors": "workspace:^", a: "^1.0.0" } };
    expect(auditManifest(manifest)).toEqual([
      'dependencies.@offerkit/errors is "workspace:^": only the workspace can resolve it',
    ]);
  });

  test("names every missing field users rely on", () => {
    const { license: _l, types: _t, sideEffects: _s, ...rest } = complete;
    expect(auditManifest(rest)).toEqual([
      'package.json has no "license"',
      'package.json has no "types"',
      'package.json should say "sideEffects": false',
    ]);
  });
});

describe("reading a tarball", () => {
  /** One ustar header block. */
  function header(name: string, size: number, type: string): Buffer {
    const block = Buffer.alloc(512);
    block.write(name.slice(0, 100), 0);
    block.write(`${size.toString(8).padStart(11, "0")}\0`, 124);
    block.write(type, 156);
    block.write("ustar\u000000", 257);
    return block;
  }
  const pad = (body: Buffer) => Buffer.concat([body, Buffer.alloc((512 - (body.length % 512)) % 512)]);

  test("returns each regular file under its path inside the package, long PAX names included", () => {
    const long = `package/dist/${"a".repeat(120)}.js`;
    const pax = Buffer.from(`${String(long.length + 12).padStart(3, "0")} path=${long}\n`);
    const tar = Buffer.concat([
      header("package/", 0, "5"),
      header("package/package.json", 2, "0"),
      pad(Buffer.from("{}")),
      header("PaxHeader", pax.length, "x"),
      pad(pax),
      header("package/dist/aaaa.js", 3, "0"),
      pad(Buffer.from("x=1")),
      Buffer.alloc(1024),
    ]);
    const file = join(scratch, "fixture.tgz");
    writeFileSync(file, gzipSync(tar));
    const files = readTarball(file);
    expect([...files.keys()]).toEqual(["package.json", `dist/${"a".repeat(120)}.js`]);
    expect(files.get(`dist/${"a".repeat(120)}.js`)?.toString()).toBe("x=1");
  });
});

describe("workspace packages", () => {
  test("entries come from exports, without ./package.json; conditions alone mean one entry", () => {
    expect(
      listEntries({ exports: { ".": {}, "./testing": {}, "./package.json": "./package.json" } }),
    ).toEqual([".", "./testing"]);
    expect(listEntries({ exports: { import: "./a.js", require: "./a.cjs" } })).toEqual(["."]);
    expect(listEntries({ main: "./a.js" })).toEqual(["."]);
  });

  test("private packages are left out; an entry's source is src/<name>.ts or src/<name>/index.ts", () => {
    const root = fixture("workspace", {
      "packages/a/package.json": JSON.stringify({
        name: "@x/a",
        version: "1.0.0",
        exports: { ".": "./dist/index.js", "./raw": "./dist/raw.js", "./testing": "./dist/testing.js" },
      }),
      "packages/a/src/index.ts": "",
      "packages/a/src/raw/index.ts": "",
      "packages/a/dist/index.js": "",
      "packages/b/package.json": JSON.stringify({ name: "@x/b", private: true }),
    });
    const [a, ...others] = listPackages(root);
    expect(others).toEqual([]);
    expect(a?.mainEntries).toEqual([".", "./raw"]); // ./testing may use Node built-ins
    expect(sourceOf(a!, "./raw")).toBe(join(root, "packages/a/src/raw/index.ts"));
    expect(sourceOf(a!, "./testing")).toBe(join(root, "packages/a/src/testing.ts"));
    expect(unbuiltPackages([a!])).toEqual([
      { name: "@x/a", missing: ["./dist/raw.js", "./dist/testing.js"] },
    ]);
  });
});

describe("declared imports", () => {
  test("an import the manifest does not declare, and a Node built-in in a main entry, are reported", async () => {
    const dir = fixture("imports", {
      "dist/index.js":
        'import pad from "left-pad"; import { x } from "@scope/dep/sub"; import "node:fs"; export { pad, x };',
      "dist/testing.js": 'import { createServer } from "node:http"; export { createServer };',
    });
    const problems = await undeclaredImports({
      packageDir: dir,
      manifest: { name: "@x/a", dependencies: { "@scope/dep": "^1.0.0" } },
      files: ["dist/index.js", "dist/testing.js"],
      nodeAllowed: (file: string) => file === "dist/testing.js",
    });
    expect(problems).toEqual([
      'dist/index.js imports "left-pad" but @x/a does not declare "left-pad"',
      'dist/index.js imports the Node built-in "node:fs"',
    ]);
  });
});

describe("the browser-like runtime", () => {
  test("has fetch, URL and web streams, and the entry's exports come back", () => {
    const code =
      'var __entry = { ok: typeof fetch === "function" && typeof ReadableStream === "function", url: new URL("https://x.test").host };';
    expect(runInBrowserLikeContext(code)).toEqual(["ok", "url"]);
  });

  test.each(["process.env.X", "Buffer.from('x')", "require('fs')", "__dirname"])(
    "has no Node global: a bundle that touches %s at load fails",
    (expression) => {
      expect(() => runInBrowserLikeContext(`var __entry = { v: ${expression} };`)).toThrow(/is not defined/);
    },
  );
});

describe("are-the-types-wrong findings", () => {
  test("node10 not seeing a subpath entry is expected; anything else, main entry included, is reported", () => {
    expect(
      reportableAttwProblems([
        { kind: "NoResolution", entrypoint: "./testing", resolutionKind: "node10" },
        { kind: "NoResolution", entrypoint: ".", resolutionKind: "node10" },
        { kind: "FalseCJS", entrypoint: "./testing", resolutionKind: "node16-cjs" },
        { kind: "CJSResolvesToESM", entrypoint: "." },
      ]),
    ).toEqual(["NoResolution in . (node10)", "FalseCJS in ./testing (node16-cjs)", "CJSResolvesToESM in ."]);
  });
});

describe("TypeScript consumers", () => {
  let project: string;

  beforeAll(() => {
    project = fixture("consumer", {
      "node_modules/@offerkit/demo/package.json": JSON.stringify({
        name: "@offerkit/demo",
        exports: { ".": { types: "./index.d.ts", default: "./index.js" } },
      }),
      "node_modules/@offerkit/demo/index.d.ts": [
        "export declare class Client {",
        "  constructor(options: { key: string });",
        "  readonly reports: Reports;",
        "  send(path: string): Promise<string>;",
        "  private secret;",
        "}",
        "export declare class Reports { summary(from: string): Promise<number>; }",
        "export declare function connect(url: string): Client;",
        "export declare const VERSION: string;",
        "export interface Options { key: string }",
        "export type Page<T> = { items: T[] };",
      ].join("\n"),
      "node_modules/@offerkit/broken/package.json": JSON.stringify({
        name: "@offerkit/broken",
        types: "index.d.ts",
      }),
      "node_modules/@offerkit/broken/index.d.ts":
        'import type { Gone } from "./missing.js";\nexport declare const x: Gone;\n',
      "node_modules/third-party/package.json": JSON.stringify({ name: "third-party", types: "index.d.ts" }),
      "node_modules/third-party/index.d.ts":
        'import type { Gone } from "./missing.js";\nexport declare const y: Gone;\n',
    });
  });

  test("the inventory sees values, classes with their methods and their resources' methods, and types", () => {
    const [exports] = [...inventoryExports(project, ["@offerkit/demo"]).values()];
    expect(exports).toEqual([
      {
        name: "Client",
        kind: "class",
        generic: false,
        constructible: true,
        methods: ["reports.summary", "send"],
        staticMethods: [],
      },
      {
        name: "connect",
        kind: "function",
        generic: false,
        constructible: false,
        methods: [],
        staticMethods: [],
      },
      { name: "Options", kind: "type", generic: false, constructible: false, methods: [], staticMethods: [] },
      { name: "Page", kind: "type", generic: true, constructible: false, methods: [], staticMethods: [] },
      {
        name: "Reports",
        kind: "class",
        generic: false,
        constructible: true,
        methods: ["summary"],
        staticMethods: [],
      },
      {
        name: "VERSION",
        kind: "value",
        generic: false,
        constructible: false,
        methods: [],
        staticMethods: [],
      },
    ]);
    const sample = renderUsageSample("@offerkit/demo", exports!);
    expect(sample).toContain('import { Client, connect, Reports, VERSION } from "@offerkit/demo";');
    expect(sample).toContain('import type { Options, Page } from "@offerkit/demo";');
    expect(sample).toContain(
      "instance_Client.reports.summary(...given<Parameters<typeof instance_Client.reports.summary>>())",
    );
    expect(sample).toContain("type _Options_typed = NotAny<IsAny<Options>>;");
    expect(sample).not.toContain("_Page_typed"); // a generic type cannot be named bare
  });

  test("a type error inside an offerkit declaration file fails; one inside a third-party library does not", async () => {
    writeFileSync(
      join(project, "sample.ts"),
      'import { x } from "@offerkit/broken";\nimport { y } from "third-party";\nexport { x, y };\n',
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "esnext",
          moduleResolution: "bundler",
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ["sample.ts"],
      }),
    );
    const checker = join(__dirname, "..", "packed", "check-consumer.mjs");
    const failure = await run(process.execPath, [checker, "tsconfig.json"], { cwd: project }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain("node_modules/@offerkit/broken/index.d.ts(1,27): error TS2307");
    expect(failure.stdout).not.toContain("third-party");
  });
});
