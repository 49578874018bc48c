export { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF } from "./backoff.js";
export { classifyFetchFailure, type FetchFailure, isRetryableStatus } from "./classify.js";
export { abortable, type Clock, MAX_DELAY_MS, systemClock, throwIfAborted, toAbortError } from "./clock.js";
export { type Encoder, encodeRequest, encodingError } from "./encode.js";
export { RequestEngine } from "./engine.js";
export { LightRequest } from "./light-request.js";
export { createLogger, type Logger, type LogLevel } from "./logger.js";
export { type RequestFetch, sendThrough } from "./openapi-fetch-adapter.js";
export { Pacer, type PacerOptions } from "./pacer.js";
export { type Page, type PageFetcher, type PaginateOptions, pages, paginate } from "./paginate.js";
export { createRedactor, MASK, type Redactor, redactHeaders } from "./redact.js";
export { parseHttpDate, parseRetryAfter } from "./retry-after.js";
export { RetryBudget, type RetryBudgetOptions } from "./retry-budget.js";
export { describeValue } from "./settings.js";
export type {
  CallOptions,
  EngineOptions,
  EngineRequest,
  Hooks,
  Interpreter,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
  Verdict,
} from "./types.js";
