// @ts-check
/**
 * Loads every entry of the installed packages with `import` and with `require` in a child Node process and reports
 * each entry's export names and their `typeof`, so the two module systems can be compared on any Node binary.
 */
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * @typedef {Record<string, { exports: Record<string, string> } | { error: string }>} EntryReport
 *   per specifier: export name -> typeof, or the load error
 */

const ESM = `const report = {};
for (const specifier of JSON.parse(process.argv[2])) {
  try {
    const mod = await import(specifier);
    report[specifier] = { exports: Object.fromEntries(Object.keys(mod).sort().map((k) => [k, typeof mod[k]])) };
  } catch (error) {
    report[specifier] = { error: String(error && error.stack || error) };
  }
}
console.log(JSON.stringify(report));
`;

const CJS = `const report = {};
for (const specifier of JSON.parse(process.argv[2])) {
  try {
    const mod = require(specifier);
    report[specifier] = { exports: Object.fromEntries(Object.keys(mod).filter((k) => k !== "__esModule").sort().map((k) => [k, typeof mod[k]])) };
  } catch (error) {
    report[specifier] = { error: String(error && error.stack || error) };
  }
}
console.log(JSON.stringify(report));
`;

/**
 * Loads `specifiers` in `projectDir` with the given Node binary, once as ESM and once as CJS.
 * @param {string} nodeBin
 * @param {string} projectDir a consumer project with the packages installed
 * @param {string[]} specifiers
 * @returns {Promise<{ esm: EntryReport, cjs: EntryReport }>}
 */
export async function loadEntries(nodeBin, projectDir, specifiers) {
  writeFileSync(join(projectDir, "load-entries.mjs"), ESM);
  writeFileSync(join(projectDir, "load-entries.cjs"), CJS);
  const arg = JSON.stringify(specifiers);
  // No NODE_OPTIONS from the test runner (vitest's loaders must not leak into the "user's" process).
  const env = { ...process.env, NODE_OPTIONS: "" };
  const [esm, cjs] = await Promise.all([
    run(nodeBin, ["load-entries.mjs", arg], { cwd: projectDir, env }),
    run(nodeBin, ["load-entries.cjs", arg], { cwd: projectDir, env }),
  ]);
  return { esm: JSON.parse(esm.stdout), cjs: JSON.parse(cjs.stdout) };
}
