import { type AnsweringFault, faultAnswer } from "./fault-answer.js";
import type { FakeRequestInfo, Fault, FaultRules } from "./faults.js";
import { ingest, parseConversion } from "./ingest.js";
import { type FakeRequest, type Outcome, sleep } from "./outcome.js";
import { errorBody, fail, ProblemError } from "./problem.js";
import { parseQuery, QUERY_PARAMETERS } from "./query.js";
import { RateWindow } from "./rate-window.js";
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

/** Faults that answer in the API's place. */
const isAnswering = (fault: Fault): fault is AnsweringFault =>
  fault.type === "status" ||
  fault.type === "rate-limit" ||
  fault.type === "malformed-json" ||
  fault.type === "wrong-shape";

/**
 * The fake TrackOfferz API's request handling: faults first (they stand for the network and proxies in front of
 * the API), then what the API itself does — authenticate, rate-limit, route, validate, answer.
 */
export class FakeApi {
  readonly requests: FakeRequestRecord[] = [];
  private sequence = 0;
  private readonly rate: RateWindow;
  private readonly inFlight = new Set<string>();

  constructor(
    public state: FakeState,
    readonly faults: FaultRules,
    private readonly settings: ApiSettings,
  ) {
    this.rate = new RateWindow(settings.rateLimit, settings.now);
  }

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
    // These never reach the API: nothing is processed or recorded.
    if (fault && (fault.type === "reset" || fault.type === "hang") && !fault.after) {
      await sleep(delay, request.signal);
      return { kind: fault.type };
    }
    if (fault && isAnswering(fault)) {
      await sleep(delay, request.signal);
      const answer = faultAnswer(fault, this.settings.now());
      return this.respond(info, answer, answer.fromApi, answer.conformant);
    }
    const answer = await this.process(request, info, delay);
    const outcome = this.respond(info, { ...answer, body: JSON.stringify(answer.body) }, true, true);
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
      this.rate.take();
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

  /** An answer with the API's headers (JSON, request id, rate limit), or as given when a proxy wrote it. */
  private respond(
    info: FakeRequestInfo,
    answer: { status: number; headers?: Record<string, string> | undefined; body: string },
    fromApi: boolean,
    conformant: boolean,
  ): Extract<Outcome, { kind: "respond" }> {
    const headers = fromApi
      ? {
          "content-type": "application/json; charset=utf-8",
          "x-request-id": info.id,
          ...this.rate.headers(),
          ...answer.headers,
        }
      : { ...answer.headers };
    const outcome = { kind: "respond" as const, status: answer.status, headers, body: answer.body };
    this.settings.onExchange?.({
      request: info,
      status: outcome.status,
      headers,
      body: outcome.body,
      conformant,
    });
    return outcome;
  }
}
