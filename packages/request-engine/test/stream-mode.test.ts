import { AbortError } from "@offerkit/errors";
import { describe, expect, test, vi } from "vitest";
import { type Interpreter, RequestEngine } from "../src/index.js";
import { get, json, readJson, scriptedFetch } from "./helpers.js";

const passResponse: Interpreter<Response> = (response) =>
  response.ok
    ? { ok: true, value: response }
    : { ok: false, error: readJson(response, "") as never, retry: false };

function slowBody() {
  let push!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = controller;
    },
  });
  return {
    body,
    push: (text: string) => push.enqueue(new TextEncoder().encode(text)),
    end: () => push.close(),
  };
}

describe("stream mode", () => {
  test("hands the caller an unread 2xx body, and the timeout no longer runs", async () => {
    vi.useFakeTimers();
    try {
      const stream = slowBody();
      const engine = new RequestEngine({
        sdk: "t",
        fetch: scriptedFetch(() => new Response(stream.body)),
        timeout: 100,
      });
      const response = await engine.send(get(), passResponse, {}, "stream");
      expect(response.bodyUsed).toBe(false);
      await vi.advanceTimersByTimeAsync(1000);
      stream.push("late but fine");
      stream.end();
      expect(await response.text()).toBe("late but fine");
    } finally {
      vi.useRealTimers();
    }
  });

  test("the caller's signal still cancels the body after send returned", async () => {
    const stream = slowBody();
    const fetch = scriptedFetch((signal) => {
      signal.addEventListener("abort", () => stream.body.cancel(signal.reason).catch(() => undefined));
      return new Response(stream.body);
    });
    const engine = new RequestEngine({ sdk: "t", fetch });
    const controller = new AbortController();
    await engine.send(get(), passResponse, { signal: controller.signal, deadline: 60_000 }, "stream");
    controller.abort();
    expect(fetch.calls[0]?.init.signal?.aborted).toBe(true);
  });

  test("reads and interprets a failed answer's body as usual", async () => {
    const fetch = scriptedFetch(json({ error: "nope" }, 404));
    const engine = new RequestEngine({ sdk: "t", fetch });
    await expect(engine.send(get(), readJson, {}, "stream")).rejects.toMatchObject({ status: 404 });
  });

  test("cancels an unread 2xx body the interpreter refused", async () => {
    const stream = slowBody();
    const cancel = vi.spyOn(stream.body, "cancel");
    const engine = new RequestEngine({
      sdk: "t",
      fetch: scriptedFetch(() => new Response(stream.body)),
      maxRetries: 0,
    });
    const refuse: Interpreter<never> = () => ({
      ok: false,
      error: new AbortError("wrong type"),
      retry: false,
    });
    await expect(engine.send(get(), refuse, {}, "stream")).rejects.toBeInstanceOf(AbortError);
    expect(cancel).toHaveBeenCalled();
  });
});
