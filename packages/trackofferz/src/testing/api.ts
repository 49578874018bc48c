import type { FakeRequestInfo, Fault, FaultRules, RetryAfterValue } from "./faults.js";
import { ingest, parseConversion } from "./ingest.js";
import { type FakeRequest, type Outcome, sleep } from "./outcome.js";
import { errorBody, fail, ProblemError } from "./problem.js";
import { parseQuery, QUERY_PARAMETERS } from "./query.js";
import { breakdown, clicksPage, conversionsPage, summary } from "./reports.js";
import type { FakeState } from "./state.js";

/** One request as the fake's log keeps it. */
export interface FakeRequestRecord extends FakeRequestInfo {
  /** Request headers; `authorization` is masked. */
  headers: Record<string, string>;
  /** Whether the request carried the fake's key. */
  authorized: boolean;
  /** What happened: an answer, a dropped connection, no answer, or the client gave up first. */
  outcome: "pending" | "answered" | "reset" | "hang" | "aborted";
  /** Status of the answer, when there was one. */
  status?: number | undefined;
  /** The fault served to this request, if any. */
  fault?: Fault["type"] | undefined;
}

/** An answer the fake sent, for observers (the package's tests validate these against the spec). */
export interface FakeExchange {
  request: FakeRequestInfo;
  status: number;
  headers: Record<string, string>;
  body: string;
  /** True when the answer is the API's own (or a fault's JSON error body), so it must match the contract. */
  conformant: boolean;
}

/** Settings of the dispatcher. */
export interface ApiSettings {
  apiKey: string;
  readOnlyApiKey?: string | undefined;
  rateLimit: { limit: number; windowSeconds: number };
  now: () => number;
  onExchange?: ((exchange: FakeExchange) => void) | undefined;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const BASE_PATH = "/api/v1";

const FAULT_CODES: Record<number, string> = {
  400: "invalid_parameter",
  401: "invalid_api_key",
  403: "forbidden",
  404: "not_found",
  408: "request_timeout",
  409: "conflict",
  422: "validation_failed",
  429: "rate_limited",
  503: "unavailable",
};

/** Faults that answer in the API's place, so the request is never processed. */
const answersInstead = (fault: Fault) =>
  fault.type === "status" ||
  fault.type === "rate-limit" ||
  fault.type === "malformed-json" ||
  fault.type === "wrong-shape" ||
  ((fault.type === "reset" || fault.type === "hang") && !fault.after);

/**
 * The fake TrackOfferz API's request handling: faults first (they stand for the network and proxies in front of
 * the API), then what the API itself does — authenticate, rate-limit, route, validate, answer.
 */
export class FakeApi {
  readonly requests: FakeRequestRecord[] = [];
  private sequence = 0;
  private window = { start: 0, used: 0 };
  private readonly inFlight = new Set<string>();

  constructor(
    public state: FakeState,
    readonly faults: FaultRules,
    private readonly settings: ApiSettings,
  ) {}

  async dispatch(request: FakeRequest): Promise<Outcome> {
    const info = this.describe(request);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = name === "authorization" ? value.replace(/\s.*$/, " [REDACTED]") : value;
    });
    const record: FakeRequestRecord = {
      ...info,
      headers,
      authorized: request.headers.get("authorization") === `Bearer ${this.settings.apiKey}`,
      outcome: "pending",
    };
    this.requests.push(record);
    try {
      const outcome = await this.run(request, info, record);
      record.outcome = outcome.kind === "respond" ? "answered" : outcome.kind;
      if (outcome.kind === "respond") record.status = outcome.status;
      return outcome;
    } catch (error) {
      record.outcome = "aborted";
      throw error;
    }
  }

  private describe(request: FakeRequest): FakeRequestInfo {
    const path = request.url.pathname.startsWith(BASE_PATH)
      ? request.url.pathname.slice(BASE_PATH.length) || "/"
      : request.url.pathname;
    const query = Object.fromEntries(request.url.searchParams);
    let transactionId: string | undefined;
    if (request.method === "POST") {
      try {
        const id = (JSON.parse(request.body) as { transaction_id?: unknown })?.transaction_id;
        if (typeof id === "string") transactionId = id;
      } catch {
        // Not JSON: the handler answers 400 invalid_json.
      }
    }
    const page = path.startsWith("/reports/") ? Number(query.page ?? 1) : undefined;
    this.sequence += 1;
    const id = `req_${this.sequence.toString(16).padStart(12, "0")}`;
    return { id, method: request.method, path, query, page, transactionId };
  }

  private async run(
    request: FakeRequest,
    info: FakeRequestInfo,
    record: FakeRequestRecord,
  ): Promise<Outcome> {
    const fault = this.faults.pick(info);
    record.fault = fault?.type;
    const delay = this.faults.delayFor(info) + (fault?.type === "latency" ? fault.ms : 0);
    if (fault && answersInstead(fault)) {
      await sleep(delay, request.signal);
      return this.faultOutcome(fault, info);
    }
    const answer = await this.process(request, info, delay);
    const outcome = this.answer(info, answer);
    if (fault?.type === "reset" || fault?.type === "hang") return { kind: fault.type };
    if (fault?.type === "truncate") {
      const size = new TextEncoder().encode(outcome.body).length;
      return { ...outcome, truncateAt: Math.floor(size * Math.min(Math.max(fault.ratio ?? 0.5, 0), 0.99)) };
    }
    if (fault?.type === "slow-body")
      return { ...outcome, chunks: fault.chunks ?? 4, chunkDelayMs: fault.chunkDelayMs };
    return outcome;
  }

  private async process(request: FakeRequest, info: FakeRequestInfo, delay: number): Promise<Answer> {
    try {
      this.authenticate(request);
      this.countRate();
      const route = `${info.method} ${info.path}`;
      const known = QUERY_PARAMETERS[info.path] !== undefined;
      if (route === "POST /conversions") {
        parseQuery(info.path, request.url.searchParams, this.state.today);
        const input = parseConversion(request.body);
        if (request.headers.get("authorization") === `Bearer ${this.settings.readOnlyApiKey}`) {
          fail(403, "forbidden", "This key is read-only; it cannot record conversions");
        }
        this.state.countReceived(input.transaction_id);
        if (this.inFlight.has(input.transaction_id)) {
          fail(409, "conflict", "transaction_id is being recorded by another request", "transaction_id");
        }
        this.inFlight.add(input.transaction_id);
        try {
          await sleep(delay, request.signal);
          return ingest(this.state, input);
        } finally {
          this.inFlight.delete(input.transaction_id);
        }
      }
      if (info.method !== "GET" || !known || info.path === "/conversions") {
        fail(404, "not_found", `No route ${info.method} ${info.path}`);
      }
      const query = parseQuery(info.path, request.url.searchParams, this.state.today);
      await sleep(delay, request.signal);
      const report = {
        "/reports/summary": summary,
        "/reports/breakdown": breakdown,
        "/reports/conversions": conversionsPage,
        "/reports/clicks": clicksPage,
      }[info.path];
      return { status: 200, body: report?.(this.state, query) };
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      const { status, ...problem } = error.problem;
      return { status, body: errorBody(problem), headers: error.headers };
    }
  }

  private authenticate(request: FakeRequest): void {
    const header = request.headers.get("authorization");
    if (!header) fail(401, "missing_api_key", "Send Authorization: Bearer <key>");
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (
      key !== this.settings.apiKey &&
      (this.settings.readOnlyApiKey === undefined || key !== this.settings.readOnlyApiKey)
    ) {
      fail(401, "invalid_api_key", "The API key is not valid");
    }
  }

  /** A fixed-window rate limit over authenticated requests. */
  private countRate(): void {
    const { limit, windowSeconds } = this.settings.rateLimit;
    const windowMs = windowSeconds * 1000;
    const start = Math.floor(this.settings.now() / windowMs) * windowMs;
    if (start !== this.window.start) this.window = { start, used: 0 };
    this.window.used += 1;
    if (this.window.used > limit) {
      const wait = Math.max(1, Math.ceil((start + windowMs - this.settings.now()) / 1000));
      throw new ProblemError(
        { status: 429, code: "rate_limited", message: `Too many requests; retry after ${wait} seconds` },
        { "retry-after": String(wait) },
      );
    }
  }

  private rateHeaders(): Record<string, string> {
    const { limit, windowSeconds } = this.settings.rateLimit;
    const reset = Math.ceil((this.window.start + windowSeconds * 1000) / 1000);
    return {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - this.window.used)),
      "x-ratelimit-reset": String(reset),
    };
  }

  /** The API's own answer: JSON with the request id and rate-limit headers. */
  private answer(
    info: FakeRequestInfo,
    answer: Answer,
    conformant = true,
  ): Extract<Outcome, { kind: "respond" }> {
    const outcome = {
      kind: "respond" as const,
      status: answer.status,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "x-request-id": info.id,
        ...this.rateHeaders(),
        ...answer.headers,
      },
      body: JSON.stringify(answer.body),
    };
    this.observe(info, outcome, conformant);
    return outcome;
  }

  private faultOutcome(fault: Fault, info: FakeRequestInfo): Outcome {
    if (fault.type === "reset" || fault.type === "hang") return { kind: fault.type };
    if (fault.type === "malformed-json")
      return this.raw(info, 200, '{"page":1,"rows":[{"transaction_id":"click_', false);
    if (fault.type === "wrong-shape")
      return this.raw(info, 200, JSON.stringify(fault.body ?? { data: [] }), false);
    const status = fault.type === "rate-limit" ? 429 : fault.type === "status" ? fault.status : 500;
    const retryAfter =
      fault.type === "rate-limit"
        ? (fault.retryAfter ?? 1)
        : fault.type === "status"
          ? fault.retryAfter
          : undefined;
    const extra: Record<string, string> = {
      ...(retryAfter === undefined ? {} : { "retry-after": this.formatRetryAfter(retryAfter) }),
      ...(fault.type === "status" ? fault.headers : {}),
    };
    const kind = (fault.type === "status" || fault.type === "rate-limit" ? fault.body : undefined) ?? "json";
    if (kind === "json") {
      const code =
        (fault.type === "status" ? fault.code : undefined) ??
        FAULT_CODES[status] ??
        (status >= 500 ? "internal_error" : `http_${status}`);
      const message = (fault.type === "status" ? fault.message : undefined) ?? `Injected ${status} (${code})`;
      // Statuses every operation documents; an injected 404 or 408 is deliberately off-contract.
      const documented = status === 429 || status >= 500;
      return this.answer(info, { status, body: errorBody({ code, message }), headers: extra }, documented);
    }
    // A proxy's answer: no request id, no rate-limit headers.
    const html = `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Service Unavailable</h1><hr><p>nginx</p></body></html>`;
    const headers: Record<string, string> =
      kind === "html" ? { "content-type": "text/html", ...extra } : extra;
    const outcome = { kind: "respond" as const, status, headers, body: kind === "html" ? html : "" };
    this.observe(info, outcome, false);
    return outcome;
  }

  private raw(info: FakeRequestInfo, status: number, body: string, conformant: boolean): Outcome {
    const outcome = {
      kind: "respond" as const,
      status,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "x-request-id": info.id,
        ...this.rateHeaders(),
      },
      body,
    };
    this.observe(info, outcome, conformant);
    return outcome;
  }

  private formatRetryAfter(value: RetryAfterValue): string {
    if (typeof value === "number") return String(value);
    if (typeof value === "string") return value;
    return new Date(this.settings.now() + value.date * 1000).toUTCString();
  }

  private observe(
    info: FakeRequestInfo,
    outcome: Extract<Outcome, { kind: "respond" }>,
    conformant: boolean,
  ): void {
    this.settings.onExchange?.({
      request: info,
      status: outcome.status,
      headers: outcome.headers,
      body: outcome.body,
      conformant,
    });
  }
}
