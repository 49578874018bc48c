// @ts-check
/**
 * Copies the example programs (examples/<name>/, not the tests) into a consumer project, where their
 * `@offerkit/...` imports resolve to the installed tarballs the way they would in a user's project.
 */
import { cpSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./workspace-packages.mjs";

/** The examples folder of the repo. */
export const examplesDir = join(repoRoot, "examples");

/**
 * The example folders (each holds one runnable program), sorted.
 * @returns {string[]} folder names
 */
export function listExamples() {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "test" && d.name !== "node_modules")
    .map((d) => d.name)
    .sort();
}

/**
 * Copies every example into `<projectDir>/examples/<name>/`.
 * @param {string} projectDir
 * @returns {string[]} project-relative paths of the copied programs (`.mjs` files)
 */
export function copyExamples(projectDir) {
  return listExamples().flatMap((name) => {
    cpSync(join(examplesDir, name), join(projectDir, "examples", name), { recursive: true });
    return readdirSync(join(examplesDir, name))
      .filter((file) => file.endsWith(".mjs"))
      .map((file) => `examples/${name}/${file}`);
  });
}
