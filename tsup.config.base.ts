import type { Options } from "tsup";

/**
 * Shared tsup settings for every publishable package: ESM + CJS, `.d.ts` and `.d.cts`,
 * no source maps in the tarball, no minification (consumers' bundlers do that).
 */
export function packageConfig(entry: Record<string, string>, overrides: Partial<Options> = {}): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: false,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
    // Keep `node:` specifiers (Deno needs them) in the Node-only subpath entries such as `./testing`.
    removeNodeProtocol: false,
    external: [/^node:/],
    ...overrides,
  };
}
