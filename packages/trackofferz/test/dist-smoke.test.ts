import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";

// The package as a user gets it: the built ESM and CJS entries (run `pnpm build` first; `pnpm verify` does).
const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url);
const built = existsSync(dist("index.js")) && existsSync(dist("testing.js"));
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

describe.skipIf(!built)("the built package", () => {
  test("ESM: a client against the testing entry's fake; the User-Agent carries package.json's version", async () => {
    const { TrackOfferz, USER_AGENT, VERSION } = await import(dist("index.js").href);
    const { createFakeTrackOfferz } = await import(dist("testing.js").href);
    const fake = createFakeTrackOfferz();
    const client = new TrackOfferz({ apiKey: fake.apiKey, fetch: fake.fetch });
    await expect(client.reports.summary()).resolves.toMatchObject({ currency: "USD" });
    expect(VERSION).toBe(version);
    expect(USER_AGENT).toBe(`offerkit-trackofferz/${version} (@offerkit/trackofferz)`);
    expect(fake.requests[0].headers["user-agent"]).toBe(USER_AGENT);
  });

  test("CJS: both entries load with require", () => {
    const require = createRequire(import.meta.url);
    expect(typeof require(dist("index.cjs").pathname).TrackOfferz).toBe("function");
    expect(typeof require(dist("testing.cjs").pathname).createFakeTrackOfferz).toBe("function");
  });

  test("the main entry imports no node: module and reads no package.json at run time", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const code = readFileSync(dist(file), "utf8");
      expect(code).not.toMatch(/["']node:/);
      expect(code).not.toMatch(/package\.json/);
    }
  });

  test("the testing entry loads node:http only when listen() is called, so its in-process fake runs anywhere", () => {
    // The build inlines the loopback server into the testing entry; only a dynamic import keeps it on demand there.
    for (const file of ["testing.js", "testing.cjs"]) {
      const code = readFileSync(dist(file), "utf8");
      expect(code).not.toMatch(/^import [^;]*from ["']node:/m);
      expect(code).not.toMatch(/^(var|const|let) [^;]*= require\(["']node:/m);
      expect(code).toMatch(/import\(["']node:http["']\)/);
    }
  });
});
