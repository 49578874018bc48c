import {
  APIError,
  AuthenticationError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  ValidationError,
} from "@offerkit/errors";
import { createRedactor } from "@offerkit/request-engine";
import { describe, expect, test } from "vitest";
import { HasOffersError } from "../src/index.js";
import { createInterpreter } from "../src/internal/interpret.js";
import { TOKEN } from "./helpers/fake-fetch.js";

const settings = { redact: createRedactor([TOKEN]), retryDelay: 3000, random: () => 0.5, now: () => 0 };
const interpret = createInterpreter(settings);

function answer(body: unknown, status = 200, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return interpret(new Response(text, { status, headers }), text);
}
const envelope = (response: Record<string, unknown>) => ({ request: { NetworkToken: TOKEN }, response });
const failure = (errors: unknown, errorMessage: string | null = null) =>
  answer(envelope({ status: -1, httpStatus: 200, data: "", errors, errorMessage }));

function errorOf(verdict: ReturnType<typeof answer>) {
  if (verdict.ok) throw new Error("expected a failure");
  return verdict;
}

describe("HTTP status comes first", () => {
  test("a 5xx is a retryable APIError, whatever the body", () => {
    for (const body of ["<html>Bad gateway</html>", "", JSON.stringify(envelope({ status: 1, data: [] }))]) {
      const verdict = errorOf(answer(body, 502));
      expect(verdict.error).toBeInstanceOf(APIError);
      expect(verdict.error.status).toBe(502);
      expect(verdict.retry).toBe(true);
    }
  });

  test("a 429 is a rate limit, safe to repeat, after its Retry-After", () => {
    const verdict = errorOf(answer("", 429, { "retry-after": "7" }));
    expect(verdict.error).toBeInstanceOf(RateLimitError);
    expect(verdict).toMatchObject({ retry: true, safe: true, retryAfterMs: 7000 });
  });

  test("other statuses map to their class and are not retried", () => {
    const verdict = errorOf(answer("<html>Not found</html>", 404));
    expect(verdict.error).toBeInstanceOf(NotFoundError);
    expect(verdict.error.message).toContain("HTML page");
    expect(verdict.retry).toBe(false);
  });
});

describe("unreadable bodies are retryable InvalidResponseErrors", () => {
  test.each([
    ["an empty body", "", "empty_body"],
    ["whitespace", "  \n", "empty_body"],
    ["an HTML page with status 200", "<!DOCTYPE html><p>Maintenance</p>", "html_body"],
    ["truncated JSON", '{"response":{"status":1,"data":[1,2', "malformed_json"],
    ["JSON without an envelope", '{"data":[]}', "wrong_shape"],
    ["a JSON array", "[1,2]", "wrong_shape"],
    ["an unknown status", JSON.stringify({ response: { status: 7 } }), "wrong_shape"],
  ])("%s", (_name, body, code) => {
    const verdict = errorOf(answer(body));
    expect(verdict.error).toBeInstanceOf(InvalidResponseError);
    expect(verdict.error.code).toBe(code);
    expect(verdict.retry).toBe(true);
  });

  test("data of the wrong shape for the method is retryable too", () => {
    const strict = createInterpreter(settings, (data) => {
      if (!Array.isArray(data)) throw new TypeError("expected ids");
      return data;
    });
    const text = JSON.stringify(envelope({ status: 1, data: "oops" }));
    const verdict = strict(new Response(text), text);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.error).toBeInstanceOf(InvalidResponseError);
    expect(!verdict.ok && verdict.retry).toBe(true);
  });
});

describe("the envelope's status decides", () => {
  test("status 1 gives data, even with a non-empty errors list", () => {
    expect(answer(envelope({ status: 1, data: ["1", "3"], errors: [{ publicMessage: "ignored" }] }))).toEqual(
      {
        ok: true,
        value: ["1", "3"],
      },
    );
  });

  test("status -1 fails even when errors is empty", () => {
    const verdict = errorOf(
      answer(envelope({ status: -1, data: "", errors: [], errorMessage: "Something broke" })),
    );
    expect(verdict.error).toBeInstanceOf(APIError);
    expect(verdict.error.message).toBe("Something broke");
  });

  test("the request echo (with the NetworkToken) is never part of the value", () => {
    const verdict = answer(envelope({ status: 1, data: { Offer: { id: "1" } } }));
    expect(JSON.stringify(verdict)).not.toContain(TOKEN);
  });
});

describe("failed envelopes become typed errors", () => {
  test("validation errors carry the full list with each attribute as param", () => {
    const verdict = errorOf(
      failure(
        [
          {
            err_code: 1,
            err_msg: "Name cannot be blank.",
            attribute_name: "name",
            publicMessage: "Could not create offer.",
          },
          { err_code: 1, err_msg: "Offer_url cannot be blank.", attribute_name: "offer_url" },
        ],
        "Could not create offer.",
      ),
    );
    const error = verdict.error as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(HasOffersError);
    expect(error.message).toBe("Could not create offer. Name cannot be blank. Offer_url cannot be blank.");
    expect(error.param).toBe("name");
    expect(error.errors).toEqual([
      { param: "name", code: 1, message: "Name cannot be blank." },
      { param: "offer_url", code: 1, message: "Offer_url cannot be blank." },
    ]);
    expect(verdict.retry).toBe(false);
  });

  test.each([
    "blabla.  API usage exceeded rate limit.  Configured: 50/10s window; Your usage: 51.",
    "User has exceeded API rate limit",
    "RATE LIMIT reached",
  ])("%s is a rate limit, safe to repeat after retryDelay with jitter", (text) => {
    const verdict = errorOf(failure([{ publicMessage: text }], text));
    expect(verdict.error).toBeInstanceOf(RateLimitError);
    expect(verdict).toMatchObject({ retry: true, safe: true, retryAfterMs: 3750 });
    expect((verdict.error as RateLimitError).retryAfter).toBe(3.75);
  });

  test("the jitter adds between nothing and half of retryDelay", () => {
    const low = createInterpreter({ ...settings, random: () => 0 });
    const high = createInterpreter({ ...settings, random: () => 0.999999 });
    const text = JSON.stringify(envelope({ status: -1, errors: [{ publicMessage: "rate limit" }] }));
    expect(low(new Response(text), text)).toMatchObject({ retryAfterMs: 3000 });
    expect(high(new Response(text), text)).toMatchObject({ retryAfterMs: 4500 });
  });

  test("the 2016 authentication failure (no status, errors object, link) is an AuthenticationError", () => {
    const verdict = errorOf(
      answer({
        response: {
          errors: { publicMessage: "Network id is not valid" },
          link: "http://developers.hasoffers.com/",
        },
      }),
    );
    expect(verdict.error).toBeInstanceOf(AuthenticationError);
    expect(verdict.error.message).toBe("Network id is not valid");
    expect(verdict.retry).toBe(false);
  });

  test("a token that is not authenticated is an AuthenticationError, and the token is masked", () => {
    const text = `NetworkToken ${TOKEN} is not authenticated`;
    const verdict = errorOf(failure([{ publicMessage: text }], text));
    expect(verdict.error).toBeInstanceOf(AuthenticationError);
    expect(verdict.error.message).not.toContain(TOKEN);
    expect(JSON.stringify(verdict.error)).not.toContain(TOKEN);
  });

  test("an IP that is not white-listed is an AuthenticationError", () => {
    expect(errorOf(failure([{ publicMessage: "IP 10.0.0.1 is not white-listed" }])).error).toBeInstanceOf(
      AuthenticationError,
    );
  });

  test("anything else is an APIError with the server's words", () => {
    const verdict = errorOf(failure([{ publicMessage: "Row id is negative" }], "Row id is negative"));
    expect(verdict.error).toBeInstanceOf(APIError);
    expect(verdict.error).not.toBeInstanceOf(ValidationError);
    expect(verdict.error.message).toBe("Row id is negative");
    expect(verdict.error.sdk).toBe("hasoffers");
  });

  test("the X-Request-Id is kept for support", () => {
    const text = JSON.stringify(envelope({ status: -1, errors: [{ publicMessage: "x" }] }));
    const verdict = interpret(new Response(text, { headers: { "x-request-id": "abc-123" } }), text);
    expect(!verdict.ok && verdict.error.requestId).toBe("abc-123");
  });
});
