import { STATUS_CODES } from "../status-codes.js";
import type { Fault, RetryAfterValue } from "./faults.js";
import { errorBody } from "./problem.js";

/** An answer a fault sends in the API's place. */
export interface FaultAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Written as the API would (JSON, request id, rate-limit headers), rather than by a proxy. */
  fromApi: boolean;
  /** Must match the contract: the API's error body on a status every operation documents (429, 5xx). */
  conformant: boolean;
}

/** The faults that answer in the API's place. */
export type AnsweringFault = Extract<
  Fault,
  { type: "status" | "rate-limit" | "malformed-json" | "wrong-shape" }
>;

/** The answer of a fault that answers instead of the API. `now` dates `Retry-After: { date }`. */
export function faultAnswer(fault: AnsweringFault, now: number): FaultAnswer {
  if (fault.type === "malformed-json") {
    return {
      status: 200,
      headers: {},
      body: '{"page":1,"rows":[{"transaction_id":"click_',
      fromApi: true,
      conformant: false,
    };
  }
  if (fault.type === "wrong-shape") {
    return {
      status: 200,
      headers: {},
      body: JSON.stringify(fault.body ?? { data: [] }),
      fromApi: true,
      conformant: false,
    };
  }
  const status = fault.type === "rate-limit" ? 429 : fault.status;
  const retryAfter = fault.type === "rate-limit" ? (fault.retryAfter ?? 1) : fault.retryAfter;
  const headers: Record<string, string> = {
    ...(retryAfter === undefined ? {} : { "retry-after": formatRetryAfter(retryAfter, now) }),
    ...(fault.type === "status" ? fault.headers : {}),
  };
  const kind = fault.body ?? "json";
  if (kind === "json") {
    const given: { code?: string | undefined; message?: string | undefined } =
      fault.type === "status" ? fault : {};
    const code = given.code ?? STATUS_CODES[status] ?? (status >= 500 ? "internal_error" : `http_${status}`);
    const message = given.message ?? `Injected ${status} (${code})`;
    const body = JSON.stringify(errorBody({ code, message }));
    // An injected 404 or 408 on a report is deliberately off-contract; 429 and 5xx are documented everywhere.
    return { status, headers, body, fromApi: true, conformant: status === 429 || status >= 500 };
  }
  // What a proxy in front of the API sends: no JSON, no request id, no rate-limit headers.
  const html = `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Service Unavailable</h1><hr><p>nginx</p></body></html>`;
  return kind === "html"
    ? {
        status,
        headers: { "content-type": "text/html", ...headers },
        body: html,
        fromApi: false,
        conformant: false,
      }
    : { status, headers, body: "", fromApi: false, conformant: false };
}

function formatRetryAfter(value: RetryAfterValue, now: number): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  return new Date(now + value.date * 1000).toUTCString();
}
