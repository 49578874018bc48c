import { ValidationError } from "@offerkit/errors";
import { createRpcUrl } from "@offerkit/hasoffers-core";
import {
  type BackoffOptions,
  type CallOptions,
  createLogger,
  createRedactor,
  type Hooks,
  type Logger,
  type LogLevel,
  type PacerOptions,
  RequestEngine,
  type RetryBudgetOptions,
} from "@offerkit/request-engine";
import { SDK } from "./internal/errors.js";
import { createRawLogTransport, type RawLogTransport } from "./internal/raw-log-transport.js";
import { Rpc } from "./internal/rpc.js";
import { type AdvertisersManager, createAdvertisersManager } from "./resources/advertisers.js";
import { type AffiliateUsersManager, createAffiliateUsersManager } from "./resources/affiliate-users.js";
import { type AffiliatesManager, createAffiliatesManager } from "./resources/affiliates.js";
import { type ApplicationManager, createApplicationManager } from "./resources/application.js";
import { type ConversionsManager, createConversionsManager } from "./resources/conversions.js";
import { type CountriesManager, createCountriesManager } from "./resources/countries.js";
import { createGoalsManager, type GoalsManager } from "./resources/goals.js";
import { createOfferFilesManager, type OfferFilesManager } from "./resources/offer-files.js";
import { createOffersManager, type OffersManager } from "./resources/offers.js";
import { createRawLogListings, type RawLogListings } from "./resources/raw-log-listing.js";
import { createReportsManager, type ReportsManager } from "./resources/reports.js";
import { createTagsManager, type TagsManager } from "./resources/tags.js";

/** Settings of a {@link HasOffers} client. */
export interface HasOffersOptions {
  /** The network id (`NetworkId`); also names the default endpoint's host. */
  networkId: string;
  /** The network API key (`NET…`). Never logged, never in an error, never shown by `inspect`/`JSON.stringify`. */
  networkToken: string;
  /** The API URL. Default `https://<networkId>.api.hasoffers.com/Apiv3/json`. */
  endpoint?: string | undefined;
  /** The `fetch` to use. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Retries after the first attempt (`3` means up to 4 attempts). Default 3. */
  maxRetries?: number | undefined;
  /** Wait before retrying a rate-limited call, in ms, plus up to half again of jitter. Default 3000. */
  retryDelay?: number | undefined;
  /** Time limit per attempt, in ms (the answer and its body). Default 60 000. */
  timeout?: number | undefined;
  /** Time limit per call, all attempts and waits included, in ms. Default none. */
  deadline?: number | undefined;
  /**
   * Exponential backoff with full jitter between retries of 5xx answers, timeouts and connection failures (rate
   * limits wait `retryDelay` instead). Default `{ baseMs: 500, capMs: 8000 }`.
   */
  backoff?: BackoffOptions | undefined;
  /**
   * Client-side pacing of call starts (a sliding window). Default 50 calls per 10 s, HasOffers' default limit;
   * `false` turns it off.
   */
  pacing?: PacerOptions | false | undefined;
  /** The client-wide retry budget (token bucket); `false` turns it off. */
  retryBudget?: RetryBudgetOptions | false | undefined;
  /** Observability callbacks (`onRequest`, `onResponse`, `onRetry`); never given a secret. */
  hooks?: Hooks | undefined;
  /** Where to log (`console`, pino…). Default none. */
  logger?: Logger | undefined;
  /** The least severe level logged. Default `"info"` (retries); `"debug"` adds each request. */
  logLevel?: LogLevel | undefined;
}

/** HasOffers' default rate limit: 50 calls per 10-second window. */
const DEFAULT_PACING: PacerOptions = { limit: 50, intervalMs: 10_000 };

/**
 * The HasOffers Network API client.
 *
 * @example
 * const ho = new HasOffers({ networkId: "demo", networkToken: process.env.HO_TOKEN! });
 * const offer = await ho.offers.findById(62, { contain: ["Country"] });
 */
export class HasOffers {
  /** The network id. */
  declare readonly networkId: string;
  /** The API URL in use. */
  declare readonly endpoint: string;
  /** Advertiser accounts. */
  declare readonly advertisers: AdvertisersManager;
  /** Affiliate accounts. */
  declare readonly affiliates: AffiliatesManager;
  /** Logins of affiliate accounts. */
  declare readonly affiliateUsers: AffiliateUsersManager;
  /** Conversions. */
  declare readonly conversions: ConversionsManager;
  /** Offer goals. */
  declare readonly goals: GoalsManager;
  /** Offers. */
  declare readonly offers: OffersManager;
  /** Creatives and thumbnails. */
  declare readonly offerFiles: OfferFilesManager;
  /** Tags and tag relations. */
  declare readonly tags: TagsManager;
  /** Network-wide lists (offer categories). */
  declare readonly application: ApplicationManager;
  /** Countries. */
  declare readonly countries: CountriesManager;
  /** Statistics and conversion reports. */
  declare readonly reports: ReportsManager;
  /**
   * Raw logs: `ho.rawLogs.clicks.listDateDirs()`, `listLogs(day)`, `getDownloadLink(file)`. Records stream from
   * `new RawLogs(ho.rawLogTransport)` (`@offerkit/hasoffers/raw-logs`), which keeps the zip/CSV reader out of
   * this entry.
   */
  declare readonly rawLogs: RawLogListings;
  /**
   * The transport of the raw-log reader: `new RawLogs(ho.rawLogTransport)` from `@offerkit/hasoffers/raw-logs`.
   * `RawLog` calls and presigned downloads through this client's engine (retries, timeouts, abort, redaction).
   */
  declare readonly rawLogTransport: RawLogTransport;
  readonly #rpc: Rpc;

  constructor(options: HasOffersOptions) {
    const { networkId, networkToken, retryDelay = 3000 } = options ?? ({} as HasOffersOptions);
    if (typeof networkId !== "string" || networkId === "") throw missing("networkId");
    if (typeof networkToken !== "string" || networkToken === "") throw missing("networkToken");
    const { endpoint } = options;
    // Checked here: the URL builder would fail on first use, or build a URL from whatever `String()` made of it.
    if (endpoint !== undefined && (typeof endpoint !== "string" || endpoint.trim() === ""))
      throw invalidOption("endpoint", "must be the API URL as a string");
    // NaN or a negative wait would reach the engine as a meaningless limit on Retry-After.
    if (typeof retryDelay !== "number" || !Number.isFinite(retryDelay) || retryDelay < 0)
      throw invalidOption("retryDelay", "must be a finite number of milliseconds >= 0");
    this.networkId = networkId;
    const rpcUrl = createRpcUrl({ networkId, networkToken, endpoint });
    this.endpoint = rpcUrl.endpoint;
    const redact = createRedactor([networkToken]);
    const logger = createLogger(SDK, options.logger, options.logLevel ?? "info", redact);
    const engine = new RequestEngine({
      sdk: SDK,
      fetch: options.fetch,
      maxRetries: options.maxRetries ?? 3,
      timeout: options.timeout,
      deadline: options.deadline,
      backoff: options.backoff,
      // A long retryDelay must not turn rate-limit retries into immediate failures.
      maxRetryAfter: Math.max(60, Math.ceil((retryDelay * 1.5) / 1000)),
      retryBudget: options.retryBudget,
      pacing: options.pacing === false ? undefined : (options.pacing ?? DEFAULT_PACING),
      hooks: options.hooks,
      logger,
      secrets: [networkToken],
    });
    const rpc = new Rpc(engine, rpcUrl, {
      redact,
      retryDelay,
      random: Math.random,
      now: () => engine.clock.now(),
    });
    this.#rpc = rpc;
    const affiliateUsers = createAffiliateUsersManager(rpc);
    const conversions = createConversionsManager(rpc);
    const offerFiles = createOfferFilesManager(rpc);
    const offers = createOffersManager(rpc, conversions, offerFiles);
    const rawLogTransport = createRawLogTransport(rpc);
    Object.assign(this, {
      advertisers: createAdvertisersManager(rpc),
      affiliates: createAffiliatesManager(rpc, affiliateUsers, offerFiles, offers),
      affiliateUsers,
      conversions,
      goals: createGoalsManager(rpc),
      offers,
      offerFiles,
      tags: createTagsManager(rpc),
      application: createApplicationManager(rpc),
      countries: createCountriesManager(rpc),
      reports: createReportsManager(rpc),
      rawLogs: createRawLogListings(rawLogTransport),
      rawLogTransport,
    });
  }

  /**
   * Calls any Target/Method and returns the envelope's raw `data` (wire names and types). Integer-keyed objects
   * list their keys in ascending order, as JavaScript objects do; `orderedKeys(map)` / `orderedValues(map)` give
   * them in the order the server sent (its `sort`). Errors are thrown typed, as everywhere.
   * Methods that change something (`create…`, `update…`, `block…`, `add…`, `set…`, `remove…`) are repeated only
   * when the server surely did nothing; pass `idempotent` to override.
   *
   * @example
   * const ids = await ho.call("Advertiser", "findAllIds");
   * const page = await ho.call<{ data: object }>("Employee", "findAll", { sort: { id: "desc" } });
   * for (const row of orderedValues(page.data)) console.log(row);
   */
  call<T = unknown>(
    target: string,
    method: string,
    params: Record<string, unknown> = {},
    options: CallOptions & { idempotent?: boolean } = {},
  ): Promise<T> {
    return this.#rpc.call<T>(target, method, params, options);
  }

  /** A description without credentials. */
  toJSON(): { networkId: string; endpoint: string } {
    return { networkId: this.networkId, endpoint: this.endpoint };
  }

  toString(): string {
    return `HasOffers(${this.networkId})`;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `HasOffers { networkId: ${JSON.stringify(this.networkId)}, endpoint: ${JSON.stringify(this.endpoint)} }`;
  }
}

function missing(option: string): ValidationError {
  return new ValidationError(`new HasOffers() needs a non-empty \`${option}\``, {
    sdk: SDK,
    param: option,
    code: "missing_option",
  });
}

function invalidOption(option: string, rule: string): ValidationError {
  return new ValidationError(`new HasOffers() option \`${option}\` ${rule}`, {
    sdk: SDK,
    param: option,
    code: "invalid_option",
  });
}
