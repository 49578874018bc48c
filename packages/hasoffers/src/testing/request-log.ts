import type { FaultKind } from "./faults.js";
import type { PhpValue } from "./php-params.js";

/** How the fake answered one request. */
export type Outcome =
  | "ok"
  | "api-error"
  | "rate-limited"
  | "auth-failed"
  | "fault"
  | "not-found"
  | "forbidden"
  | "aborted";

/** One request the fake received, for assertions on what a client sent. */
export interface LoggedRequest {
  /** 1-based arrival number. */
  seq: number;
  /** The fake clock when it arrived (ms). */
  at: number;
  kind: "api" | "download" | "other";
  httpMethod: string;
  /** The full URL as received (tokens and signatures included: this is the fake's own record). */
  url: string;
  contentType: string;
  target: string | undefined;
  method: string | undefined;
  /** Query and body parameters merged and decoded with PHP's bracket rules. */
  params: Record<string, PhpValue>;
  uploads: { field: string; filename: string; size: number }[];
  /** The injected fault, if any. */
  fault: FaultKind | undefined;
  outcome: Outcome;
  /** Whether the call changed the network's state (a create, update, block…). */
  applied: boolean;
  /** The HTTP status sent (0 when the connection broke or the request hung). */
  status: number;
}

/** Running totals, to prove e.g. that a retried create was applied once. */
export interface Counters {
  requests: number;
  api: number;
  downloads: number;
  rateLimited: number;
  authFailures: number;
  /** Applied state changes per `Target.Method` (`"Offer.create": 1`). */
  applied: Record<string, number>;
  /** Injected faults per kind. */
  faults: Partial<Record<FaultKind, number>>;
}

/** The fake's request log and counters. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];
  counters: Counters = RequestLog.#empty();

  static #empty(): Counters {
    return { requests: 0, api: 0, downloads: 0, rateLimited: 0, authFailures: 0, applied: {}, faults: {} };
  }

  /** Records an arrival; the entry is completed in place as the request is answered. */
  open(entry: Omit<LoggedRequest, "seq" | "fault" | "outcome" | "applied" | "status">): LoggedRequest {
    const full: LoggedRequest = {
      ...entry,
      seq: this.counters.requests + 1,
      fault: undefined,
      outcome: "ok",
      applied: false,
      status: 0,
    };
    this.entries.push(full);
    this.counters.requests++;
    if (entry.kind === "api") this.counters.api++;
    if (entry.kind === "download") this.counters.downloads++;
    return full;
  }

  noteFault(entry: LoggedRequest, kind: FaultKind): void {
    entry.fault = kind;
    this.counters.faults[kind] = (this.counters.faults[kind] ?? 0) + 1;
  }

  noteApplied(entry: LoggedRequest): void {
    if (entry.applied) return;
    entry.applied = true;
    const key = `${entry.target}.${entry.method}`;
    this.counters.applied[key] = (this.counters.applied[key] ?? 0) + 1;
  }

  clear(): void {
    this.entries.length = 0;
    this.counters = RequestLog.#empty();
  }
}
