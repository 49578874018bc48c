import { OfferkitError, ValidationError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { createRedactor, encodeRequest, encodingError } from "../src/index.js";

const SECRET = "NETsecret-encode";
const encoder = { sdk: "hasoffers", redact: createRedactor([SECRET]) };

describe("encodeRequest", () => {
  test("returns what the encoder builds", () => {
    expect(encodeRequest(() => "http://x/?a=1", encoder)).toBe("http://x/?a=1");
  });

  test("a lone surrogate's URIError becomes a redacted ValidationError with the original as its cause", () => {
    let thrown: unknown;
    try {
      encodeRequest(() => encodeURIComponent(`${SECRET}\ud800`), encoder);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toMatchObject({ code: "invalid_request", sdk: "hasoffers" });
    expect((thrown as Error).cause).toBeInstanceOf(URIError);
  });

  test("a BigInt or a cycle in a JSON body becomes a ValidationError", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const body of [{ n: 1n }, cycle])
      expect(() => encodeRequest(() => JSON.stringify(body), encoder)).toThrow(ValidationError);
  });

  test("the secret in a cause's message does not come out", () => {
    const error = encodingError(new TypeError(`bad ${SECRET}`), encoder);
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(String((error.cause as Error).message)).not.toContain(SECRET);
  });

  test("an offerkit error passes as it is", () => {
    const own = new OfferkitError("already typed");
    expect(encodingError(own, encoder)).toBe(own);
  });
});
