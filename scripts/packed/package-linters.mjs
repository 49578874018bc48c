// @ts-check
/**
 * publint and are-the-types-wrong, run against the packed tarball (what npm would serve), not the package folder.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { repoRoot } from "./workspace-packages.mjs";

const run = promisify(execFile);
const attwBin = join(repoRoot, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");

/**
 * Everything publint reports in strict mode (errors, warnings and suggestions alike), as readable lines.
 * @param {string} tarball
 * @returns {Promise<string[]>}
 */
export async function publintTarball(tarball) {
  const bytes = readFileSync(tarball);
  const pkgBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({
    pack: { tarball: pkgBuffer },
    strict: true,
    level: "suggestion",
  });
  return messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
}

/**
 * Every problem are-the-types-wrong finds, for every resolution it models (node10, node16 from CJS and from ESM,
 * bundler). One exception: node10 cannot see subpath exports at all (it predates `exports`), so a subpath entry
 * not resolving under node10 is expected and not reported; the main entry must still resolve there.
 * @param {string} tarball
 * @returns {Promise<string[]>}
 */
export async function attwTarball(tarball) {
  let stdout;
  try {
    ({ stdout } = await run(
      process.execPath,
      [attwBin, tarball, "--format", "json", "--no-definitely-typed"],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    ));
  } catch (error) {
    // attw exits 1 when it found problems; the JSON is on stdout either way.
    stdout = /** @type {any} */ (error).stdout;
    if (!stdout) throw error;
  }
  return reportableAttwProblems(JSON.parse(stdout).analysis?.problems ?? []);
}

/**
 * The problems worth reporting, as readable lines: all of them except node10 failing to resolve a subpath entry
 * (node10 predates `exports`; the main entry must still resolve there).
 * @param {{ kind: string, entrypoint?: string, resolutionKind?: string }[]} problems attw's JSON problems
 * @returns {string[]}
 */
export function reportableAttwProblems(problems) {
  return problems
    .filter((p) => !(p.kind === "NoResolution" && p.resolutionKind === "node10" && p.entrypoint !== "."))
    .map(
      (p) =>
        `${p.kind}${p.entrypoint ? ` in ${p.entrypoint}` : ""}${p.resolutionKind ? ` (${p.resolutionKind})` : ""}`,
    );
}
