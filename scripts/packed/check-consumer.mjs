#!/usr/bin/env node
// @ts-check
/**
 * `node check-consumer.mjs <tsconfig>...`: tsc for a consumer project, one program per tsconfig, printing
 * `=== <tsconfig>` and its diagnostics for each one that fails (exit code 1 when any does).
 *
 * The declarations of the offerkit packages are checked as thoroughly as the consumer's own files (a broken import
 * inside a `.d.cts` must fail, not turn into `any`) while third-party declarations (the DOM lib, @types/node,
 * openapi-fetch) are taken as given: `skipLibCheck: false` for our packages only. All programs share one cache of
 * parsed files, so @types/node and the DOM lib are parsed once however many settings are checked.
 */
import { dirname, resolve } from "node:path";
import ts from "typescript";

/** @type {Map<string, ts.SourceFile | undefined>} */
const parsedFiles = new Map();
let failed = false;

for (const arg of process.argv.slice(2)) {
  const configPath = resolve(arg);
  const diagnostics = check(configPath);
  if (diagnostics.length === 0) continue;
  failed = true;
  const host = {
    getCanonicalFileName: (/** @type {string} */ f) => f,
    getCurrentDirectory: () => dirname(configPath),
    getNewLine: () => "\n",
  };
  process.stdout.write(`=== ${arg}\n${ts.formatDiagnostics(diagnostics, host)}`);
}
process.exitCode = failed ? 1 : 0;

/**
 * @param {string} configPath
 * @returns {readonly ts.Diagnostic[]}
 */
function check(configPath) {
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) return [error];
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  if (parsed.errors.length) return parsed.errors;
  const host = ts.createCompilerHost(parsed.options);
  const parse = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    const options = typeof languageVersionOrOptions === "object" ? languageVersionOrOptions : undefined;
    const key = `${fileName}\0${options?.languageVersion ?? languageVersionOrOptions}\0${options?.impliedNodeFormat}`;
    if (!parsedFiles.has(key))
      parsedFiles.set(key, parse(fileName, languageVersionOrOptions, onError, shouldCreate));
    return parsedFiles.get(key);
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  const roots = new Set(parsed.fileNames.map((f) => resolve(f)));
  const ours = (/** @type {ts.SourceFile} */ file) =>
    roots.has(resolve(file.fileName)) || /[\\/]node_modules[\\/]@offerkit[\\/]/.test(file.fileName);
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program
      .getSourceFiles()
      .filter(ours)
      .flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
}
