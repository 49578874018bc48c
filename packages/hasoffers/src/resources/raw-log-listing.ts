import type { RawLogTransport } from "../internal/raw-log-transport.js";
import { RawLogListing } from "../raw-logs/listing.js";

/** `ho.rawLogs`: listing and links of the three raw-log types. */
export interface RawLogListings {
  readonly clicks: RawLogListing;
  readonly conversions: RawLogListing;
  readonly impressions: RawLogListing;
}

/** Builds `ho.rawLogs`. */
export const createRawLogListings = (transport: RawLogTransport): RawLogListings => ({
  clicks: new RawLogListing(transport, "clicks"),
  conversions: new RawLogListing(transport, "conversions"),
  impressions: new RawLogListing(transport, "impressions"),
});
