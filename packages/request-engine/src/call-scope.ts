import { TimeoutError } from "@offerkit/errors";
import { listen, noop, startTimer } from "./clock.js";

/** The `TimeoutError` (code `deadline`) of a call or an iteration that ran past its deadline. */
export function deadlineError(sdk: string | undefined, what = "call", extra?: object): TimeoutError {
  return new TimeoutError(`The ${what} ran past its deadline`, { ...extra, sdk, code: "deadline" });
}

/** The signal of one whole operation, and how to end it. */
export interface CallScope {
  readonly signal: AbortSignal;
  /** Whether the scope has aborted: `signal.aborted` as a plain field, for checks made once per item. */
  readonly aborted: boolean;
  /** Rejects when the scope aborts, for races against work that may ignore `signal`. */
  readonly stopped: Promise<never>;
  abort(reason: unknown): void;
  /**
   * Stops the deadline and unlinks the caller's signal. `keepLink` leaves the caller's signal wired in, for a body
   * the caller still streams: aborting must still cancel that download.
   */
  dispose(keepLink?: boolean): void;
}

/**
 * The signal of one whole operation (a call with all its attempts, or an iteration with all its pages): it aborts
 * when the caller's signal does, when the deadline passes (with a `TimeoutError` of code `deadline`), or when
 * `abort` is called. Only built when a deadline or a cancellation of its own is needed, so plain calls pay nothing.
 */
export function callScope(
  outer: AbortSignal | undefined,
  deadlineMs: number | undefined,
  sdk: string | undefined,
  what: string,
): CallScope {
  const controller = new AbortController();
  let stop!: () => void;
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  stopped.catch(noop);
  let unlink = noop as () => void;
  let timer: ReturnType<typeof startTimer> | undefined;
  const scope = {
    signal: controller.signal,
    aborted: false,
    stopped,
    abort(reason: unknown) {
      scope.aborted = true;
      controller.abort(reason);
      stop();
    },
    dispose(keepLink?: boolean) {
      clearTimeout(timer);
      if (!keepLink) unlink();
    },
  };
  if (outer) {
    const follow = () => scope.abort(outer.reason);
    if (outer.aborted) follow();
    else unlink = listen(outer, follow);
  }
  if (deadlineMs! < Infinity) timer = startTimer(() => scope.abort(deadlineError(sdk, what)), deadlineMs!);
  return scope;
}
