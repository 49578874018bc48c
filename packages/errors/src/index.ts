export { defineSdkError, OfferkitError, type OfferkitErrorOptions } from "./base.js";
export {
  AbortError,
  APIError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RateLimitErrorOptions,
  TimeoutError,
  ValidationError,
  type ValidationErrorOptions,
  type ValidationIssue,
} from "./classes.js";
export { errorForStatus } from "./for-status.js";
