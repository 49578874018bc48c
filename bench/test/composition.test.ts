import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ["bench/composition.mjs", ...args], { cwd: root });
/** The header line of one entry: `@offerkit/<entry>[ (every property mangled)]: N bytes minified, M min+gz`. */
const totals = (stdout: string) =>
  [
    ...stdout.matchAll(
      /^@offerkit\/(\S+)( \(every property mangled\))?: (\d+) bytes minified, (\d+) min\+gz$/gm,
    ),
  ].map(([, entry, mangled, min, gz]) => ({
    entry,
    mangled: Boolean(mangled),
    min: Number(min),
    gz: Number(gz),
  }));

describe("bench/composition.mjs", () => {
  test("lists each source module's share of a main bundle, shares adding up to at most the whole", async () => {
    const { stdout } = await run("trackofferz");
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

  test("--mangle-props prints the same entry with every property renamed, as a smaller upper bound", async () => {
    const [plain] = totals((await run("trackofferz")).stdout);
    const [mangled] = totals((await run("--mangle-props", "trackofferz")).stdout);
    expect(plain).toMatchObject({ entry: "trackofferz", mangled: false });
    expect(mangled).toMatchObject({ entry: "trackofferz", mangled: true });
    expect(mangled!.min).toBeLessThan(plain!.min);
    expect(mangled!.gz).toBeLessThan(plain!.gz);
  });
});
