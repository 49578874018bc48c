export {
  AbortError,
  APIError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  OfferkitError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  type ValidationIssue,
} from "@offerkit/errors";
export type {
  BackoffOptions,
  Hooks,
  Logger,
  LogLevel,
  PacerOptions,
  RequestEvent,
  ResponseEvent,
  RetryBudgetOptions,
  RetryEvent,
} from "@offerkit/request-engine";
export { TrackOfferz } from "./client.js";
export { isCalendarDate } from "./dates.js";
export { TrackOfferzError } from "./errors.js";
export { toCents } from "./money.js";
export { DEFAULT_BASE_URL, type TrackOfferzOptions } from "./options.js";
export type { Conversions } from "./resources/conversions.js";
export type { Reports } from "./resources/reports.js";
export type * from "./types.js";
export { USER_AGENT, VERSION } from "./version.js";
