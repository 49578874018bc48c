import { seededRandom } from "./prng.js";

/**
 * A `Retry-After` value: a number is delta-seconds (`2` → `"2"`), `{ date: s }` is an HTTP-date `s` seconds from
 * the fake's clock, and a string is sent verbatim (absurd or malformed values: `"99999999999"`, `"soon"`).
 */
export type RetryAfterValue = number | { date: number } | string;

/** How a fault's error answer is written: the API's JSON body, a proxy's HTML page, or nothing. */
export type FaultBody = "json" | "html" | "empty";

/**
 * One thing that can go wrong with one request. Faults that answer instead of the API (`status`, `rate-limit`,
 * `malformed-json`, `wrong-shape`, and `reset`/`hang` without `after`) never reach it: nothing is recorded.
 * `truncate`, `slow-body`, and `reset`/`hang` with `after: true` let the API process the request first, so a
 * conversion IS recorded even though the client never sees the answer — the case idempotency exists for.
 */
export type Fault =
  /** Answer with this status instead; `body` default `json` (the contract's error body with `code`/`message`). */
  | {
      type: "status";
      status: number;
      body?: FaultBody | undefined;
      code?: string | undefined;
      message?: string | undefined;
      retryAfter?: RetryAfterValue | undefined;
      headers?: Record<string, string> | undefined;
    }
  /** Answer 429 `rate_limited` with `Retry-After` (default 1 second). */
  | { type: "rate-limit"; retryAfter?: RetryAfterValue | undefined; body?: FaultBody | undefined }
  /** Drop the connection without an answer (a TCP reset on loopback; a `fetch failed` ECONNRESET in process). */
  | { type: "reset"; after?: boolean | undefined }
  /** Never answer; only the client's timeout or abort ends the request. */
  | { type: "hang"; after?: boolean | undefined }
  /** Process, then send the answer's headers and only the first `ratio` (default 0.5) of its body. */
  | { type: "truncate"; ratio?: number | undefined }
  /** Answer 200 with a body that is not valid JSON. */
  | { type: "malformed-json" }
  /** Answer 200 with valid JSON of the wrong shape (default `{"data":[]}`). */
  | { type: "wrong-shape"; body?: unknown }
  /** Process, then send the body in `chunks` (default 4) pieces, `chunkDelayMs` apart. */
  | { type: "slow-body"; chunkDelayMs: number; chunks?: number | undefined }
  /** Wait `ms`, then answer normally. */
  | { type: "latency"; ms: number }
  /** No fault: answer normally (a placeholder in a script). */
  | { type: "pass" };

/** What the fault rules see of a request. */
export interface FakeRequestInfo {
  /** The `X-Request-Id` the answer carries. */
  id: string;
  method: string;
  /** Path below the base URL, e.g. `/reports/clicks`. */
  path: string;
  query: Record<string, string>;
  /** `page` of a report request (1 when not given). */
  page: number | undefined;
  /** `transaction_id` of a conversion request, when its body had one. */
  transactionId: string | undefined;
}

/** Which requests a rule applies to: every field given must match, or a predicate. */
export type RequestMatcher =
  | { method?: string; path?: string | RegExp; page?: number; transactionId?: string }
  | ((request: FakeRequestInfo) => boolean);

/** A fault that was served, for assertions. */
export interface ServedFault {
  request: FakeRequestInfo;
  fault: Fault;
}

/**
 * The fake's fault injection. Rules are checked per request: scripts first (in the order they were added; each
 * serves its faults one per matching request, in order, then is spent), then random rules (each matching request
 * draws from the rule's own seeded generator, so a run is reproducible). Latency rules add up on top of that.
 *
 * @example
 * fake.faults.script([{ type: "rate-limit", retryAfter: 2 }, { type: "status", status: 503, body: "html" }]);
 * fake.faults.random({ rate: 0.1, seed: 7, faults: [{ type: "reset" }, { type: "status", status: 502 }] });
 * fake.faults.latency(50, { path: "/reports/clicks" });
 */
export interface FaultInjector {
  /** Serves `faults` to the next requests that match, one each, in order (`{ type: "pass" }` skips one). */
  script(faults: readonly Fault[], match?: RequestMatcher): FaultInjector;
  /** Gives each matching request a fault with probability `rate`, picked uniformly from `faults`. */
  random(options: {
    rate: number;
    faults: readonly Fault[];
    seed?: number;
    match?: RequestMatcher;
  }): FaultInjector;
  /** Delays every matching request by `ms` (or by what the function returns for it, e.g. per page). */
  latency(ms: number | ((request: FakeRequestInfo) => number), match?: RequestMatcher): FaultInjector;
  /** Removes every rule. */
  clear(): void;
  /** Scripted faults not served yet. */
  readonly pending: number;
  /** Every fault served so far, in order. */
  readonly served: readonly ServedFault[];
}

interface Script {
  queue: Fault[];
  match: RequestMatcher | undefined;
}

interface RandomRule {
  rate: number;
  faults: readonly Fault[];
  next: () => number;
  match: RequestMatcher | undefined;
}

/** The fake's {@link FaultInjector}. */
export class FaultRules implements FaultInjector {
  private scripts: Script[] = [];
  private randoms: RandomRule[] = [];
  private delays: {
    ms: number | ((request: FakeRequestInfo) => number);
    match: RequestMatcher | undefined;
  }[] = [];
  readonly served: ServedFault[] = [];

  script(faults: readonly Fault[], match?: RequestMatcher): this {
    this.scripts.push({ queue: [...faults], match });
    return this;
  }

  random(options: { rate: number; faults: readonly Fault[]; seed?: number; match?: RequestMatcher }): this {
    if (!(options.rate >= 0 && options.rate <= 1) || options.faults.length === 0) {
      throw new RangeError("faults.random needs 0 <= rate <= 1 and at least one fault");
    }
    this.randoms.push({ ...options, next: seededRandom(options.seed ?? 1), match: options.match });
    return this;
  }

  latency(ms: number | ((request: FakeRequestInfo) => number), match?: RequestMatcher): this {
    this.delays.push({ ms, match });
    return this;
  }

  clear(): void {
    this.scripts = [];
    this.randoms = [];
    this.delays = [];
  }

  get pending(): number {
    return this.scripts.reduce((sum, s) => sum + s.queue.length, 0);
  }

  /** The fault for this request, if any (consumes a scripted one). */
  pick(request: FakeRequestInfo): Fault | undefined {
    let fault: Fault | undefined;
    const script = this.scripts.find((s) => s.queue.length > 0 && matches(s.match, request));
    if (script) fault = script.queue.shift();
    else {
      for (const rule of this.randoms) {
        if (!matches(rule.match, request)) continue;
        if (rule.next() < rule.rate) {
          fault = rule.faults[Math.floor(rule.next() * rule.faults.length)];
          break;
        }
      }
    }
    if (!fault || fault.type === "pass") return undefined;
    this.served.push({ request, fault });
    return fault;
  }

  /** Total latency the rules add to this request, in ms. */
  delayFor(request: FakeRequestInfo): number {
    let total = 0;
    for (const { ms, match } of this.delays) {
      if (matches(match, request)) total += typeof ms === "function" ? ms(request) : ms;
    }
    return total;
  }
}

function matches(match: RequestMatcher | undefined, request: FakeRequestInfo): boolean {
  if (match === undefined) return true;
  if (typeof match === "function") return match(request);
  if (match.method !== undefined && match.method.toUpperCase() !== request.method) return false;
  if (match.page !== undefined && match.page !== request.page) return false;
  if (match.transactionId !== undefined && match.transactionId !== request.transactionId) return false;
  if (match.path === undefined) return true;
  return typeof match.path === "string" ? match.path === request.path : match.path.test(request.path);
}
