/** Rate-limit settings of the fake. */
export interface RateLimitOptions {
  /** Calls admitted per window. Default 50 (the Enterprise default). */
  limit?: number;
  /** Window length in ms. Default 10 000. */
  windowMs?: number;
  /**
   * `"recorded"` (default): the text recorded in 2016 (`… API usage exceeded rate limit.  Configured: 50/10s
   * window; Your usage: 51. …`); `"docs"`: today's documented `User has exceeded API rate limit`.
   */
  wording?: "recorded" | "docs";
  /** The recorded text starts with a prefix the cassette replaced by `blabla`; kept as recorded by default. */
  prefix?: string;
}

/** A sliding-window limiter over admitted calls, timed by the fake's clock. */
export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #options: RateLimitOptions;
  #admitted: number[] = [];

  constructor(options: RateLimitOptions = {}) {
    this.#options = options;
    this.limit = options.limit ?? 50;
    this.windowMs = options.windowMs ?? 10_000;
  }

  /** Admits a call at `now` (returns `undefined`) or returns the refusal text. Refused calls do not count. */
  admit(now: number, wording = this.#options.wording): string | undefined {
    this.#admitted = this.#admitted.filter((t) => t > now - this.windowMs);
    if (this.#admitted.length < this.limit) {
      this.#admitted.push(now);
      return undefined;
    }
    return rateLimitText(this.#admitted.length + 1, this.limit, this.windowMs, wording, this.#options.prefix);
  }

  /** Forgets every admitted call. */
  reset(): void {
    this.#admitted = [];
  }
}

/** The rate-limit refusal in either wording. */
export function rateLimitText(
  usage: number,
  limit = 50,
  windowMs = 10_000,
  wording: "recorded" | "docs" = "recorded",
  prefix = "blabla",
): string {
  if (wording === "docs") return "User has exceeded API rate limit";
  const window = `${Math.round(windowMs / 1000)}s`;
  return `${prefix}.  API usage exceeded rate limit.  Configured: ${limit}/${window} window; Your usage: ${usage}.  See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.`;
}
