import { createServer } from "node:net";
import { describe, expect, test } from "vitest";
import { guardProcess } from "./support/process-guard.js";

// The guard every scenario ends with must itself see what it is there to see.
describe("the process guard", () => {
  test("reports a timer and a listening socket left behind, and nothing once they are closed", async () => {
    const guard = guardProcess();
    const timer = setTimeout(() => undefined, 60_000);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const leftovers = await guard.finish(100);
    expect(leftovers.resources).toEqual({ Timeout: 1, TCPServerWrap: 1 });

    const again = guardProcess();
    clearTimeout(timer);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // A fresh guard started while they were open sees them go below its baseline: nothing beyond it.
    expect((await again.finish(100)).resources).toEqual({});
  });

  test("reports process warnings", async () => {
    const guard = guardProcess();
    process.emitWarning("a listener leak, for instance", "MaxListenersExceededWarning");
    expect((await guard.finish(100)).warnings).toEqual([
      "MaxListenersExceededWarning: a listener leak, for instance",
    ]);
  });
});
