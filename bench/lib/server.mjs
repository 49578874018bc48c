import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../server/main.mjs", import.meta.url));

/**
 * Starts the loopback API server in a child process and resolves once it listens.
 * `base(pages, latencyMs)` is the URL prefix a client uses for that scenario.
 */
export function startServer() {
  const child = fork(entry, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench server exited early (${code})`)));
    child.once("message", ({ port }) => {
      child.removeAllListeners("exit");
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        base: (pages = 1, latencyMs = 0) => `${origin}/s/${pages}/${latencyMs}`,
        stop: () => {
          child.disconnect();
          child.kill();
        },
      });
    });
  });
}
