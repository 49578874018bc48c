import { AbortError, TimeoutError } from "@offerkit/trackofferz";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { useRig } from "./support/harness.js";
import { track } from "./support/track.js";

const rig = useRig();

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("timeout", () => {
  test("applies per attempt: a hang times out, the retry succeeds", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "hang" }]);
    const call = track(clientWith({ timeout: 5_000 }).reports.summary());
    await vi.advanceTimersByTimeAsync(4_999);
    expect([call.done, fake.requests.length]).toEqual([false, 1]);
    await vi.advanceTimersByTimeAsync(2);
    expect(call.value).toBeDefined();
    expect(fake.requests.map((r) => r.outcome)).toEqual(["hang", "answered"]);
  });

  test("every attempt timing out ends in TimeoutError after maxRetries + 1 attempts", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script(Array(3).fill({ type: "hang" }));
    const call = track(clientWith({ timeout: 1_000 }).reports.summary());
    await vi.advanceTimersByTimeAsync(2_990);
    expect(call.done).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(call.error).toBeInstanceOf(TimeoutError);
    expect(fake.requests).toHaveLength(3);
  });

  test("covers reading the body: a body slower than the timeout times out", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "slow-body", chunkDelayMs: 400, chunks: 5 }]);
    const call = track(clientWith({ timeout: 1_000, maxRetries: 0 }).reports.clicks());
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call.error).toBeInstanceOf(TimeoutError);
  });

  test("a slow body within the timeout is read whole", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "slow-body", chunkDelayMs: 100, chunks: 5 }]);
    const call = track(clientWith({ timeout: 1_000 }).reports.clicks());
    await vi.advanceTimersByTimeAsync(450);
    expect(call.value).toMatchObject({ page: 1 });
    expect(fake.requests).toHaveLength(1);
  });

  test("per call overrides the client's", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "hang" }]);
    const call = track(clientWith({ timeout: 60_000, maxRetries: 0 }).reports.summary({}, { timeout: 200 }));
    await vi.advanceTimersByTimeAsync(200);
    expect(call.error).toBeInstanceOf(TimeoutError);
  });

  test("a conversion whose answer never comes is retried and still recorded once", async () => {
    const { fake, clientWith } = rig();
    const [id] = fake.freshClickIds(1) as [string];
    fake.faults.script([{ type: "hang", after: true }]);
    const call = track(clientWith({ timeout: 1_000 }).conversions.create({ transaction_id: id }));
    await vi.advanceTimersByTimeAsync(1_001);
    expect(call.value).toMatchObject({ duplicate: true });
    expect(fake.conversions.recorded()).toHaveLength(1);
  });
});

describe("deadline", () => {
  test("bounds a whole call, waits included", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script(Array(5).fill({ type: "hang" }));
    const call = track(
      clientWith({ timeout: 1_000, maxRetries: 5 }).reports.summary({}, { deadline: 2_500 }),
    );
    await vi.advanceTimersByTimeAsync(2_500);
    expect(call.error).toBeInstanceOf(TimeoutError);
    expect(fake.requests.length).toBeLessThanOrEqual(3);
  });

  test("a Retry-After past the deadline fails now instead of sleeping", async () => {
    const { fake, clientWith } = rig();
    fake.faults.script([{ type: "rate-limit", retryAfter: 10 }]);
    const call = track(clientWith({ deadline: 5_000 }).reports.summary());
    await vi.advanceTimersByTimeAsync(0);
    expect(call.done).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });
});

describe("abort", () => {
  test("stops a request in flight at once", async () => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "hang" }]);
    const controller = new AbortController();
    const call = track(client.reports.summary({}, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toBeInstanceOf(AbortError);
    expect(fake.requests).toHaveLength(1);
  });

  test("stops during a backoff wait, without another attempt", async () => {
    const { fake, client } = rig();
    fake.faults.script([{ type: "rate-limit", retryAfter: 30 }]);
    const controller = new AbortController();
    const call = track(client.reports.summary({}, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call.done).toBe(false);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toBeInstanceOf(AbortError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.requests).toHaveLength(1);
  });

  test("an already aborted signal sends nothing", async () => {
    const { fake, client } = rig();
    const call = track(
      client.conversions.create({ transaction_id: "click_1" }, { signal: AbortSignal.abort() }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toBeInstanceOf(AbortError);
    expect(fake.requests).toHaveLength(0);
  });
});
