import { Random } from "./random.js";

/** Which requests a fault applies to; every given key must match. */
export interface FaultMatch {
  /** `Target` of an API call (`Offer`). */
  target?: string;
  /** `Method` of an API call (`findAll`). */
  method?: string;
  /** `true`: only raw-log downloads; `false`: only API calls. Default: both. */
  download?: boolean;
}

/**
 * One injected failure. `applied` says whether the call takes effect before the failure hits (the client cannot
 * tell, which is what retry-safety tests need): default `false` for refusals and lost connections (`rateLimit`,
 * `http`, `reset`, `hang`), `true` for spoiled answers (`truncate`, `malformedJson`, `wrongShape`).
 *
 * - `rateLimit`: the rate-limit envelope (HTTP 200) in the `"recorded"` or `"docs"` wording.
 * - `http`: an HTTP error, default 503, with a `json` (envelope-like), `html` (Apache page) or `empty` body, and
 *   an optional `Retry-After` (seconds).
 * - `reset`: the connection breaks before any answer (`fetch` rejects, as with ECONNRESET).
 * - `truncate`: the answer's body stops after `afterBytes` (default: half of it) and the connection breaks.
 * - `malformedJson`: HTTP 200 with JSON cut mid-token. For downloads: bytes that are not a zip.
 * - `wrongShape`: HTTP 200 with valid JSON that is not the envelope (default `{"ok":true}`, or `body`).
 * - `hang`: no answer at all until the client aborts (or `faults.release()` / `close()`).
 * - `slowBody`: the real answer, `chunkBytes` (default 64) at a time with `delayMs` between chunks.
 * - `latency`: the real answer, after `ms`.
 */
export type Fault =
  | { kind: "rateLimit"; wording?: "recorded" | "docs" }
  | {
      kind: "http";
      status?: number;
      body?: "json" | "html" | "empty";
      retryAfter?: number;
      applied?: boolean;
    }
  | { kind: "reset"; applied?: boolean }
  | { kind: "truncate"; afterBytes?: number; applied?: boolean }
  | { kind: "malformedJson"; applied?: boolean }
  | { kind: "wrongShape"; body?: unknown; applied?: boolean }
  | { kind: "hang"; applied?: boolean }
  | { kind: "slowBody"; delayMs: number; chunkBytes?: number }
  | { kind: "latency"; ms: number };

export type FaultKind = Fault["kind"];

/** A fault with the requests it may hit. */
export type ScriptedFault = Fault & { match?: FaultMatch };

/** Options of seeded random faults. */
export interface RandomFaults {
  /** Share of matching requests that fail, 0..1. */
  rate: number;
  /** Seed of the draw, so a failing run can be replayed. Default 1. */
  seed?: number;
  /** The faults to draw from (uniformly). Default: every failing kind except `hang`. */
  kinds?: readonly Fault[];
  match?: FaultMatch;
}

/** The request a fault is being chosen for. */
export interface FaultSubject {
  download: boolean;
  target?: string | undefined;
  method?: string | undefined;
}

const DEFAULT_RANDOM: readonly Fault[] = [
  { kind: "rateLimit" },
  { kind: "http", status: 503, body: "json" },
  { kind: "http", status: 502, body: "html" },
  { kind: "http", status: 500, body: "empty" },
  { kind: "reset" },
  { kind: "truncate" },
  { kind: "malformedJson" },
  { kind: "wrongShape" },
];

function matches(match: FaultMatch | undefined, subject: FaultSubject): boolean {
  if (!match) return true;
  if (match.download !== undefined && match.download !== subject.download) return false;
  if (match.target !== undefined && match.target !== subject.target) return false;
  if (match.method !== undefined && match.method !== subject.method) return false;
  return true;
}

/** Whether the call takes effect before `fault` hits. */
export function faultApplies(fault: Fault): boolean {
  switch (fault.kind) {
    case "rateLimit":
      return false;
    case "slowBody":
    case "latency":
      return true;
    case "truncate":
    case "malformedJson":
    case "wrongShape":
      return fault.applied ?? true;
    default:
      return fault.applied ?? false;
  }
}

/**
 * Fault injection of the fake: a script of faults consumed by the requests they match, in order, and an
 * optional seeded random fault rate. A reliability test scripts exact sequences (`next(rateLimit, 2)` then a
 * success); a soak test sets a rate and checks the client's end state against the fake's counters.
 */
export class Faults {
  #script: (ScriptedFault | null)[] = [];
  #random: { options: RandomFaults; rng: Random } | undefined;
  #latency: { min: number; max: number; match?: FaultMatch | undefined; rng: Random } | undefined;
  readonly #hung = new Set<() => void>();

  /** Queues faults for the next matching requests, each consumed once; `null` lets one request through untouched. */
  script(...faults: (ScriptedFault | null)[]): void {
    this.#script.push(...faults);
  }

  /** Queues `fault` for the next `times` matching requests. */
  next(fault: ScriptedFault, times = 1): void {
    for (let i = 0; i < times; i++) this.#script.push(fault);
  }

  /** Fails a seeded share of matching requests with faults drawn from `kinds`; `false` turns it off. */
  random(options: RandomFaults | false): void {
    if (options && !(options.rate >= 0 && options.rate <= 1))
      throw new RangeError("rate must be between 0 and 1");
    this.#random = options ? { options, rng: new Random(options.seed ?? 1) } : undefined;
  }

  /** Delays every matching request by `ms` (or a seeded draw in `[min, max]`); `0` turns it off. */
  latency(ms: number | { min: number; max: number }, match?: FaultMatch): void {
    const range = typeof ms === "number" ? { min: ms, max: ms } : ms;
    this.#latency = range.max > 0 ? { ...range, match, rng: new Random(7) } : undefined;
  }

  /** Scripted faults not yet consumed. */
  get pending(): number {
    return this.#script.length;
  }

  /** Drops the script, the random rate and the latency. */
  clear(): void {
    this.#script = [];
    this.#random = undefined;
    this.#latency = undefined;
  }

  /** Requests hanging right now (a `hang` fault that has not been aborted or released). */
  get hung(): number {
    return this.#hung.size;
  }

  /** Ends every hung request (each fails as a connection reset). */
  release(): void {
    for (const end of [...this.#hung]) end();
    this.#hung.clear();
  }

  /** @internal Picks the fault for one request: the first matching scripted one, else a random draw. */
  pick(subject: FaultSubject): Fault | undefined {
    const index = this.#script.findIndex((f) => f === null || matches(f.match, subject));
    if (index !== -1) {
      const [fault] = this.#script.splice(index, 1);
      return fault ?? undefined;
    }
    const random = this.#random;
    if (random && matches(random.options.match, subject) && random.rng.next() < random.options.rate) {
      return random.rng.pick(random.options.kinds ?? DEFAULT_RANDOM);
    }
    return undefined;
  }

  /** @internal The extra latency for one request, in ms. */
  latencyFor(subject: FaultSubject): number {
    const l = this.#latency;
    if (!l || !matches(l.match, subject)) return 0;
    return l.min === l.max ? l.min : l.rng.int(l.min, l.max);
  }

  /** @internal Registers a hung request's release. */
  hold(end: () => void): () => void {
    this.#hung.add(end);
    return () => this.#hung.delete(end);
  }
}
