import type { Clock } from "./clock.js";

/** Client-side pacing: at most `limit` calls start in any `intervalMs` window. */
export interface PacerOptions {
  limit: number;
  intervalMs: number;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

const GRANTED: Promise<void> = Promise.resolve();

/**
 * A sliding-window limiter. Calls beyond the window's limit wait, in arrival order, until the oldest start in the
 * window leaves it, so a burst or a concurrent iteration never trips the server's rate limit. A waiter whose signal
 * aborts leaves the queue at once (the calls behind it move up); when nobody waits, no timer is left running.
 */
export class Pacer {
  /** The last `limit` start times, oldest at `oldest` once full (a ring: no shifting on the hot path). */
  private readonly starts: number[] = [];
  private oldest = 0;
  private readonly queue: Waiter[] = [];
  private pump: AbortController | undefined;
  private draining = false;

  constructor(
    private readonly options: PacerOptions,
    private readonly clock: Clock,
  ) {
    if (!(options.limit >= 1) || !(options.intervalMs > 0) || !Number.isFinite(options.intervalMs)) {
      throw new RangeError("pacing needs limit >= 1 and a finite intervalMs > 0");
    }
  }

  /** Waits for a slot; rejects with the signal's reason if it aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.queue.length === 0 && this.wait() === 0) {
      this.take();
      return GRANTED;
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const at = this.queue.indexOf(waiter);
          if (at !== -1) this.queue.splice(at, 1);
          reject(signal.reason);
          if (this.queue.length === 0) this.pump?.abort();
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      if (!this.draining) void this.drain();
    });
  }

  /** Ms until a slot is free (0: now). Bounded by the interval, so a clock that jumps back cannot stall it. */
  private wait(): number {
    const { limit, intervalMs } = this.options;
    if (this.starts.length < limit) return 0;
    const free = (this.starts[this.oldest] as number) + intervalMs - this.clock.now();
    return free > 0 ? Math.min(free, intervalMs) : 0;
  }

  private take(): void {
    const now = this.clock.now();
    if (this.starts.length < this.options.limit) {
      this.starts.push(now);
      return;
    }
    this.starts[this.oldest] = now;
    this.oldest = (this.oldest + 1) % this.options.limit;
  }

  /** Hands out slots to the queue in order, sleeping until each is free; stops when the queue is empty. */
  private async drain(): Promise<void> {
    this.draining = true;
    while (this.queue.length > 0) {
      const ms = this.wait();
      if (ms > 0) {
        this.pump = new AbortController();
        // Rejects only when the last waiter left; the loop condition then ends the drain.
        await this.clock.sleep(ms, this.pump.signal).catch(() => undefined);
        this.pump = undefined;
        continue;
      }
      const waiter = this.queue.shift() as Waiter;
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      this.take();
      waiter.resolve();
    }
    // Reset with no await after the last check, so an `acquire` never finds a drain that is about to stop.
    this.draining = false;
  }
}
