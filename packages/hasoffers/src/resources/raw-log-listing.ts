import type { RawLogTransport } from "../internal/raw-log-transport.js";
import { RawLogListing } from "../raw-logs/listing.js";

/** `ho.rawLogs`: listing and links of the three raw-log types. */
export class RawLogListings {
  readonly clicks: RawLogListing;
  readonly conversions: RawLogListing;
  readonly impressions: RawLogListing;

  constructor(transport: RawLogTransport) {
    this.clicks = new RawLogListing(transport, "clicks");
    this.conversions = new RawLogListing(transport, "conversions");
    this.impressions = new RawLogListing(transport, "impressions");
  }
}
