import { InvalidResponseError, OfferkitError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import type { ResponseEvent } from "../src/index.js";
import { engineWith, get, json, readJson } from "./helpers.js";

describe("a fetch that answers oddly", () => {
  test.each([{}, "hello", 42, { status: 200, ok: true }])(
    "resolving to %o is an InvalidResponseError, not retried",
    async (odd) => {
      let calls = 0;
      const fetch = (async () => {
        calls++;
        return odd;
      }) as unknown as typeof globalThis.fetch;
      const { engine } = engineWith(fetch);
      const error = await engine.send(get(), readJson).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ code: "not_a_response" });
      expect(calls).toBe(1);
    },
  );

  test("an answer whose headers cannot be read still ends typed", async () => {
    const answer = json({ ok: 1 }, 500);
    Object.defineProperty(answer, "headers", {
      value: {
        get() {
          throw new Error("broken headers");
        },
      },
    });
    const { engine } = engineWith(async () => answer, { maxRetries: 0 });
    const error = await engine.send(get(), readJson).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfferkitError);
    expect(error).toMatchObject({ status: 500, requestId: undefined });
  });

  test("a request id echoing a secret is redacted in hooks and errors", async () => {
    const secret = "tofz_sk_canary_in_request_id";
    const responses: ResponseEvent[] = [];
    const { engine } = engineWith(async () => json({}, 404, { "x-request-id": `req-${secret}` }), {
      secrets: [secret],
      hooks: { onResponse: (e) => responses.push(e) },
    });
    const error = await engine.send(get(), readJson).catch((e: unknown) => e);
    expect(JSON.stringify([responses, error, (error as Error).stack])).not.toContain(secret);
    expect(responses[0]?.requestId).toBe("req-[REDACTED]");
  });
});
