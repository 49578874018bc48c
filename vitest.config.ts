import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packages = fileURLToPath(new URL("./packages/", import.meta.url));

/**
 * One vitest run across every package. Workspace imports resolve to the packages' sources
 * (entry `@offerkit/x` -> packages/x/src/index.ts, `@offerkit/x/sub` -> packages/x/src/sub.ts),
 * so tests never depend on a stale build; the packed-package tests exercise the built output.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@offerkit\/([a-z-]+)$/, replacement: `${packages}$1/src/index.ts` },
      { find: /^@offerkit\/([a-z-]+)\/([a-z-]+)$/, replacement: `${packages}$1/src/$2.ts` },
    ],
  },
  test: {
    include: [
      "packages/*/test/**/*.test.ts",
      "scripts/test/**/*.test.ts",
      "test/**/*.test.ts",
      "bench/test/**/*.test.ts",
      "examples/test/**/*.test.ts",
    ],
    typecheck: { enabled: true, include: ["packages/*/test/**/*.test-d.ts"] },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
