/**
 * Retry classification shared by every interpreter and by the engine itself: which HTTP statuses are worth another
 * attempt, and what a failed `fetch` means.
 */

/**
 * Whether an answer with this status may be retried: 408 (request timeout), 409 (conflict, e.g. a concurrent write
 * of the same transaction), 429 (rate limited) and server errors other than 501/505 (which will not change). No
 * other 4xx is ever retried: the same request would be refused the same way. 1xx–3xx are retryable only in the
 * sense that an interpreter may find a failure inside them (HasOffers' rate limit inside HTTP 200).
 */
export function isRetryableStatus(status: number | undefined): boolean {
  return (
    !(status! >= 400) ||
    (status! < 500 ? status === 408 || status === 409 || status === 429 : status !== 501 && status !== 505)
  );
}

/** What a rejected `fetch` (no answer at all) means. */
export interface FetchFailure {
  /** The system or undici code found down the cause chain (`ECONNRESET`, `UND_ERR_SOCKET`…), if any. */
  code: string | undefined;
  /** Another attempt may succeed: a network failure, not a request the runtime refuses to send. */
  retry: boolean;
  /** The request surely never reached a server (refused, unresolvable, no route), so repeating it cannot double it. */
  safe: boolean;
}

/**
 * Codes proving the request never left: nothing listened (Bun says `ConnectionRefused`), the name did not resolve,
 * or there was no route or connection.
 */
const NEVER_SENT =
  /^(ECONNREFUSED|ENOTFOUND|EAI_(AGAIN|NONAME)|E(NET|HOST)(UNREACH|DOWN)|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused)$/;

/**
 * Classifies why `fetch` rejected (other than an abort, which the caller checks first). Connection failures —
 * resets, refusals, DNS failures, sockets closed mid-answer, and the code-less `TypeError` browsers and edge
 * runtimes throw for any network error — are retryable. Node's argument and URL errors (`ERR_INVALID_URL`,
 * `ERR_INVALID_ARG_TYPE`…) are programming errors a retry cannot fix.
 */
export function classifyFetchFailure(error: unknown): FetchFailure {
  let code: string | undefined;
  for (
    let e = error as { code?: unknown; errors?: unknown; cause?: unknown } | null, depth = 0;
    !code && e && typeof e === "object" && depth < 8;
    depth++
  ) {
    if (typeof e.code === "string" && e.code) code = e.code;
    // Node's "happy eyeballs" wraps one failure per address in an AggregateError whose members carry the code.
    e = (Array.isArray(e.errors) && e.errors.length > 0 ? e.errors[0] : e.cause) as typeof e;
  }
  const retry = !code?.startsWith("ERR_");
  return { code, retry, safe: retry && NEVER_SENT.test(code as string) };
}
