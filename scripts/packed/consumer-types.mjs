// @ts-check
/**
 * Type-checks consumer code against the installed packages under each `moduleResolution` a user may pick:
 * `node16` and `nodenext` (as an ES module `.mts` and as CommonJS `.cts`) and `bundler`. The code is generated from
 * the export inventory (every export named, every function, constructor and public method called with its declared
 * parameters, no export silently typed `any`) plus any extra files, such as README snippets and examples.
 */
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { repoRoot } from "./workspace-packages.mjs";

const run = promisify(execFile);
const checker = join(dirname(fileURLToPath(import.meta.url)), "check-consumer.mjs");

/** The consumer settings under test, each with the file kinds it compiles. */
export const resolutionModes = [
  { mode: "node16", module: "node16", moduleResolution: "node16", extensions: [".mts", ".cts"] },
  { mode: "nodenext", module: "nodenext", moduleResolution: "nodenext", extensions: [".mts", ".cts"] },
  { mode: "bundler", module: "esnext", moduleResolution: "bundler", extensions: [".ts"] },
];

/**
 * The source of one sample that uses every export of `specifier`. Wrapped in a function so CommonJS files (no
 * top-level await) compile the same text; it is type-checked, never run.
 * @param {string} specifier
 * @param {import("./export-inventory.mjs").ExportInfo[]} exports
 */
export function renderUsageSample(specifier, exports) {
  const values = exports.filter((e) => e.kind !== "type");
  const types = exports.filter((e) => e.kind === "type");
  const from = JSON.stringify(specifier);
  const lines = [`// Generated: uses every export of ${specifier}.`];
  if (values.length) lines.push(`import { ${values.map((e) => e.name).join(", ")} } from ${from};`);
  if (types.length) lines.push(`import type { ${types.map((e) => e.name).join(", ")} } from ${from};`);
  lines.push(
    "type IsAny<T> = 0 extends 1 & T ? true : false;",
    "type NotAny<T extends false> = T;",
    "function given<T>(): T { return undefined as unknown as T; }",
  );
  for (const e of values) lines.push(`type _${e.name}_typed = NotAny<IsAny<typeof ${e.name}>>;`);
  for (const e of types.filter((t) => !t.generic))
    lines.push(`type _${e.name}_typed = NotAny<IsAny<${e.name}>>;`);
  if (types.length) lines.push(`export type { ${types.map((e) => e.name).join(", ")} };`);
  lines.push("export async function useEveryExport(): Promise<unknown[]> {", "  const used: unknown[] = [];");
  for (const e of values) {
    if (e.kind === "function")
      lines.push(`  used.push(${e.name}(...given<Parameters<typeof ${e.name}>>()));`);
    else if (e.kind === "value") lines.push(`  used.push(${e.name});`);
    else {
      for (const m of e.staticMethods)
        lines.push(`  used.push(${e.name}.${m}(...given<Parameters<typeof ${e.name}.${m}>>()));`);
      if (e.constructible) {
        const instance = `instance_${e.name}`;
        lines.push(
          `  const ${instance} = new ${e.name}(...given<ConstructorParameters<typeof ${e.name}>>());`,
        );
        lines.push(`  used.push(${instance} instanceof ${e.name});`);
        for (const m of e.methods)
          lines.push(`  used.push(${instance}.${m}(...given<Parameters<typeof ${instance}.${m}>>()));`);
      } else lines.push(`  used.push(${e.name});`);
    }
  }
  lines.push("  return used;", "}", "");
  return lines.join("\n");
}

/**
 * Writes the tsconfigs of each resolution mode into `projectDir` and type-checks them all in one child process.
 * Code that exercises the API (`strict` plus `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes`, what
 * `tsc --init` sets since TypeScript 5.9) must pass the strictest settings a user may have; README programs are
 * prose examples (`rows[0].key`) and are held to `strict` alone.
 * @param {string} projectDir the consumer project
 * @param {{ cjs: string[], readme: string[], js?: string[] }} files project-relative sources without extension:
 *   `cjs` ones are compiled as ES modules and as CommonJS (`.mts` + `.cts`, or `.ts` for bundler), `readme` ones
 *   (top-level await) only as ES modules; `js` are JavaScript files (with extension) checked with `checkJs`, such
 *   as the examples
 * @returns {Promise<{ mode: string, kind: "api" | "readme", ok: boolean, output: string }[]>} one result per
 *   resolution mode and kind ("api": generated samples and examples; "readme": README programs), when it has files
 */
export async function typecheckConsumers(projectDir, files) {
  const typeRoot = relative(projectDir, join(repoRoot, "node_modules", "@types"))
    .split("\\")
    .join("/");
  const programs = resolutionModes.flatMap(({ mode, module, moduleResolution, extensions }) => {
    const base = {
      target: "es2022",
      lib: ["es2022", "dom", "dom.iterable"],
      module,
      moduleResolution,
      strict: true,
      // Declarations are checked: a broken import inside a .d.cts must fail, not turn into any.
      // (check-consumer.mjs asks only for the offerkit ones; third-party libraries are taken as given.)
      skipLibCheck: false,
      allowJs: true,
      checkJs: true,
      noEmit: true,
      // Node types for the `./testing` entries and examples, from the repo (a user's project has its own).
      typeRoots: [typeRoot],
      types: ["node"],
    };
    const strictest = { ...base, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true };
    return [
      {
        mode,
        tsconfig: `tsconfig.${mode}.json`,
        config: {
          compilerOptions: strictest,
          files: [...files.cjs.flatMap((f) => extensions.map((ext) => `${f}${ext}`)), ...(files.js ?? [])],
        },
      },
      {
        mode,
        tsconfig: `tsconfig.${mode}.readme.json`,
        config: { compilerOptions: base, files: files.readme.map((f) => `${f}${extensions[0]}`) },
      },
    ].filter((p) => p.config.files.length > 0);
  });
  for (const p of programs)
    writeFileSync(join(projectDir, p.tsconfig), `${JSON.stringify(p.config, null, 2)}\n`);
  let output = "";
  try {
    await run(process.execPath, [checker, ...programs.map((p) => p.tsconfig)], {
      cwd: projectDir,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = /** @type {any} */ (error);
    output = `${e.stdout ?? ""}${e.stderr ?? ""}` || String(error);
  }
  const crashed = output !== "" && !output.startsWith("=== ");
  return programs.map(({ mode, tsconfig }) => {
    const section = output.split(/^(?==== )/m).find((part) => part.startsWith(`=== ${tsconfig}\n`));
    return {
      mode,
      kind: tsconfig.endsWith(".readme.json") ? "readme" : "api",
      ok: !section && !crashed,
      output: crashed ? output : (section ?? ""),
    };
  });
}

/**
 * Writes `source` once per file extension the modes need (`base.mts`, `base.cts`, `base.ts`).
 * @param {string} projectDir
 * @param {string} base project-relative path without extension
 * @param {string} source
 * @param {{ cjs: boolean }} options whether a CommonJS copy is wanted
 */
export function writeSample(projectDir, base, source, { cjs }) {
  const dir = join(projectDir, base, "..");
  mkdirSync(dir, { recursive: true });
  for (const ext of cjs ? [".mts", ".cts", ".ts"] : [".mts", ".ts"])
    writeFileSync(join(projectDir, base + ext), source);
}
