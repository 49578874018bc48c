export { OfferkitError, type OfferkitErrorOptions, sdkOf } from "./base.js";
export type { Redact } from "./cause.js";
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
export { defineSdkError } from "./define-sdk-error.js";
export { errorForStatus } from "./for-status.js";
