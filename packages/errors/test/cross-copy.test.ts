import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, test, vi } from "vitest";

type ErrorsModule = typeof import("../src/index.js");

/** Evaluates the whole package again, as a second installed copy would be. */
async function freshCopy(): Promise<ErrorsModule> {
  vi.resetModules();
  return import("../src/index.js");
}

function expectCopiesAgree(a: ErrorsModule, b: ErrorsModule): void {
  expect(a.RateLimitError).not.toBe(b.RateLimitError);
  const fromA = new a.RateLimitError("slow", { sdk: "trackofferz", retryAfter: 3 });
  const fromB = new b.TimeoutError("late", { sdk: "hasoffers" });
  expect(fromA).toBeInstanceOf(b.RateLimitError);
  expect(fromA).toBeInstanceOf(b.OfferkitError);
  expect(fromA).not.toBeInstanceOf(b.APIError);
  expect(fromB).toBeInstanceOf(a.TimeoutError);
  expect(fromB).toBeInstanceOf(a.ConnectionError);
  expect(fromB).not.toBeInstanceOf(a.AbortError);
  expect(fromA).toBeInstanceOf(b.defineSdkError("TrackOfferzError", "trackofferz"));
  expect(fromB).not.toBeInstanceOf(b.defineSdkError("TrackOfferzError", "trackofferz"));
}

describe("two copies of the package in one process", () => {
  test("instanceof works across separately evaluated copies", async () => {
    const first = await freshCopy();
    const second = await freshCopy();
    expectCopiesAgree(first, second);
    expectCopiesAgree(second, first);
    expect(second.sdkOf(new first.APIError("x", { sdk: "trackofferz" }))).toBe("trackofferz");
  });

  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  test.skipIf(!existsSync(`${dist}index.cjs`) || !existsSync(`${dist}index.js`))(
    "instanceof works between the built ESM and CJS outputs",
    async () => {
      const esm = (await import(/* @vite-ignore */ `${dist}index.js`)) as ErrorsModule;
      const cjs = createRequire(import.meta.url)(`${dist}index.cjs`) as ErrorsModule;
      expectCopiesAgree(esm, cjs);
      expectCopiesAgree(cjs, esm);
    },
  );
});
