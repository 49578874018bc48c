import { ProblemError } from "./problem.js";

/** The fake's rate limit: a fixed window of `windowSeconds` allowing `limit` authenticated requests. */
export class RateWindow {
  private start = 0;
  private used = 0;

  constructor(
    private readonly settings: { limit: number; windowSeconds: number },
    private readonly now: () => number,
  ) {}

  /** Counts one request; throws the contract's 429 (with `Retry-After` to the window's end) when over the limit. */
  take(): void {
    const now = this.roll();
    const start = this.start;
    const windowMs = this.settings.windowSeconds * 1000;
    this.used += 1;
    if (this.used > this.settings.limit) {
      const wait = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
      throw new ProblemError(
        { status: 429, code: "rate_limited", message: `Too many requests; retry after ${wait} seconds` },
        { "retry-after": String(wait) },
      );
    }
  }

  /** Moves to the current window (a fresh count when the last one ended); returns the clock's time. */
  private roll(): number {
    const windowMs = this.settings.windowSeconds * 1000;
    const now = this.now();
    const start = Math.floor(now / windowMs) * windowMs;
    if (start !== this.start) [this.start, this.used] = [start, 0];
    return now;
  }

  /** `X-RateLimit-Limit`, `-Remaining` and `-Reset` (unix seconds), as every answer of the API carries them. */
  headers(): Record<string, string> {
    this.roll();
    const { limit, windowSeconds } = this.settings;
    return {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - this.used)),
      "x-ratelimit-reset": String(Math.ceil((this.start + windowSeconds * 1000) / 1000)),
    };
  }
}
