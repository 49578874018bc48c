import type { Clock } from "./clock.js";

/** Client-side pacing: at most `limit` calls start in any `intervalMs` window. */
export interface PacerOptions {
  limit: number;
  intervalMs: number;
}

/**
 * A sliding-window limiter. Calls beyond the window's limit wait (in arrival order) until the oldest call in the
 * window leaves it, so a burst or a concurrent iteration never trips the server's rate limit.
 */
export class Pacer {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: PacerOptions,
    private readonly clock: Clock,
  ) {
    if (!(options.limit >= 1) || !(options.intervalMs > 0)) {
      throw new RangeError("pacing needs limit >= 1 and intervalMs > 0");
    }
  }

  /** Waits for a slot; rejects with the signal's reason if it aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.take(signal));
    // The next caller waits for this one's slot, whether it was granted or aborted.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<void> {
    const { limit, intervalMs } = this.options;
    for (;;) {
      const now = this.clock.now();
      while (this.starts.length > 0 && (this.starts[0] as number) <= now - intervalMs) this.starts.shift();
      if (this.starts.length < limit) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep((this.starts[0] as number) + intervalMs - now, signal);
    }
  }
}
