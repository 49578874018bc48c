import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// The User-Agent's version is inlined at build time, so no entry reads package.json at run time (ESM and CJS alike).
export default defineConfig(
  packageConfig(
    { index: "src/index.ts", testing: "src/testing.ts" },
    { define: { __TRACKOFFERZ_VERSION__: JSON.stringify(version) } },
  ),
);
