import { EventEmitter } from "node:events";
import { describe, expect, test, vi } from "vitest";
import type { EntryData } from "../../src/archive/entry-data.js";
import { NodeInflater, type NodeInflateStream } from "../../src/archive/node-inflater.js";

/** Stands in for Node's zlib stream: writes wait until the test completes them, consuming what it says. */
class FakeZlib extends EventEmitter implements NodeInflateStream {
  bytesWritten = 0;
  readonly writes: { chunk: Uint8Array; done: () => void }[] = [];
  paused = false;
  ended = false;

  write(chunk: Uint8Array, callback: () => void): boolean {
    this.writes.push({ chunk, done: callback });
    return true;
  }

  /** Completes the oldest write, zlib having consumed `consumed` of its bytes. */
  complete(consumed = this.writes[0]!.chunk.length): void {
    const write = this.writes.shift()!;
    this.bytesWritten += consumed;
    write.done();
  }

  end(): void {
    this.ended = true;
  }
  destroy(): void {}
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
}

/** Entry data of endless 16 KiB chunks, or of `count` chunks followed by a failure. */
function fakeData(count = Number.POSITIVE_INFINITY) {
  let handed = 0;
  const data = {
    next: vi.fn(async () => {
      if (handed >= count) throw new Error("archive ended");
      handed += 1;
      return new Uint8Array(16 * 1024);
    }),
    skip: vi.fn(async () => {}),
    consumed: vi.fn(),
    streamEnded: vi.fn(async () => {}),
    descriptor: undefined,
  } satisfies EntryData;
  return data;
}

/** Lets every pending promise step run: the inflater and these fakes never wait on timers. */
const settle = () => new Promise((resolve) => setImmediate(resolve));
const fail = (error: unknown) => error;

describe("NodeInflater", () => {
  test("keeps two writes queued behind the one zlib works on, so zlib never waits for the main thread", async () => {
    const zlib = new FakeZlib();
    const data = fakeData();
    const inflater = new NodeInflater(zlib, data, fail);
    await settle();
    expect(zlib.writes).toHaveLength(3);
    zlib.complete();
    await settle();
    expect(zlib.writes).toHaveLength(3);
    expect(data.next).toHaveBeenCalledTimes(4);
    expect(data.consumed).toHaveBeenLastCalledWith(16 * 1024);
    await inflater.stop();
  });

  test("pauses zlib once a MiB of output waits, and resumes it as the consumer catches up", async () => {
    const zlib = new FakeZlib();
    const inflater = new NodeInflater(zlib, fakeData(), fail);
    await settle();
    zlib.emit("data", new Uint8Array(512 * 1024));
    expect(zlib.paused).toBe(false);
    zlib.emit("data", new Uint8Array(512 * 1024));
    expect(zlib.paused).toBe(true);
    // No more input either while the output waits.
    zlib.complete();
    await settle();
    expect(zlib.writes).toHaveLength(2);
    expect((await inflater.read())?.length).toBe(512 * 1024);
    expect(zlib.paused).toBe(false);
    await settle();
    expect(zlib.writes).toHaveLength(3);
    await inflater.stop();
  });

  test("stops feeding where zlib consumed less than it was given, and tells the data where the stream ended", async () => {
    const zlib = new FakeZlib();
    const data = fakeData();
    const inflater = new NodeInflater(zlib, data, fail);
    await settle();
    zlib.complete();
    zlib.complete(100);
    await settle();
    expect(data.streamEnded).toHaveBeenCalledWith(16 * 1024 + 100);
    expect(zlib.ended).toBe(true);
    const nextCalls = data.next.mock.calls.length;
    zlib.complete(0);
    zlib.emit("data", new Uint8Array([1, 2, 3]));
    zlib.emit("end");
    expect(await inflater.read()).toEqual(new Uint8Array([1, 2, 3]));
    expect(await inflater.read()).toBeNull();
    expect(data.next).toHaveBeenCalledTimes(nextCalls);
  });

  test("does not report a failed read ahead when the writes still out show the stream ended before it", async () => {
    const zlib = new FakeZlib();
    const data = fakeData(2);
    const inflater = new NodeInflater(zlib, data, fail);
    await settle();
    expect(zlib.writes).toHaveLength(2);
    zlib.complete();
    zlib.complete(10);
    zlib.emit("end");
    expect(await inflater.read()).toBeNull();
    expect(data.streamEnded).toHaveBeenCalledWith(16 * 1024 + 10);
  });

  test("reports the failed read when the stream had not ended", async () => {
    const zlib = new FakeZlib();
    const inflater = new NodeInflater(zlib, fakeData(2), fail);
    await settle();
    zlib.complete();
    zlib.complete();
    await expect(inflater.read()).rejects.toThrow("archive ended");
  });

  test("reports an error of zlib itself through describeFailure", async () => {
    const zlib = new FakeZlib();
    const inflater = new NodeInflater(zlib, fakeData(), (error) => new Error(`corrupt: ${String(error)}`));
    await settle();
    zlib.emit("error", "invalid block type");
    await expect(inflater.read()).rejects.toThrow("corrupt: invalid block type");
  });
});
