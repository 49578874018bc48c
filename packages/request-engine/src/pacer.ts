import { type Clock, listen, noop } from "./clock.js";

/** Client-side pacing: at most `limit` calls start in any `intervalMs` window. */
export interface PacerOptions {
  limit: number;
  intervalMs: number;
}

const GRANTED: Promise<void> = Promise.resolve();

/**
 * A sliding-window limiter. Calls beyond the window's limit wait, in arrival order, until the oldest start in the
 * window leaves it, so a burst or a concurrent iteration never trips the server's rate limit. A waiter whose signal
 * aborts leaves the queue at once (the calls behind it move up); when nobody waits, no timer is left running.
 */
export class Pacer {
  /** The last `limit` start times, oldest first. */
  readonly #starts: number[] = [];
  /** Waiters in arrival order; calling one grants it its slot. */
  readonly #queue: (() => void)[] = [];
  /** Cancels the drain's sleep when the last waiter leaves. */
  #pump: AbortController | undefined;
  #draining = false;

  readonly #options: PacerOptions;
  readonly #clock: Clock;

  constructor(options: PacerOptions, clock: Clock) {
    this.#options = options;
    this.#clock = clock;
    if (!(options.limit >= 1 && options.intervalMs > 0 && options.intervalMs < Number.POSITIVE_INFINITY)) {
      throw new RangeError("pacing needs limit >= 1 and a finite intervalMs > 0");
    }
  }

  /** Waits for a slot; rejects with the signal's reason if it aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const queue = this.#queue;
    if (queue.length === 0 && this.#take() === true) return GRANTED;
    return new Promise<void>((resolve, reject) => {
      const waiter = () => {
        unlink();
        resolve();
      };
      const unlink = listen(signal, () => {
        queue.splice(queue.indexOf(waiter), 1);
        reject(signal?.reason);
        if (queue.length === 0) this.#pump?.abort();
      });
      queue.push(waiter);
      if (!this.#draining) void this.#drain();
    });
  }

  /**
   * Takes a slot when one is free (true), else returns the ms until one is. Bounded by the interval, so a clock that
   * jumps back cannot stall it.
   */
  #take(): true | number {
    const { limit, intervalMs } = this.#options;
    const starts = this.#starts;
    const now = this.#clock.now();
    const wait = starts.length < limit ? 0 : (starts[0] as number) + intervalMs - now;
    if (wait > 0) return Math.min(wait, intervalMs);
    if (starts.push(now) > limit) starts.shift();
    return true;
  }

  /** Hands out slots to the queue in order, sleeping until each is free; stops when the queue is empty. */
  async #drain(): Promise<void> {
    this.#draining = true;
    while (this.#queue.length > 0) {
      const taken = this.#take();
      if (taken === true) (this.#queue.shift() as () => void)();
      else {
        this.#pump = new AbortController();
        // Rejects only when the last waiter left; the loop condition then ends the drain.
        await this.#clock.sleep(taken, this.#pump.signal).catch(noop);
      }
    }
    // Reset with no await after the last check, so an `acquire` never finds a drain that is about to stop.
    this.#draining = false;
  }
}
