// @ts-check
/**
 * The setup every packed check starts from: the packages packed once into a temp folder and installed with npm
 * into a fresh project outside the workspace.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConsumerProject } from "./consumer-project.mjs";
import { packPackages } from "./pack-packages.mjs";
import { listPackages, unbuiltPackages } from "./workspace-packages.mjs";

/**
 * Packs every workspace package and installs the tarballs into a new project. Fails first, with "run `pnpm build`",
 * when a package's built files are missing.
 * @param {import("./workspace-packages.mjs").WorkspacePackage[]} [packages]
 * @returns {Promise<{ packed: import("./pack-packages.mjs").PackedPackage[], dir: string, remove: () => void }>}
 */
export async function preparePackedProject(packages = listPackages()) {
  const unbuilt = unbuiltPackages(packages);
  if (unbuilt.length > 0) {
    const list = unbuilt.map((p) => `${p.name} (${p.missing.join(", ")})`).join("; ");
    throw new Error(
      `The packed-package checks read the built output; run \`pnpm build\` first. Missing: ${list}`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), "offerkit-packed-"));
  try {
    const packed = await packPackages(packages, work);
    const project = await createConsumerProject(packed.map((p) => p.tarball));
    return {
      packed,
      dir: project.dir,
      remove: () => {
        project.remove();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
