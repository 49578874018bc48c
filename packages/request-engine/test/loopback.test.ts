import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { ConnectionError, InvalidResponseError, TimeoutError } from "@offerkit/errors";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type EngineRequest, RequestEngine, type RetryEvent } from "../src/index.js";
import { readJson } from "./helpers.js";

/** What the loopback server does with the n-th request to a path. */
type Behaviour = (req: IncomingMessage, res: ServerResponse, n: number) => void;

const behaviours = new Map<string, Behaviour>();
const counts = new Map<string, number>();
const sockets = new Set<Socket>();
let server: Server;
let base: string;

const ok = (res: ServerResponse) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end('{"ok":true}');
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    const behaviour = behaviours.get(path);
    if (behaviour) behaviour(req, res, n);
    else ok(res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** A real engine over the real global fetch; retries run at once (random 0). */
function engine(retries: RetryEvent[] = [], timeout = 5000) {
  return new RequestEngine({
    sdk: "loopback",
    maxRetries: 2,
    timeout,
    random: () => 0,
    hooks: { onRetry: (e) => retries.push(e) },
  });
}

function at(path: string, behaviour: Behaviour): EngineRequest {
  behaviours.set(path, behaviour);
  counts.delete(path);
  return { url: `${base}${path}`, method: "GET", headers: new Headers({ accept: "application/json" }) };
}

describe("against a real server on 127.0.0.1 with the global fetch", () => {
  test("a connection reset before the answer is a retryable ConnectionError", async () => {
    const retries: RetryEvent[] = [];
    const request = at("/reset", (req, res, n) => (n === 1 ? req.socket.resetAndDestroy() : ok(res)));
    await expect(engine(retries).send(request, readJson)).resolves.toEqual({ ok: true });
    expect(retries).toHaveLength(1);
    expect(retries[0]?.error).toBeInstanceOf(ConnectionError);
    expect(retries[0]?.reason).toMatch(/^connection failed \((ECONNRESET|UND_ERR_SOCKET)\)$/);
  });

  test("a socket closed without an answer is a retryable ConnectionError", async () => {
    const retries: RetryEvent[] = [];
    const request = at("/closed", (req, res, n) => (n === 1 ? req.socket.destroy() : ok(res)));
    await expect(engine(retries).send(request, readJson)).resolves.toEqual({ ok: true });
    expect(retries[0]?.error).toBeInstanceOf(ConnectionError);
  });

  test("a body cut off before its Content-Length is a retryable InvalidResponseError (truncated_body)", async () => {
    const retries: RetryEvent[] = [];
    const request = at("/truncated", (req, res, n) => {
      if (n > 1) return ok(res);
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"items":[1,2,3');
      setTimeout(() => req.socket.destroy(), 20);
    });
    await expect(engine(retries).send(request, readJson)).resolves.toEqual({ ok: true });
    expect(retries[0]?.error).toBeInstanceOf(InvalidResponseError);
    expect(retries[0]?.error).toMatchObject({ code: "truncated_body", status: 200 });
  });

  test("a chunked body cut off mid-way is a truncated body too", async () => {
    const retries: RetryEvent[] = [];
    const request = at("/chunked", (req, res, n) => {
      if (n > 1) return ok(res);
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"items":[');
      setTimeout(() => req.socket.destroy(), 20);
    });
    await expect(engine(retries).send(request, readJson)).resolves.toEqual({ ok: true });
    expect(retries[0]?.error).toMatchObject({ name: "InvalidResponseError", code: "truncated_body" });
  });

  test("a server that stops mid-body times out per attempt and is retried", async () => {
    const retries: RetryEvent[] = [];
    const request = at("/stall", (_req, res, n) => {
      if (n > 1) return ok(res);
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"items":[');
    });
    await expect(engine(retries, 300).send(request, readJson)).resolves.toEqual({ ok: true });
    expect(retries[0]?.error).toBeInstanceOf(TimeoutError);
  });

  test("a refused connection is a ConnectionError ECONNREFUSED, safe to repeat", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const retries: RetryEvent[] = [];
    const request = {
      url: `http://127.0.0.1:${port}/`,
      method: "POST",
      headers: new Headers(),
      body: "{}",
      idempotent: false,
    };
    const error = await engine(retries)
      .send(request, readJson)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
    // Even a non-idempotent call was repeated: nothing can have reached a server.
    expect(retries).toHaveLength(2);
  });
});
