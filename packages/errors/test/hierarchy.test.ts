import { describe, expect, test } from "vitest";
import {
  AbortError,
  APIError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  defineSdkError,
  InvalidResponseError,
  NotFoundError,
  OfferkitError,
  PermissionDeniedError,
  RateLimitError,
  sdkOf,
  TimeoutError,
  ValidationError,
} from "../src/index.js";

const CLASSES = [
  AuthenticationError,
  PermissionDeniedError,
  ValidationError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  APIError,
  InvalidResponseError,
  ConnectionError,
  TimeoutError,
  AbortError,
] as const;

describe("the error hierarchy", () => {
  test.each(CLASSES.map((c) => [c.kind, c] as const))(
    "%s is an Error and an OfferkitError named after itself",
    (kind, Class) => {
      const error = new Class("went wrong");
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(OfferkitError);
      expect(error).toBeInstanceOf(Class);
      expect(error.name).toBe(kind);
      expect(error.message).toBe("went wrong");
      expect(String(error)).toBe(`${kind}: went wrong`);
      expect(error.stack?.split("\n")[0]).toBe(`${kind}: went wrong`);
    },
  );

  test("each class is only an instance of itself and its ancestors", () => {
    for (const Class of CLASSES) {
      const error = new Class("x");
      for (const Other of CLASSES) {
        const ancestor =
          Other === Class ||
          (Class === InvalidResponseError && Other === APIError) ||
          (Class === TimeoutError && Other === ConnectionError);
        expect(error instanceof Other, `${Class.kind} instanceof ${Other.kind}`).toBe(ancestor);
      }
    }
  });

  test("carries status, code, request id, sdk and cause", () => {
    const cause = new Error("socket hang up");
    const error = new APIError("unavailable", {
      status: 503,
      code: "unavailable",
      requestId: "req_1",
      sdk: "x",
      cause,
    });
    expect(error).toMatchObject({ status: 503, code: "unavailable", requestId: "req_1", sdk: "x" });
    expect(error.cause).toBe(cause);
  });

  test("leaves every field undefined when not given, and has no cause property", () => {
    const error = new OfferkitError("plain");
    expect(error).toMatchObject({ status: undefined, code: undefined, requestId: undefined, sdk: undefined });
    expect("cause" in error).toBe(false);
  });

  test("RateLimitError carries retryAfter in seconds", () => {
    expect(new RateLimitError("slow down", { retryAfter: 30 }).retryAfter).toBe(30);
    expect(new RateLimitError("slow down").retryAfter).toBeUndefined();
  });

  test("ValidationError names the parameter and lists every issue", () => {
    const error = new ValidationError("bad", {
      errors: [
        { message: "from must be a date", param: "from", code: "invalid_date" },
        { message: "to is required", param: "to" },
      ],
    });
    expect(error.param).toBe("from");
    expect(error.errors).toHaveLength(2);
    expect(error.errors[1]).toEqual({ message: "to is required", param: "to" });
    expect(Object.isFrozen(error.errors)).toBe(true);
    expect(Object.isFrozen(error.errors[0])).toBe(true);
  });

  test("ValidationError without issues reports its own message as the one issue", () => {
    expect(new ValidationError("limit must be positive", { param: "limit" }).errors).toEqual([
      { param: "limit", message: "limit must be positive" },
    ]);
    expect(new ValidationError("bad").errors).toEqual([{ param: undefined, message: "bad" }]);
  });

  test("every error keeps the parameter the API named, redacted; JSON shows it only when set", () => {
    const redact = (text: string) => text.replaceAll("SECRET", "[REDACTED]");
    const error = new NotFoundError("no click", { code: "click_not_found", param: "id_SECRET", redact });
    expect(error.param).toBe("id_[REDACTED]");
    expect(error.toJSON()).toMatchObject({ param: "id_[REDACTED]" });
    expect(new ConflictError("busy").toJSON()).not.toHaveProperty("param");
  });

  test("ValidationError prefers an explicit param over the issues'", () => {
    const error = new ValidationError("bad", { param: "to", errors: [{ param: "from", message: "m" }] });
    expect(error.param).toBe("to");
  });

  test("a subclass without its own kind uses the prototype chain and keeps its parent's name", () => {
    class ArchiveError extends InvalidResponseError {}
    const archive = new ArchiveError("corrupt");
    expect(archive).toBeInstanceOf(ArchiveError);
    expect(archive).toBeInstanceOf(InvalidResponseError);
    expect(archive).toBeInstanceOf(APIError);
    expect(archive.name).toBe("InvalidResponseError");
    expect(new InvalidResponseError("other")).not.toBeInstanceOf(ArchiveError);
  });

  test("a subclass with its own kind is branded with it", () => {
    class QuotaError extends RateLimitError {
      static override readonly kind: string = "QuotaError";
    }
    const error = new QuotaError("quota");
    expect(error.name).toBe("QuotaError");
    expect(error).toBeInstanceOf(QuotaError);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(new RateLimitError("x")).not.toBeInstanceOf(QuotaError);
  });

  test("a kind repeated down the chain, or one that is not a string, is branded once or not at all", () => {
    class Again extends APIError {
      static override readonly kind: string = "APIError";
    }
    class Odd extends APIError {
      static override readonly kind = 42 as unknown as string;
    }
    expect(new Again("x").name).toBe("APIError");
    expect(new Odd("x").name).toBe("APIError");
    expect(new Odd("x")).toBeInstanceOf(APIError);
  });

  test("non-errors are never instances", () => {
    for (const value of [
      undefined,
      null,
      0,
      "RateLimitError",
      {},
      new Error("x"),
      { name: "RateLimitError" },
    ]) {
      expect(value instanceof OfferkitError).toBe(false);
      expect(value instanceof RateLimitError).toBe(false);
    }
  });
});

describe("defineSdkError", () => {
  const TrackOfferzError = defineSdkError("TrackOfferzError", "trackofferz");
  const HasOffersError = defineSdkError("HasOffersError", "hasoffers");

  test("catches every error its SDK threw, whatever the class", () => {
    for (const Class of CLASSES) {
      const error = new Class("x", { sdk: "trackofferz" });
      expect(error).toBeInstanceOf(TrackOfferzError);
      expect(error).not.toBeInstanceOf(HasOffersError);
    }
  });

  test("does not catch errors of no SDK", () => {
    expect(new APIError("x")).not.toBeInstanceOf(TrackOfferzError);
  });

  test("is itself a class named after the SDK whose instances belong to the SDK", () => {
    expect(TrackOfferzError.name).toBe("TrackOfferzError");
    const error = new TrackOfferzError("own", { sdk: "ignored" });
    expect(error.name).toBe("TrackOfferzError");
    expect(error.sdk).toBe("trackofferz");
    expect(error).toBeInstanceOf(TrackOfferzError);
    expect(error).toBeInstanceOf(OfferkitError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(sdkOf(error)).toBe("trackofferz");
  });

  test("a subclass of an SDK base is branded on its own, not a catch-all", () => {
    class ReportError extends TrackOfferzError {
      static override readonly kind: string = "ReportError";
    }
    expect(new ReportError("r")).toBeInstanceOf(ReportError);
    expect(new ReportError("r")).toBeInstanceOf(TrackOfferzError);
    expect(new APIError("x", { sdk: "trackofferz" })).not.toBeInstanceOf(ReportError);
  });

  test("two definitions for the same SDK agree", () => {
    const Again = defineSdkError("TrackOfferzError", "trackofferz");
    expect(new TrackOfferzError("x")).toBeInstanceOf(Again);
  });
});

describe("sdkOf", () => {
  test("names the SDK of an offerkit error and nothing else", () => {
    expect(sdkOf(new AbortError("x", { sdk: "hasoffers" }))).toBe("hasoffers");
    expect(sdkOf(new AbortError("x"))).toBeUndefined();
    expect(sdkOf(new Error("x"))).toBeUndefined();
    expect(sdkOf("hasoffers")).toBeUndefined();
  });
});
