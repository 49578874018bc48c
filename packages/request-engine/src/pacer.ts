import { abortable, type Clock, noop } from "./clock.js";
import { invalidOption } from "./settings.js";

/** Client-side pacing: at most `limit` calls start in any `intervalMs` window. */
export interface PacerOptions {
  limit: number;
  intervalMs: number;
}

/**
 * A sliding-window limiter. Calls beyond the window's limit wait, in arrival order, until the oldest start in the
 * window leaves it, so a burst or a concurrent iteration never trips the server's rate limit. A waiter whose signal
 * aborts leaves at once (the calls behind it move up, taking no slot for it); when nobody waits, no timer is left
 * running.
 */
export class Pacer {
  /** The last `limit` start times, oldest first. */
  readonly #starts: number[] = [];
  /** Settles when the last waiter in line has its slot (or left): each waiter takes its turn after it. */
  #line: Promise<unknown> = Promise.resolve();
  /** Waiters in line. */
  #waiting = 0;
  readonly #options: PacerOptions;
  readonly #clock: Clock;

  constructor(options: PacerOptions, clock: Clock, sdk?: string) {
    this.#options = options;
    this.#clock = clock;
    if (!(options?.limit >= 1 && options.intervalMs > 0 && options.intervalMs < Infinity)) {
      throw invalidOption("pacing", "needs limit >= 1 and a finite intervalMs > 0", sdk);
    }
  }

  /** Waits for a slot; rejects with the signal's reason if it aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    // Nobody waiting and a slot free: granted at once, as most calls are.
    if (!this.#waiting && !this.#take()) return Promise.resolve();
    this.#waiting++;
    const turn = this.#line
      .then(async () => {
        for (;;) {
          // A waiter that left before its turn takes no slot.
          if (signal?.aborted) throw signal.reason;
          const wait = this.#take();
          if (!wait) return;
          await this.#clock.sleep(wait, signal);
        }
      })
      .finally(() => this.#waiting--);
    this.#line = turn.catch(noop);
    return abortable(turn, signal);
  }

  /**
   * Takes a slot when one is free (0), else returns the ms until one is: bounded by the interval, so a clock that
   * jumps back cannot stall the line.
   */
  #take(): number {
    const { limit, intervalMs } = this.#options;
    const starts = this.#starts;
    const now = this.#clock.now();
    const wait = starts.length < limit ? 0 : (starts[0] as number) + intervalMs - now;
    if (wait > 0) return Math.min(wait, intervalMs);
    if (starts.push(now) > limit) starts.shift();
    return 0;
  }
}
