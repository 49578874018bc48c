import { describe, expect, test } from "vitest";
import {
  APIError,
  AuthenticationError,
  ConflictError,
  errorForStatus,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
} from "../src/index.js";

describe("errorForStatus", () => {
  test.each([
    [400, ValidationError],
    [422, ValidationError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitError],
    [500, APIError],
    [503, APIError],
    [418, APIError],
  ] as const)("maps %i to %s", (status, Class) => {
    const error = errorForStatus(status, "m", { code: "c", requestId: "r" });
    expect(error).toBeInstanceOf(Class);
    expect(error.constructor).toBe(Class);
    expect(error).toMatchObject({ status, code: "c", requestId: "r", message: "m" });
  });

  test("passes the class-specific options through", () => {
    expect((errorForStatus(429, "slow", { retryAfter: 12 }) as RateLimitError).retryAfter).toBe(12);
    expect((errorForStatus(400, "bad", { param: "from" }) as ValidationError).param).toBe("from");
  });

  test("the status argument wins over an option", () => {
    expect(errorForStatus(404, "gone", { status: 500 }).status).toBe(404);
  });
});
