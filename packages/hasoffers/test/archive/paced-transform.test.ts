import { describe, expect, test } from "vitest";
import { PacedTransform } from "../../src/archive/paced-transform.js";

/** An input of `count` chunks of `size` bytes, each filled with its index; `taken` counts what was pulled. */
function input(count: number, size: number) {
  const state = { taken: 0 };
  const next = async () => (state.taken < count ? new Uint8Array(size).fill(state.taken++ & 0xff) : null);
  return { next, state };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("PacedTransform", () => {
  test("stops pulling input once about a MiB of output waits unread", async () => {
    const { next, state } = input(1000, 16 * 1024);
    const paced = new PacedTransform(new TransformStream<BufferSource, Uint8Array>(), next);
    for (let i = 0; i < 10; i++) await settle();
    expect(state.taken).toBeGreaterThanOrEqual(64);
    expect(state.taken).toBeLessThanOrEqual(70); // 1 MiB of 16 KiB chunks, plus the one in flight
    await paced.read();
    await settle();
    expect(state.taken).toBeLessThanOrEqual(76);
    await paced.stop();
  });

  test("hands queued small chunks over joined, up to 64 KiB, in order", async () => {
    const { next } = input(20, 16 * 1024);
    const paced = new PacedTransform(new TransformStream<BufferSource, Uint8Array>(), next);
    await settle();
    const sizes: number[] = [];
    const bytes: number[] = [];
    for (let chunk = await paced.read(); chunk !== null; chunk = await paced.read()) {
      sizes.push(chunk.length);
      for (let at = 0; at < chunk.length; at += 16 * 1024) bytes.push(chunk[at]!);
    }
    expect(Math.max(...sizes)).toBe(64 * 1024);
    expect(bytes).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  test("reports an input failure as it is, and a failure of the transform through describeFailure", async () => {
    const failing = new PacedTransform(new TransformStream<BufferSource, Uint8Array>(), async () => {
      throw new Error("archive truncated");
    });
    await expect(failing.read()).rejects.toThrow("archive truncated");
    const broken = new TransformStream<BufferSource, Uint8Array>({
      transform() {
        throw new TypeError("bad data");
      },
    });
    const { next } = input(1, 10);
    const paced = new PacedTransform(
      broken,
      next,
      (error) => new Error(`described: ${(error as Error).message}`),
    );
    await expect(paced.read()).rejects.toThrow("described: bad data");
  });

  test("ends its output only once the feeder is done with the input, so the next reader of that input never races it", async () => {
    // The transform ends its output early (as an inflater does at the end of its stream); input is still coming.
    const early = new TransformStream<BufferSource, Uint8Array>({
      start(controller) {
        controller.terminate();
      },
    });
    let release: (chunk: Uint8Array | null) => void = () => {};
    let pending = 0;
    const next = () => {
      pending += 1;
      return new Promise<Uint8Array | null>((resolve) => {
        release = (chunk) => {
          pending -= 1;
          resolve(chunk);
        };
      });
    };
    const paced = new PacedTransform(early, next);
    let ended = false;
    const read = paced.read().then((chunk) => {
      ended = true;
      return chunk;
    });
    await settle();
    expect(pending).toBe(1);
    expect(ended).toBe(false);
    release(new Uint8Array(10));
    expect(await read).toBeNull();
    expect(pending).toBe(0);
  });
});
