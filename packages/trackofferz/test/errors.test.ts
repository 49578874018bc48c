import { inspect } from "node:util";
import {
  APIError,
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  TrackOfferz,
  TrackOfferzError,
  ValidationError,
} from "@offerkit/trackofferz";
import type { FaultBody } from "@offerkit/trackofferz/testing";
import { describe, expect, test } from "vitest";
import { useRig } from "./support/harness.js";

const rig = useRig();

async function failure(promise: Promise<unknown>): Promise<TrackOfferzError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TrackOfferzError);
  return error as TrackOfferzError;
}

describe("error bodies that are not the API's JSON still map by status", () => {
  test.each<[number, FaultBody, new (...args: never[]) => Error, string]>([
    [503, "html", APIError, "unavailable"],
    [502, "empty", APIError, "internal_error"],
    [500, "html", APIError, "internal_error"],
    [429, "html", RateLimitError, "rate_limited"],
    [404, "html", NotFoundError, "not_found"],
    [401, "empty", AuthenticationError, "invalid_api_key"],
    [422, "html", ValidationError, "validation_failed"],
    [400, "empty", ValidationError, "invalid_parameter"],
  ])("%i with an %s body → %o", async (status, body, kind, code) => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "status", status, body }]);
    const error = await failure(clientWith({ maxRetries: 0 }).reports.summary());
    expect(error).toBeInstanceOf(kind);
    expect(error).toMatchObject({ status, code, sdk: "trackofferz" });
    expect(error.message).toMatch(new RegExp(`HTTP ${status} with (an empty|a non-JSON) body`));
  });

  test("the API's JSON error gives code, message, param and requestId", async () => {
    const { fake, client } = rig();
    const error = await failure(client.reports.clicks({ page: 0 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      status: 400,
      code: "invalid_parameter",
      param: "page",
      message: "page must be an integer in 1..2147483647",
      requestId: fake.requests[0]?.id,
    });
  });

  test("a JSON error body missing its fields still gives a typed error", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "status", status: 409, code: "", message: "" }]);
    const error = await failure(clientWith({ maxRetries: 0 }).reports.summary());
    expect(error).toMatchObject({ status: 409, code: "conflict", name: "ConflictError" });
  });
});

describe("unreadable successful answers are InvalidResponseError, retried", () => {
  test.each([
    [{ type: "malformed-json" as const }, "invalid_json"],
    [{ type: "wrong-shape" as const }, "unexpected_shape"],
    [{ type: "wrong-shape" as const, body: { clicks: "12" } }, "unexpected_shape"],
    [{ type: "status" as const, status: 200, body: "html" as const }, "invalid_json"],
    [{ type: "status" as const, status: 200, body: "empty" as const }, "empty_body"],
  ])("%o → %s", async (fault, code) => {
    const { fake, client } = rig();
    fake.faults.script([fault, fault, fault]);
    const error = await failure(client.reports.summary());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(APIError);
    expect(error.code).toBe(code);
    expect(fake.requests).toHaveLength(3);
  });

  test("a number no count or amount can be (1e400 parses to Infinity) is an unexpected shape", async () => {
    const body =
      '{"from":"2026-06-01","to":"2026-06-30","currency":"USD","clicks":1e400,"unique_clicks":1,' +
      '"conversions":0,"revenue_cents":0,"payout_cents":0}';
    const client = new TrackOfferz({
      apiKey: "tofz_sk_test_infinite",
      maxRetries: 0,
      fetch: async () => new Response(body, { headers: { "content-type": "application/json" } }),
    });
    const error = await failure(client.reports.summary());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.code).toBe("unexpected_shape");
  });

  test("a truncated body is retried and then read whole", async () => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "truncate", ratio: 0.3 }]);
    await expect(client.reports.clicks({ page_size: 1000 })).resolves.toMatchObject({ page: 1 });
    expect(fake.requests).toHaveLength(2);
  });

  test("a wrong-shape page is retried inside an iteration", async () => {
    const { fake, client } = rig({ clicks: 300 });
    fake.faults.script([{ type: "wrong-shape", body: { rows: "nope" } }], { page: 2 });
    let n = 0;
    for await (const _ of client.reports.iterClicks({ page_size: 100 })) n++;
    expect(n).toBe(300);
  });
});

describe("the API key never appears in an error", () => {
  test("not when a lower layer puts it in a message, a cause or a stack", async () => {
    const key = "tofz_sk_live_9f8e7d6c5b4a";
    const client = new TrackOfferz({
      apiKey: key,
      maxRetries: 0,
      fetch: async () => {
        const cause = Object.assign(new Error(`connect ECONNREFUSED for Bearer ${key}`), {
          code: "ECONNREFUSED",
        });
        throw new TypeError(`fetch failed (key ${key})`, { cause });
      },
    });
    const error = await failure(client.reports.summary());
    expect(error).toBeInstanceOf(ConnectionError);
    const everything = [
      error.message,
      error.stack,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String(error.cause),
    ];
    expect(everything.join("\n")).not.toContain("live_9f8e7d6c5b4a");
  });

  test("not when the server echoes it", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "status", status: 401, message: `key ${fake.apiKey} is revoked` }]);
    const error = await failure(clientWith({ maxRetries: 0 }).reports.summary());
    expect(error.message).toBe("key [REDACTED] is revoked");
    expect(inspect(error) + JSON.stringify(error)).not.toContain(fake.apiKey);
  });
});

describe("every failure", () => {
  test("is a TrackOfferzError subclass with status, code, message and requestId where there was an answer", async () => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "status", status: 403 }]);
    const error = await failure(client.reports.summary());
    expect(error.name).toBe("PermissionDeniedError");
    expect(error).toMatchObject({ status: 403, code: "forbidden", requestId: fake.requests[0]?.id });
    expect(error.message).not.toBe("");
  });
});
