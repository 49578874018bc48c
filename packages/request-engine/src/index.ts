export { type BackoffOptions, backoffDelay } from "./backoff.js";
export { type Clock, systemClock, throwIfAborted, toAbortError } from "./clock.js";
export {
  type CallOptions,
  type EngineOptions,
  type EngineRequest,
  type Hooks,
  type Interpreter,
  type RequestEvent,
  RequestEngine,
  type ResponseEvent,
  type RetryEvent,
  type Verdict,
} from "./engine.js";
export { type RequestFetch, sendThrough } from "./openapi-fetch-adapter.js";
export { createLogger, type Logger, type LogLevel } from "./logger.js";
export { Pacer, type PacerOptions } from "./pacer.js";
export { type Page, type PageFetcher, type PaginateOptions, pages, paginate } from "./paginate.js";
export { createRedactor, type Redactor, redactHeaders } from "./redact.js";
export { parseRetryAfter } from "./retry-after.js";
export { RetryBudget, type RetryBudgetOptions } from "./retry-budget.js";
