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
  const Class =
    {
      400: ValidationError,
      401: AuthenticationError,
      403: PermissionDeniedError,
      404: NotFoundError,
      409: ConflictError,
      422: ValidationError,
      429: RateLimitError,
    }[status] ?? APIError;
  return new Class(message, { ...options, status });
}
