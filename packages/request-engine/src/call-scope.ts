import { TimeoutError } from "@offerkit/errors";
import { MAX_DELAY_MS } from "./clock.js";

/**
 * The signal of one whole operation (a call with all its attempts, or an iteration with all its pages): it aborts
 * when the caller's signal does, when the deadline passes (with a `TimeoutError` of code `deadline`), or when
 * `abort` is called. Only built when a deadline or a cancellation of its own is needed, so plain calls pay nothing.
 */
export class CallScope {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onAbort: (() => void) | undefined;

  constructor(
    private readonly outer: AbortSignal | undefined,
    deadlineMs: number | undefined,
    sdk: string | undefined,
    what: string,
  ) {
    if (outer?.aborted) {
      this.controller.abort(outer.reason);
    } else if (outer) {
      this.onAbort = () => this.controller.abort(outer.reason);
      outer.addEventListener("abort", this.onAbort, { once: true });
    }
    if (deadlineMs !== undefined && deadlineMs < Number.POSITIVE_INFINITY) {
      this.timer = setTimeout(
        () =>
          this.abort(
            new TimeoutError(`The ${what} ran past its ${deadlineMs} ms deadline`, { sdk, code: "deadline" }),
          ),
        Math.min(deadlineMs, MAX_DELAY_MS),
      );
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason: unknown): void {
    this.controller.abort(reason);
  }

  /**
   * Stops the deadline and unlinks the caller's signal. `keepLink` leaves the caller's signal wired in, for a body
   * the caller still streams: aborting must still cancel that download.
   */
  dispose(keepLink = false): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (!keepLink && this.onAbort) this.outer?.removeEventListener("abort", this.onAbort);
  }
}
