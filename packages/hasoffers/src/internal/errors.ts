import { defineSdkError } from "@offerkit/errors";

/** The SDK name every HasOffers error carries (`error.sdk`). */
export const SDK = "hasoffers";

/**
 * The catch-all class of this SDK: `error instanceof HasOffersError` is true for every error the HasOffers client
 * throws, whichever shared class it is (`ValidationError`, `RateLimitError`, `TimeoutError`…).
 */
export const HasOffersError = defineSdkError("HasOffersError", SDK);
