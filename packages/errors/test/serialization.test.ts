import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { APIError, ConnectionError, OfferkitError, RateLimitError, ValidationError } from "../src/index.js";

const CANARY = "tofz_sk_CANARY0123456789";
const redact = (text: string) => text.split(CANARY).join("[REDACTED]");

/** Every way an error reaches a log or a bug report. */
function everyRendering(error: Error): string {
  const walk: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 20; depth++) {
    walk.push(e.message, e.stack ?? "", String(e));
    if (e instanceof AggregateError) for (const member of e.errors) walk.push(inspect(member, { depth: 20 }));
    e = e.cause;
  }
  return [
    JSON.stringify(error),
    inspect(error, { depth: 20 }),
    inspect({ wrapped: error }, { depth: 20 }),
    String(error),
    error.stack ?? "",
    ...walk,
  ].join("\n");
}

describe("JSON.stringify", () => {
  test("prints name, message, every set field and the cause chain", () => {
    const error = new RateLimitError("slow down", {
      status: 429,
      code: "rate_limited",
      requestId: "req_9",
      sdk: "trackofferz",
      retryAfter: 7,
      cause: new TypeError("outer", { cause: Object.assign(new Error("inner"), { code: "ECONNRESET" }) }),
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "RateLimitError",
      message: "slow down",
      status: 429,
      code: "rate_limited",
      requestId: "req_9",
      sdk: "trackofferz",
      retryAfter: 7,
      cause: {
        name: "TypeError",
        message: "outer",
        cause: { name: "Error", message: "inner", code: "ECONNRESET" },
      },
    });
  });

  test("prints a ValidationError's param and issues", () => {
    const json = JSON.parse(JSON.stringify(new ValidationError("bad", { param: "from", status: 400 })));
    expect(json).toEqual({
      name: "ValidationError",
      message: "bad",
      status: 400,
      param: "from",
      errors: [{ param: "from", message: "bad" }],
    });
  });

  test("describes an offerkit cause with its own fields", () => {
    const inner = new APIError("upstream", { status: 502 });
    const json = JSON.parse(JSON.stringify(new OfferkitError("outer", { cause: inner })));
    expect(json.cause).toEqual({ name: "APIError", message: "upstream", status: 502 });
  });

  test("describes string, object and AggregateError causes", () => {
    expect(JSON.parse(JSON.stringify(new OfferkitError("x", { cause: "text" }))).cause).toBe("text");
    expect(JSON.parse(JSON.stringify(new OfferkitError("x", { cause: { a: 1 } }))).cause).toBe('{"a":1}');
    expect(JSON.parse(JSON.stringify(new OfferkitError("x", { cause: 42 }))).cause).toBe("42");
    const silent = { toJSON: () => undefined };
    expect(JSON.parse(JSON.stringify(new OfferkitError("x", { cause: silent }))).cause).toBe(
      "[object Object]",
    );
    const aggregate = new AggregateError([new Error("v4 refused"), new Error("v6 refused")], "all failed");
    expect(JSON.parse(JSON.stringify(new ConnectionError("x", { cause: aggregate }))).cause).toEqual({
      name: "AggregateError",
      message: "all failed",
      errors: [
        { name: "Error", message: "v4 refused" },
        { name: "Error", message: "v6 refused" },
      ],
    });
  });

  test("survives a cyclic cause chain", () => {
    const loop = new Error("loop") as Error & { cause?: unknown };
    loop.cause = loop;
    const json = JSON.stringify(new OfferkitError("x", { cause: loop }));
    expect(json).toContain("[cause chain cut]");
    expect(inspect(new OfferkitError("x", { cause: loop }))).toContain("[cause chain cut]");
  });

  test("survives an unserialisable object cause", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(JSON.parse(JSON.stringify(new OfferkitError("x", { cause: cyclic }))).cause).toBe(
      "[object Object]",
    );
  });
});

describe("util.inspect", () => {
  test("prints the stack, the fields and each cause on its own line", () => {
    const error = new APIError("unavailable", {
      status: 503,
      requestId: "req_1",
      cause: new Error("socket hang up", { cause: "reset" }),
    });
    const text = inspect(error);
    expect(text.split("\n")[0]).toBe("APIError: unavailable");
    expect(text).toMatch(/\n\s+at /);
    expect(text).toContain('{"status":503,"requestId":"req_1"}');
    expect(text).toContain('\n  [cause]: {"name":"Error","message":"socket hang up"}');
    expect(text).toContain('\n    [cause]: "reset"');
  });

  test("prints no field list when there are no fields", () => {
    const text = inspect(new OfferkitError("bare"));
    expect(text.split("\n")[0]).toBe("OfferkitError: bare");
    expect(text).not.toContain("{");
  });

  test("falls back to name and message when there is no stack", () => {
    const error = new OfferkitError("stackless");
    Object.defineProperty(error, "stack", { value: undefined });
    expect(inspect(error)).toBe("OfferkitError: stackless");
  });
});

describe("redaction", () => {
  test("a secret in the message never appears", () => {
    const error = new APIError(`GET /x?key=${CANARY} failed`, { redact });
    expect(everyRendering(error)).not.toContain(CANARY);
    expect(error.message).toBe("GET /x?key=[REDACTED] failed");
  });

  test("a secret anywhere down the cause chain never appears", () => {
    const deepest = Object.assign(new Error(`connect to https://h/?k=${CANARY}`), { code: "ECONNRESET" });
    const middle = new TypeError(`fetch failed for ${CANARY}`, { cause: deepest });
    const aggregate = new AggregateError([new Error(`v4 ${CANARY}`), middle], `all ${CANARY}`);
    const error = new ConnectionError("Could not reach the API", {
      redact,
      cause: new Error("wrapper", { cause: aggregate }),
    });
    const text = everyRendering(error);
    expect(text).not.toContain(CANARY);
    expect(text).toContain("ECONNRESET");
    expect(text).toContain("fetch failed for [REDACTED]");
  });

  test("a redacted cause keeps its name, code, syscall and errno", () => {
    const cause = Object.assign(new Error(`reset ${CANARY}`), {
      code: "ECONNRESET",
      syscall: "read",
      errno: -104,
    });
    cause.name = "SocketError";
    const copy = new ConnectionError("x", { redact, cause }).cause as Error & Record<string, unknown>;
    expect(copy).not.toBe(cause);
    expect(copy).toMatchObject({
      name: "SocketError",
      message: "reset [REDACTED]",
      code: "ECONNRESET",
      syscall: "read",
    });
    expect(copy.errno).toBe(-104);
  });

  test("a cause with nothing to redact and no other properties is attached as it is", () => {
    const cause = new Error("plain", { cause: new Error("inner") });
    expect(new ConnectionError("x", { redact, cause }).cause).toBe(cause);
    const aggregate = new AggregateError([new Error("a"), "b"], "all");
    expect(new ConnectionError("x", { redact, cause: aggregate }).cause).toBe(aggregate);
    const branded = new ConnectionError("plain", { cause: "inner", code: "ECONNRESET" });
    expect(new ConnectionError("x", { redact, cause: branded }).cause).toBe(branded);
  });

  test("a foreign cause with other properties is rebuilt without them, keeping its class", () => {
    // undici's ERR_INVALID_URL: a harmless message, and the whole URL (with the token) in `input`.
    const invalidUrl = Object.assign(new TypeError("Invalid URL"), {
      code: "ERR_INVALID_URL",
      input: `https://[demo/Apiv3/json?NetworkToken=${CANARY}`,
    });
    const cause = new Error("fetch failed", { cause: invalidUrl });
    const copy = new ConnectionError("x", { redact, cause }).cause as Error & { cause: Error };
    expect(copy).not.toBe(cause);
    expect(copy.cause).toBeInstanceOf(TypeError);
    expect(copy.cause).toMatchObject({ name: "TypeError", message: "Invalid URL", code: "ERR_INVALID_URL" });
    expect(copy.cause).not.toHaveProperty("input");
    expect(inspect(copy, { depth: 9 })).not.toContain(CANARY);
  });

  test("an offerkit cause's texts are redacted too: code, request id and param may echo the server", () => {
    const echoed = new ConnectionError("plain", { code: `code ${CANARY}`, requestId: `req-${CANARY}` });
    const copy = new ConnectionError("x", { redact, cause: echoed }).cause as ConnectionError;
    expect(JSON.stringify([copy.code, copy.requestId])).not.toContain(CANARY);
    const own = new ConnectionError("x", { redact, code: CANARY, requestId: CANARY, param: CANARY });
    expect(JSON.stringify(own)).not.toContain(CANARY);
    const issues = new ValidationError("x", { redact, errors: [{ message: "m", code: `err ${CANARY}` }] });
    expect(JSON.stringify(issues.errors)).not.toContain(CANARY);
  });

  test("a cause without a stack is redacted all the same", () => {
    const cause = new Error(`no stack ${CANARY}`);
    Object.defineProperty(cause, "stack", { value: undefined });
    const copy = new ConnectionError("x", { redact, cause }).cause as Error;
    expect(copy.message).toBe("no stack [REDACTED]");
    expect(copy.stack).toBeUndefined();
  });

  test("an offerkit cause holding a secret is copied with its class and fields, redacted", () => {
    const inner = new RateLimitError(`limited for ${CANARY}`, {
      status: 429,
      retryAfter: 3,
      sdk: "trackofferz",
    });
    const outer = new APIError("outer", { redact, cause: inner });
    const copy = outer.cause as RateLimitError;
    expect(copy).not.toBe(inner);
    expect(copy).toBeInstanceOf(RateLimitError);
    expect(copy).toMatchObject({ name: "RateLimitError", status: 429, retryAfter: 3, sdk: "trackofferz" });
    expect(copy.message).toBe("limited for [REDACTED]");
    expect(everyRendering(outer)).not.toContain(CANARY);
  });

  test("string and object causes are redacted", () => {
    expect(new APIError("x", { redact, cause: `token ${CANARY}` }).cause).toBe("token [REDACTED]");
    const objectCause = new APIError("x", { redact, cause: { url: `https://h/?k=${CANARY}` } });
    expect(objectCause.cause).toBe('{"url":"https://h/?k=[REDACTED]"}');
    expect(everyRendering(objectCause)).not.toContain(CANARY);
  });

  test("a cyclic cause chain holding a secret is cut and redacted", () => {
    const loop = new Error(`loop ${CANARY}`) as Error & { cause?: unknown };
    loop.cause = loop;
    const error = new APIError("x", { redact, cause: loop });
    expect(everyRendering(error)).not.toContain(CANARY);
    expect(JSON.stringify(error)).toContain("[cause chain cut]");
  });

  test("a function cause becomes its redacted source text", () => {
    const error = new APIError("x", { redact, cause: () => CANARY });
    expect(typeof error.cause).toBe("string");
    expect(everyRendering(error)).not.toContain(CANARY);
  });

  test("primitive causes other than strings pass through", () => {
    expect(new APIError("x", { redact, cause: 5 }).cause).toBe(5);
    expect(new APIError("x", { redact, cause: null }).cause).toBeNull();
  });

  test("a ValidationError's issues and param are redacted", () => {
    const error = new ValidationError("bad", {
      redact,
      errors: [{ param: `p${CANARY}`, message: `NetworkToken ${CANARY} is invalid` }],
    });
    expect(everyRendering(error)).not.toContain(CANARY);
    expect(error.errors[0]?.message).toBe("NetworkToken [REDACTED] is invalid");
    expect(error.param).toBe("p[REDACTED]");
  });

  test("without redact, nothing is changed", () => {
    const cause = new Error("raw");
    const error = new APIError("message", { cause });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe("message");
  });
});
