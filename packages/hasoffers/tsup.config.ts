import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base";

export default defineConfig(
  packageConfig({ index: "src/index.ts", testing: "src/testing.ts", "raw-logs": "src/raw-logs/index.ts" }),
);
