// @ts-check
/**
 * publint and are-the-types-wrong, run against the packed tarball (what npm would serve), not the package folder.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const run = promisify(execFile);
const attwRunner = join(dirname(fileURLToPath(import.meta.url)), "attw-tarballs.mjs");

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
 * Every problem are-the-types-wrong finds in each tarball, for every resolution it models (node10, node16 from CJS
 * and from ESM, bundler), filtered by {@link reportableAttwProblems}. One child process checks all the tarballs
 * (attw's TypeScript loads once), off the test process's thread.
 * @param {string[]} tarballs
 * @returns {Promise<Map<string, string[]>>} problems per tarball path
 */
export async function attwTarballs(tarballs) {
  const { stdout } = await run(process.execPath, [attwRunner, ...tarballs], { maxBuffer: 64 * 1024 * 1024 });
  /** @type {Record<string, { kind: string, entrypoint?: string, resolutionKind?: string }[]>} */
  const found = JSON.parse(stdout);
  return new Map(tarballs.map((t) => [t, reportableAttwProblems(found[t] ?? [])]));
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
