import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";

// The suite measures the BUILT packages; without a build there is nothing to run (CI always builds first).
const root = fileURLToPath(new URL("../../", import.meta.url));
const built = ["errors", "request-engine", "trackofferz-core", "hasoffers-core"].every((pkg) =>
  existsSync(join(root, "packages", pkg, "dist", "index.js")),
);
const out = mkdtempSync(join(tmpdir(), "offerkit-bench-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Target {
  figure: string;
  measured: string;
  met?: boolean;
}

describe.skipIf(!built && !process.env.CI)("the benchmark suite in quick mode", () => {
  let report: { sections: { title: string; targets: Target[] }[] };
  let markdown: string;

  test("runs every scenario and writes only where it is told to", { timeout: 180_000 }, async () => {
    const results = join(root, "bench", "RESULTS.md");
    const before = existsSync(results) ? readFileSync(results, "utf8") : undefined;
    await promisify(execFile)(process.execPath, ["bench/run.mjs", "--quick", "--out", join(out, "r.md")], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    markdown = readFileSync(join(out, "r.md"), "utf8");
    report = JSON.parse(readFileSync(join(out, "r.md.json"), "utf8"));
    expect(existsSync(results) ? readFileSync(results, "utf8") : undefined).toBe(before);
  });

  test("reports all five figures with the machine and Node version", () => {
    expect(report.sections.map((s) => s.title)).toEqual([
      "1. Per-call overhead",
      "2. Pagination",
      "3. Raw logs",
      "4. Size",
      "5. Cold start",
    ]);
    expect(markdown).toContain(`Node ${process.version}`);
    expect(markdown).toContain("Quick mode");
  });

  test("measures every figure whose package is built (all of them in CI)", () => {
    const wrappersBuilt = ["trackofferz", "hasoffers"].every((pkg) =>
      existsSync(join(root, "packages", pkg, "dist", "index.js")),
    );
    const targets = report.sections.flatMap((s) => s.targets);
    expect(targets.length).toBeGreaterThan(0);
    const unmeasured = targets.filter((t) => t.met === undefined).map((t) => t.figure);
    if (wrappersBuilt || process.env.CI) expect(unmeasured).toEqual([]);
    for (const t of targets) if (t.met !== undefined) expect(t.measured).not.toContain("not built");
  });
});
