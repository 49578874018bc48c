import { describe, expect, test } from "vitest";
import { type RequestFetch, sendThrough } from "../src/index.js";
import { engineWith, json, readJson, scriptedFetch } from "./helpers.js";

/** Stands in for openapi-fetch: builds a Request and hands it to the per-request fetch. */
function issue(request: Request) {
  return async (fetch: RequestFetch) => {
    const response = await fetch(request);
    return { response, data: undefined };
  };
}

describe("sendThrough", () => {
  test("sends openapi-fetch's request through the engine and returns the interpreter's value", async () => {
    const fetch = scriptedFetch(json({ total: 3 }));
    const { engine } = engineWith(fetch);
    const request = new Request("https://api.example.test/v1/reports?from=2026-06-01", {
      headers: { authorization: "Bearer x" },
    });
    await expect(sendThrough(engine, issue(request), readJson)).resolves.toEqual({ total: 3 });
    expect(fetch.calls[0]?.url).toBe("https://api.example.test/v1/reports?from=2026-06-01");
    expect(fetch.calls[0]?.init.method).toBe("GET");
    expect(fetch.calls[0]?.init.body).toBeNull();
  });

  test("buffers the body once so every attempt sends it whole", async () => {
    const fetch = scriptedFetch(json({}, 503), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    const request = new Request("https://api.example.test/v1/conversions", {
      method: "POST",
      body: '{"t":"1"}',
    });
    await sendThrough(engine, issue(request), readJson, undefined, { idempotent: true });
    const bodies = fetch.calls.map((c) => new TextDecoder().decode(c.init.body as ArrayBuffer));
    expect(bodies).toEqual(['{"t":"1"}', '{"t":"1"}']);
  });

  test("passes idempotent: false on, so an unsafe failure is not repeated", async () => {
    const fetch = scriptedFetch(json({}, 503), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    const request = new Request("https://api.example.test/v1/x", { method: "POST", body: "{}" });
    await expect(
      sendThrough(engine, issue(request), readJson, undefined, { idempotent: false }),
    ).rejects.toMatchObject({
      status: 503,
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
