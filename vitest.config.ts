import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";

const packages = fileURLToPath(new URL("./packages/", import.meta.url));

/**
 * Workspace imports resolve to the packages' sources, so tests never depend on a stale build (the packed-package
 * tests exercise the built output): `@offerkit/x` -> packages/x/src/index.ts, `@offerkit/x/sub` ->
 * packages/x/src/sub.ts or packages/x/src/sub/index.ts.
 */
function workspaceSources(): Plugin {
  return {
    name: "offerkit-workspace-sources",
    enforce: "pre",
    resolveId(id) {
      const match = /^@offerkit\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(id);
      if (!match) return null;
      const [, pkg, sub] = match;
      const candidates = sub
        ? [`${packages}${pkg}/src/${sub}.ts`, `${packages}${pkg}/src/${sub}/index.ts`]
        : [`${packages}${pkg}/src/index.ts`];
      return candidates.find((file) => existsSync(file)) ?? null;
    },
  };
}

export default defineConfig({
  plugins: [workspaceSources()],
  test: {
    include: [
      "packages/*/test/**/*.test.ts",
      "scripts/test/**/*.test.ts",
      "test/**/*.test.ts",
      "bench/test/**/*.test.ts",
      "examples/test/**/*.test.ts",
    ],
    typecheck: {
      enabled: true,
      include: ["packages/*/test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.typetests.json",
    },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
