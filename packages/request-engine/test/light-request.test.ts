import { describe, expect, test } from "vitest";
import { LightRequest, type RequestFetch, sendThrough } from "../src/index.js";
import { engineWith, json, readJson, scriptedFetch } from "./helpers.js";

/** Stands in for openapi-fetch: hands a prebuilt request to the per-request fetch and keeps its answer. */
function issue(request: LightRequest | Request, answers: Response[] = []) {
  return async (fetch: RequestFetch) => {
    answers.push(await fetch(request as Request));
  };
}

describe("LightRequest", () => {
  test("records the url, method, headers and body as given, without parsing or copying them", () => {
    const headers = new Headers({ authorization: "Bearer x" });
    const request = new LightRequest("https://api.example.test/v1/x?a=1", {
      method: "POST",
      headers,
      body: "{}",
    });
    expect(request).toMatchObject({ url: "https://api.example.test/v1/x?a=1", method: "POST", body: "{}" });
    expect(request.headers).toBe(headers);
  });

  test("defaults to GET with no body and turns plain header records into Headers", () => {
    const request = new LightRequest(new URL("https://api.example.test/v1/x"), { headers: { "x-a": "1" } });
    expect(request.method).toBe("GET");
    expect(request.body).toBeNull();
    expect(request.url).toBe("https://api.example.test/v1/x");
    expect(request.headers.get("x-a")).toBe("1");
  });
});

describe("sendThrough with a LightRequest", () => {
  test("sends its url, method and headers as they are", async () => {
    const fetch = scriptedFetch(json({ total: 3 }));
    const { engine } = engineWith(fetch);
    const request = new LightRequest("https://api.example.test/v1/reports?from=2026-06-01", {
      headers: new Headers({ authorization: "Bearer x" }),
    });
    await expect(sendThrough(engine, issue(request), readJson)).resolves.toEqual({ total: 3 });
    expect(fetch.calls[0]?.url).toBe("https://api.example.test/v1/reports?from=2026-06-01");
    expect(fetch.calls[0]?.init.method).toBe("GET");
    expect(new Headers(fetch.calls[0]?.init.headers).get("authorization")).toBe("Bearer x");
    expect(fetch.calls[0]?.init.body).toBeNull();
  });

  test("sends a string body unbuffered, whole on every attempt", async () => {
    const fetch = scriptedFetch(json({}, 503), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    const request = new LightRequest("https://api.example.test/v1/conversions", {
      method: "POST",
      body: '{"t":"1"}',
    });
    await sendThrough(engine, issue(request), readJson, undefined, { idempotent: true });
    expect(fetch.calls.map((c) => c.init.body)).toEqual(['{"t":"1"}', '{"t":"1"}']);
  });

  test("sends a FormData body as the same FormData, so fetch writes the multipart boundary", async () => {
    const fetch = scriptedFetch(json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    const form = new FormData();
    form.set("file", new Blob(["a,b"]), "x.csv");
    const request = new LightRequest("https://api.example.test/v1/upload", { method: "POST", body: form });
    await sendThrough(engine, issue(request), readJson, undefined, { idempotent: false });
    expect(fetch.calls[0]?.init.body).toBe(form);
  });

  test("buffers a stream body once, as it does a real Request's", async () => {
    const fetch = scriptedFetch(json({}, 503), json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    const body = new Blob(["streamed"]).stream();
    const request = new LightRequest("https://api.example.test/v1/x", { method: "POST", body });
    await sendThrough(engine, issue(request), readJson, undefined, { idempotent: true });
    const bodies = fetch.calls.map((c) => new TextDecoder().decode(c.init.body as ArrayBuffer));
    expect(bodies).toEqual(["streamed", "streamed"]);
  });

  test("hands openapi-fetch one shared empty 204 for every call, real Request or light", async () => {
    const fetch = scriptedFetch(json({ ok: 1 }));
    const { engine } = engineWith(fetch);
    const answers: Response[] = [];
    await sendThrough(engine, issue(new LightRequest("https://api.example.test/v1/a"), answers), readJson);
    await sendThrough(engine, issue(new Request("https://api.example.test/v1/b"), answers), readJson);
    expect(answers[0]?.status).toBe(204);
    expect(answers[0]?.body).toBeNull();
    expect(answers[1]).toBe(answers[0]);
  });
});
