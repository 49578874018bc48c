import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FakeClock } from "./clock.js";
import type { Reply } from "./reply.js";
import { chunksOf } from "./web-delivery.js";

/** A running loopback server. */
export interface FakeServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The API endpoint on it: `http://127.0.0.1:<port>/Apiv3/json`. */
  endpoint: string;
  /** Stops the server and breaks every open connection (hung requests included). */
  close(): Promise<void>;
}

/** What the server needs from the fake. */
export interface LoopbackDeps {
  handle(request: Request): Promise<Reply>;
  clock: FakeClock;
  endpointPath: string;
  /** Registers a hung request's release; returns the unregister function. */
  hold(release: () => void): () => void;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  if (req.method === "GET" || req.method === "HEAD") return undefined;
  const parts: Uint8Array[] = [];
  for await (const chunk of req) parts.push(chunk as Uint8Array);
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Writes a chunk and waits for the socket to drain when its buffer is full (bounded memory for big archives).
 * Listeners are added only for that wait and removed after it, so a body of many chunks does not pile them up.
 */
function write(res: ServerResponse, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (res.write(chunk)) {
      resolve();
      return;
    }
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}

/** Writes a reply to a real socket, reproducing resets, hangs, cut bodies and slow bodies on the wire. */
async function deliver(
  deps: LoopbackDeps,
  reply: Reply,
  res: ServerResponse,
  socket: Socket,
  closed: AbortSignal,
) {
  if (reply.reset) {
    socket.resetAndDestroy();
    return;
  }
  if (reply.hang) {
    const forget = deps.hold(() => socket.destroy());
    socket.once("close", forget);
    return;
  }
  const headers = { ...reply.headers };
  if (reply.body instanceof Uint8Array) headers["content-length"] = String(reply.body.length);
  res.writeHead(reply.status, headers);
  let sent = 0;
  for await (const chunk of chunksOf(reply.body)) {
    if (closed.aborted) return;
    if (reply.cutAfter !== undefined && sent + chunk.length >= reply.cutAfter) {
      await write(res, chunk.subarray(0, Math.max(0, reply.cutAfter - sent)));
      // Give the partial body a moment to leave before the connection drops.
      setTimeout(() => socket.destroy(), 5);
      return;
    }
    if (reply.slow) {
      for (let at = 0; at < chunk.length; at += reply.slow.chunkBytes) {
        await deps.clock.sleep(reply.slow.delayMs, closed).catch(() => {});
        if (closed.aborted) return;
        await write(res, chunk.subarray(at, at + reply.slow.chunkBytes));
      }
    } else {
      await write(res, chunk);
    }
    sent += chunk.length;
  }
  res.end();
}

/**
 * Starts the fake on `127.0.0.1` with Node's `http` module (the only Node-specific part of the fake, loaded
 * on demand so the in-process `fetch` stays runtime-neutral).
 */
export async function startLoopback(deps: LoopbackDeps, port = 0): Promise<FakeServer> {
  const http = await import("node:http");
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const closed = new AbortController();
    res.once("close", () => closed.abort());
    const socket = req.socket;
    (async () => {
      const body = await readBody(req);
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const address = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const request = new Request(`${address}${req.url ?? "/"}`, {
        method: req.method ?? "GET",
        headers,
        body: body as BodyInit | undefined,
        signal: closed.signal,
      });
      const reply = await deps.handle(request);
      await deliver(deps, reply, res, socket, closed.signal);
    })().catch(() => {
      if (!res.headersSent && !closed.signal.aborted) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end("fake server error");
      } else {
        socket.destroy();
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    endpoint: `${url}${deps.endpointPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
