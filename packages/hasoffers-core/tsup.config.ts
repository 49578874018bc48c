import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base";

export default defineConfig(packageConfig({ index: "src/index.ts" }));
