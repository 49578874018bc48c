import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { FakeRequest, Outcome } from "./outcome.js";
import { pieces, sleep } from "./outcome.js";

/** A running loopback server of the fake. */
export interface FakeServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:53124/api/v1`. */
  url: string;
  port: number;
  /** Stops the server and drops open connections (hanging requests included). */
  close(): Promise<void>;
}

/** Options of `listen()`. */
export interface ListenOptions {
  /** Port on 127.0.0.1. Default 0: an ephemeral port. */
  port?: number;
}

/** Serves the fake over real HTTP on 127.0.0.1, rendering each outcome onto the socket (resets are real resets). */
export async function listen(
  dispatch: (request: FakeRequest) => Promise<Outcome>,
  options: ListenOptions = {},
): Promise<FakeServer> {
  // Imported here, not at the top: the build inlines this module into the testing entry, where a static import
  // would make the in-process fake need Node's http module in browsers and edge runtimes too.
  const { createServer } = await import("node:http");
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(dispatch, req, res).catch(() => res.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  dispatch: (request: FakeRequest) => Promise<Outcome>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort(new Error("the client went away"));
  });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  let outcome: Outcome;
  try {
    outcome = await dispatch({
      method: req.method ?? "GET",
      url: new URL(req.url ?? "/", "http://127.0.0.1"),
      headers,
      body: Buffer.concat(chunks).toString("utf8"),
      signal: controller.signal,
    });
  } catch {
    res.destroy();
    return;
  }
  if (outcome.kind === "hang") return;
  if (outcome.kind === "reset") {
    const socket = req.socket as Socket & { resetAndDestroy?: () => void };
    if (socket.resetAndDestroy) socket.resetAndDestroy();
    else socket.destroy();
    return;
  }
  const bytes = Buffer.from(outcome.body, "utf8");
  res.writeHead(outcome.status, { ...outcome.headers, "content-length": String(bytes.length) });
  if (outcome.truncateAt !== undefined) {
    // Promise the whole body, send part of it, then drop the connection.
    res.write(bytes.subarray(0, outcome.truncateAt), () => req.socket.destroy());
    return;
  }
  if (outcome.chunks === undefined) {
    res.end(bytes);
    return;
  }
  const parts = pieces(bytes, outcome.chunks);
  for (const [index, part] of parts.entries()) {
    if (index > 0) await sleep(outcome.chunkDelayMs ?? 0, controller.signal).catch(() => undefined);
    if (controller.signal.aborted) return;
    res.write(part);
  }
  res.end();
}
