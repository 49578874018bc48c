import type { OfferkitError, OfferkitErrorOptions } from "./base.js";
import {
  APIError,
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RateLimitErrorOptions,
  ValidationError,
  type ValidationErrorOptions,
} from "./classes.js";

/**
 * The error class an HTTP status maps to, for APIs that speak HTTP status codes. Works without any body, so an
 * HTML or empty error page from a proxy still gives the right class.
 */
export function errorForStatus(
  status: number,
  message: string,
  options: OfferkitErrorOptions & ValidationErrorOptions & RateLimitErrorOptions = {},
): OfferkitError {
  const all = { ...options, status };
  switch (status) {
    case 400:
    case 422:
      return new ValidationError(message, all);
    case 401:
      return new AuthenticationError(message, all);
    case 403:
      return new PermissionDeniedError(message, all);
    case 404:
      return new NotFoundError(message, all);
    case 409:
      return new ConflictError(message, all);
    case 429:
      return new RateLimitError(message, all);
    default:
      return new APIError(message, all);
  }
}
