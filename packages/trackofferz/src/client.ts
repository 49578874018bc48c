import { createLogger, createRedactor, LightRequest, RequestEngine } from "@offerkit/request-engine";
import { createTrackOfferzClient } from "@offerkit/trackofferz-core";
import { SDK } from "./errors.js";
import { resolveApiKey, resolveBaseUrl, type TrackOfferzOptions } from "./options.js";
import { Conversions } from "./resources/conversions.js";
import { Reports } from "./resources/reports.js";
import { createTransport } from "./transport.js";
import { USER_AGENT } from "./version.js";

/**
 * The TrackOfferz client.
 *
 * @example
 * const client = new TrackOfferz({ apiKey: "tofz_sk_…", timeout: 30_000, maxRetries: 2 });
 * const summary = await client.reports.summary({ from: "2026-06-01", to: "2026-06-30" });
 */
export class TrackOfferz {
  /** Read-only reports: summary, breakdown, conversions and clicks (one page, every row, or page by page). */
  readonly reports: Reports;
  /** Server-to-server conversion ingest. */
  readonly conversions: Conversions;

  /** @throws AuthenticationError when there is no key or it does not start with `tofz_sk_`. */
  constructor(options: TrackOfferzOptions = {}) {
    const apiKey = resolveApiKey(options.apiKey);
    const baseUrl = resolveBaseUrl(options.baseUrl);
    const secrets = [apiKey];
    // The key lives only inside the engine and core closures: nothing on this object holds it, so inspecting or
    // serialising the client cannot print it. The engine takes every client option it knows and ignores the rest.
    const engine = new RequestEngine({
      ...options,
      sdk: SDK,
      logger: createLogger(SDK, options.logger, options.logLevel ?? "info", createRedactor(secrets)),
      secrets,
    });
    // Every core request goes through the engine (sendThrough), so a LightRequest stands in for undici's Request.
    const core = createTrackOfferzClient({
      apiKey,
      baseUrl,
      headers: { "User-Agent": USER_AGENT },
      Request: LightRequest as unknown as typeof Request,
    });
    const transport = createTransport(engine, core);
    this.reports = new Reports(transport);
    this.conversions = new Conversions(transport);
  }
}
