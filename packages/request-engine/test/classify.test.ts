import { describe, expect, test } from "vitest";
import { classifyFetchFailure, isRetryableStatus } from "../src/index.js";
import { networkError } from "./helpers.js";

describe("isRetryableStatus", () => {
  test("retries 408, 409, 429 and server errors, except 501 and 505", () => {
    const retryable = [408, 409, 429, 500, 502, 503, 504, 507, 599];
    const final = [
      400, 401, 402, 403, 404, 405, 406, 410, 411, 413, 414, 415, 418, 422, 425, 426, 431, 451, 501, 505,
    ];
    for (const status of retryable) expect(isRetryableStatus(status), String(status)).toBe(true);
    for (const status of final) expect(isRetryableStatus(status), String(status)).toBe(false);
  });

  test("lets an interpreter retry a failure found inside a 1xx-3xx answer, or without a status", () => {
    expect(isRetryableStatus(200)).toBe(true);
    expect(isRetryableStatus(undefined)).toBe(true);
  });
});

describe("classifyFetchFailure", () => {
  test.each([
    "ECONNREFUSED",
    "ENOTFOUND",
    "EAI_AGAIN",
    "ENETUNREACH",
    "EHOSTUNREACH",
    "UND_ERR_CONNECT_TIMEOUT",
  ])("%s: retryable, and safe because nothing was sent", (code) => {
    expect(classifyFetchFailure(networkError(code))).toEqual({ code, retry: true, safe: true });
  });

  test.each(["ECONNRESET", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_HEADERS_TIMEOUT"])(
    "%s: retryable, not safe because the server may have acted",
    (code) => {
      expect(classifyFetchFailure(networkError(code))).toEqual({ code, retry: true, safe: false });
    },
  );

  test("finds the code on a member of an AggregateError (Node's happy eyeballs)", () => {
    const aggregate = new AggregateError(
      [Object.assign(new Error("v6"), { code: "ECONNREFUSED" })],
      "all failed",
    );
    expect(classifyFetchFailure(new TypeError("fetch failed", { cause: aggregate }))).toMatchObject({
      code: "ECONNREFUSED",
      safe: true,
    });
  });

  test("a code-less TypeError (browsers, edge runtimes) is a retryable network failure", () => {
    expect(classifyFetchFailure(new TypeError("Failed to fetch"))).toEqual({
      code: undefined,
      retry: true,
      safe: false,
    });
    expect(classifyFetchFailure("weird")).toEqual({ code: undefined, retry: true, safe: false });
  });

  test("Node's ERR_ codes are programming errors, not retried", () => {
    const invalid = new TypeError("bad", {
      cause: Object.assign(new TypeError("x"), { code: "ERR_INVALID_URL" }),
    });
    expect(classifyFetchFailure(invalid)).toEqual({ code: "ERR_INVALID_URL", retry: false, safe: false });
  });

  test("stops on a cyclic cause chain", () => {
    const loop = new Error("loop") as Error & { cause?: unknown };
    loop.cause = loop;
    expect(classifyFetchFailure(loop).code).toBeUndefined();
  });
});
