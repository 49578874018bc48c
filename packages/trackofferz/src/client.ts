import { createLogger, createRedactor, RequestEngine } from "@offerkit/request-engine";
import { SDK } from "./errors.js";
import { resolveApiKey, resolveBaseUrl, type TrackOfferzOptions } from "./options.js";
import { Conversions } from "./resources/conversions.js";
import { Reports } from "./resources/reports.js";
import { createTransport, type Transport } from "./transport.js";
import type { RateLimitState } from "./types.js";

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
  readonly #transport: Transport;

  /** @throws AuthenticationError when there is no key or it does not start with `tofz_sk_`. */
  constructor(options: TrackOfferzOptions = {}) {
    const apiKey = resolveApiKey(options.apiKey);
    const secrets = [apiKey];
    const redact = createRedactor(secrets);
    const baseUrl = resolveBaseUrl(options.baseUrl, redact);
    // The key lives only inside the engine and transport closures: nothing on this object holds it, so inspecting
    // or serialising the client cannot print it. The engine takes every client option it knows and ignores the rest.
    const engine = new RequestEngine({
      ...options,
      sdk: SDK,
      logger: createLogger(SDK, options.logger, options.logLevel ?? "info", redact),
      secrets,
    });
    const transport = createTransport(engine, apiKey, baseUrl);
    this.#transport = transport;
    this.reports = new Reports(transport);
    this.conversions = new Conversions(transport);
  }

  /**
   * The API's rate-limit window as the latest answer announced it (`X-RateLimit-Limit`, `-Remaining`, `-Reset`),
   * including error answers; `undefined` before any answer carried all three. With calls in parallel, "latest"
   * is the last answer to arrive.
   * @example if (client.rateLimit?.remaining === 0) await sleepUntil(client.rateLimit.reset * 1000);
   */
  get rateLimit(): RateLimitState | undefined {
    return this.#transport.rateLimit();
  }
}
