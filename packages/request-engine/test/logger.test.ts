import { APIError } from "@offerkit/errors";
import { describe, expect, test, vi } from "vitest";
import { createLogger, createRedactor, type Logger } from "../src/index.js";

const SECRET = "NETsecret-token-42";
const redact = createRedactor([SECRET]);

function spyLogger() {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies Logger;
}

describe("createLogger", () => {
  test("prefixes and redacts messages and string metadata", () => {
    const target = spyLogger();
    createLogger("hasoffers", target, "debug", redact)?.info(
      `calling ?NetworkToken=${SECRET}`,
      `meta ${SECRET}`,
    );
    expect(target.info).toHaveBeenCalledWith(
      "[offerkit:hasoffers] calling ?NetworkToken=[REDACTED]",
      "meta [REDACTED]",
    );
  });

  test("redacts objects and errors, down to their causes, and passes primitives", () => {
    const target = spyLogger();
    const logger = createLogger("x", target, "debug", redact) as Logger;
    const plain = new Error(`failed for ${SECRET}`);
    const offerkit = new APIError("upstream", { cause: new Error(SECRET) });
    logger.error("boom", { url: `https://h/?t=${SECRET}` }, plain, offerkit, 42, null);
    const args = JSON.stringify(target.error.mock.calls[0]);
    expect(args).not.toContain(SECRET);
    const [, object, error, apiError, number, nothing] = target.error.mock.calls[0] as unknown[];
    expect(object).toEqual({ url: "https://h/?t=[REDACTED]" });
    expect(error).toMatchObject({ name: "Error", message: "failed for [REDACTED]" });
    expect(apiError).toMatchObject({ name: "APIError", cause: { message: "[REDACTED]" } });
    expect([number, nothing]).toEqual([42, null]);
  });

  test("drops messages below the level", () => {
    const target = spyLogger();
    const logger = createLogger("x", target, "warn", redact) as Logger;
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(target.debug).not.toHaveBeenCalled();
    expect(target.info).not.toHaveBeenCalled();
    expect(target.warn).toHaveBeenCalledOnce();
    expect(target.error).toHaveBeenCalledOnce();
  });

  test("an unknown level logs from info up; functions and undefined metadata become null", () => {
    const target = spyLogger();
    const logger = createLogger("x", target, "verbose" as never, redact) as Logger;
    logger.debug("d");
    logger.info("i", () => 1);
    expect(target.debug).not.toHaveBeenCalled();
    expect(target.info).toHaveBeenCalledWith("[offerkit:x] i", null);
  });

  test("is off without a target or at level off", () => {
    expect(createLogger("x", undefined, "debug", redact)).toBeUndefined();
    expect(createLogger("x", spyLogger(), "off", redact)).toBeUndefined();
  });

  test("an unserialisable object becomes a marker, and a throwing target is ignored", () => {
    const target = spyLogger();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    createLogger("x", target, "debug", redact)?.info("m", cyclic);
    expect(target.info).toHaveBeenCalledWith("[offerkit:x] m", "[unserialisable]");
    const broken = {
      ...spyLogger(),
      info: () => {
        throw new Error("disk full");
      },
    };
    expect(() => createLogger("x", broken, "debug", redact)?.info("m")).not.toThrow();
  });
});
