// @ts-check
/**
 * Proves a main entry runs where there is no Node: bundles it with esbuild for `platform: "browser"` (any Node
 * built-in import fails the bundle) and evaluates the bundle in a fresh V8 context that has the web platform's
 * globals (fetch, streams, URL, encoders, timers, crypto) and none of Node's (process, Buffer, require, module).
 */
import { runInNewContext } from "node:vm";
import { build } from "esbuild";

/** The globals a browser or edge runtime provides that the SDKs may use. Node's own are left out on purpose. */
const WEB_GLOBALS = [
  "fetch",
  "Request",
  "Response",
  "Headers",
  "FormData",
  "Blob",
  "File",
  "URL",
  "URLSearchParams",
  "AbortController",
  "AbortSignal",
  "TextEncoder",
  "TextDecoder",
  "ReadableStream",
  "WritableStream",
  "TransformStream",
  "CompressionStream",
  "DecompressionStream",
  "crypto",
  "console",
  "setTimeout",
  "clearTimeout",
  "setInterval",
  "clearInterval",
  "queueMicrotask",
  "structuredClone",
  "atob",
  "btoa",
  "Event",
  "EventTarget",
  "DOMException",
  "performance",
];

/**
 * Bundles `specifier` (resolved from `projectDir`) for the browser.
 * @param {string} projectDir
 * @param {string} specifier
 * @returns {Promise<{ code: string, bytes: number }>} an IIFE that assigns the entry's exports to `__entry`
 */
export async function bundleForBrowser(projectDir, specifier) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: projectDir, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "__entry",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, bytes: Buffer.byteLength(code) };
}

/**
 * Evaluates a bundle from {@link bundleForBrowser} in a context with web globals only.
 * @param {string} code
 * @returns {string[]} the names the entry exports
 */
export function runInBrowserLikeContext(code) {
  /** @type {Record<string, unknown>} */
  const sandbox = Object.fromEntries(
    WEB_GLOBALS.map((name) => [name, /** @type {any} */ (globalThis)[name]]),
  );
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  runInNewContext(`${code}\nglobalThis.__names = Object.keys(__entry).sort();`, sandbox, { timeout: 5_000 });
  return /** @type {string[]} */ (sandbox.__names);
}
