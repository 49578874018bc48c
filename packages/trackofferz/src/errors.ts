import { defineSdkError, type OfferkitError } from "@offerkit/errors";

/** The `sdk` tag on every error this package throws. */
export const SDK = "trackofferz";

/**
 * The base of every error this SDK throws: `error instanceof TrackOfferzError` is true for a `ValidationError`,
 * `RateLimitError`, `TimeoutError`… that came from a TrackOfferz call. Each has `status`, `code`, `message` and
 * `requestId` (the answer's `X-Request-Id`), and never contains the API key.
 */
export const TrackOfferzError = defineSdkError("TrackOfferzError", SDK);
/** Instance type of {@link TrackOfferzError}. */
export type TrackOfferzError = OfferkitError;
