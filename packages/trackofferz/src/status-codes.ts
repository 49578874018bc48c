/** The contract's typical error `code` for a status, used when an error body (HTML, empty) does not say. */
export const STATUS_CODES: Readonly<Record<number, string>> = {
  400: "invalid_parameter",
  401: "invalid_api_key",
  403: "forbidden",
  404: "not_found",
  408: "request_timeout",
  409: "conflict",
  422: "validation_failed",
  429: "rate_limited",
  503: "unavailable",
};
