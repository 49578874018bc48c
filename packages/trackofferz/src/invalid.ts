import { ValidationError } from "@offerkit/errors";
import { SDK } from "./errors.js";

/** A `ValidationError` raised by the SDK's own checks, before any request is sent. */
export function invalid(param: string, code: string, message: string): ValidationError {
  return new ValidationError(message, { sdk: SDK, code, param });
}
