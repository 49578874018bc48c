import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("bench/composition.mjs", () => {
  test("lists each source module's share of a main bundle, shares adding up to at most the whole", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["bench/composition.mjs", "trackofferz"], {
      cwd: root,
    });
    const [header, ...lines] = stdout.trim().split("\n");
    const [, total] = /: (\d+) bytes minified, \d+ min\+gz$/.exec(header ?? "") ?? [];
    const shares = lines.map((line) => {
      const [bytes, file] = line.trim().split(/\s+/);
      return { bytes: Number(bytes), file };
    });
    expect(shares.map((s) => s.file)).toContain("request-engine/src/engine.ts");
    expect(shares.map((s) => s.file)).toContain("trackofferz/src/client.ts");
    // No third-party code in the main entry: openapi-fetch's runtime is not in it.
    expect(shares.some((s) => s.file?.includes("openapi-fetch"))).toBe(false);
    const sum = shares.reduce((all, s) => all + s.bytes, 0);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(Number(total));
  });
});
