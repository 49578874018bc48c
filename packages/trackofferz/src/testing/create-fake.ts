import type { ClickRow, ConversionRow } from "../types.js";
import { FakeApi, type FakeExchange, type FakeRequestRecord } from "./api.js";
import { dayNumber } from "./calendar.js";
import type { SeedOptions } from "./dataset.js";
import { type Fault, type FaultInjector, FaultRules } from "./faults.js";
import { createFetch } from "./fetch-adapter.js";
import type { FakeServer, ListenOptions } from "./http-server.js";
import { FakeState } from "./state.js";

/** Options of {@link createFakeTrackOfferz}; the seed options say how much data there is. */
export interface FakeTrackOfferzOptions extends SeedOptions {
  /** The key the fake accepts (others get 401). Default `tofz_sk_test_fake`. */
  apiKey?: string;
  /** A second key that may read reports but gets 403 on `POST /conversions`. Default none. */
  readOnlyApiKey?: string;
  /** The fake's "today" (UTC): reports without dates cover the 30 days ending it. Default `2026-06-30`. */
  today?: string;
  /** A conversion's click must be at most this many days old. Default 30. */
  attributionWindowDays?: number;
  /** Fixed-window rate limit on authenticated requests. Default 100 000 per 60 s (headers only, in practice). */
  rateLimit?: { limit: number; windowSeconds: number };
  /** Clock in ms for `Retry-After` dates and the rate-limit window. Default `Date.now` (fake timers move it). */
  now?: () => number;
  /** Faults to script from the start (same as `fake.faults.script(faults)`). */
  faults?: readonly Fault[];
  /** Called with every answer the fake sends (before any fault cuts it off). */
  onExchange?: (exchange: FakeExchange) => void;
}

/** What the fake recorded through `POST /conversions`. */
export interface FakeConversionLedger {
  /** Conversions recorded through the API, in order, once each. */
  recorded(): readonly ConversionRow[];
  /** The conversion on this transaction id (recorded through the API, or seeded), if any. */
  get(transactionId: string): ConversionRow | undefined;
  /** How many valid `POST /conversions` arrived for this transaction id (retries and duplicates included). */
  received(transactionId: string): number;
}

/** A fake TrackOfferz API: use `fetch` in process, or `listen()` for a real HTTP server on loopback. */
export interface FakeTrackOfferz {
  /** The fake as a `fetch`: pass it as the client's `fetch` option. It ignores the host, so any `baseUrl` works. */
  readonly fetch: typeof globalThis.fetch;
  /** The key the fake accepts. */
  readonly apiKey: string;
  /** A base URL for in-process use (`http://trackofferz.fake/api/v1`). */
  readonly baseUrl: string;
  /** Fault injection: scripts, seeded random faults, latency. */
  readonly faults: FaultInjector;
  /** Every request received, in order. */
  readonly requests: readonly FakeRequestRecord[];
  /** What `POST /conversions` recorded. */
  readonly conversions: FakeConversionLedger;
  /** Replaces the data with a new seeded set (recorded conversions and added clicks are dropped). */
  seed(options?: SeedOptions): void;
  /** Adds a click (stamped at the end of `today`), e.g. with the id your test posts a conversion for. */
  addClick(click: Partial<Omit<ClickRow, "created_at">> & { transaction_id: string }): ClickRow;
  /** Seeded click `index` (0-based) as the clicks report shows it. */
  clickAt(index: number): ClickRow;
  /** Ids of `count` seeded clicks inside the attribution window that have no conversion yet. */
  freshClickIds(count: number): string[];
  /** Clears faults and the request log (keeps the data). */
  reset(): void;
  /** Serves the fake on 127.0.0.1 (ephemeral port unless given). Several servers may share one fake. */
  listen(options?: ListenOptions): Promise<FakeServer>;
}

/**
 * Creates a fake TrackOfferz API that follows the wire contract: Bearer-key auth, the four reports over seeded
 * deterministic data (computed per row, so 200 000 clicks cost nothing until read), idempotent conversions that
 * are recorded exactly once per transaction id, the contract's error bodies and headers, and fault injection.
 *
 * @example
 * const fake = createFakeTrackOfferz({ clicks: 200_000 });
 * const client = new TrackOfferz({ apiKey: fake.apiKey, fetch: fake.fetch });
 * const server = await fake.listen(); // or over HTTP: new TrackOfferz({ apiKey: fake.apiKey, baseUrl: server.url })
 */
export function createFakeTrackOfferz(options: FakeTrackOfferzOptions = {}): FakeTrackOfferz {
  const today = options.today ?? "2026-06-30";
  if (dayNumber(today) === undefined) throw new RangeError("today must be a date YYYY-MM-DD");
  const apiKey = options.apiKey ?? "tofz_sk_test_fake";
  const window = options.attributionWindowDays ?? 30;
  const seedDefaults: SeedOptions = { ...options };
  const faults = new FaultRules();
  if (options.faults) faults.script(options.faults);
  const api = new FakeApi(new FakeState(seedDefaults, today, window), faults, {
    apiKey,
    readOnlyApiKey: options.readOnlyApiKey,
    rateLimit: options.rateLimit ?? { limit: 100_000, windowSeconds: 60 },
    now: options.now ?? (() => Date.now()),
    onExchange: options.onExchange,
  });
  const dispatch = api.dispatch.bind(api);
  return {
    fetch: createFetch(dispatch),
    apiKey,
    baseUrl: "http://trackofferz.fake/api/v1",
    faults,
    requests: api.requests,
    conversions: {
      recorded: () => api.state.recorded.map(({ revenue_cents: _revenue, ...row }) => row),
      get: (id) => {
        const found = api.state.findConversion(id);
        if (!found) return undefined;
        const { revenue_cents: _revenue, ...row } = found;
        return row;
      },
      received: (id) => api.state.receivedFor(id),
    },
    seed(seed = {}) {
      api.state = new FakeState({ ...seedDefaults, ...seed }, today, window);
    },
    addClick: (click) => api.state.addClick(click),
    clickAt: (index) => api.state.dataset.click(index),
    freshClickIds(count) {
      const ids: string[] = [];
      const { dataset } = api.state;
      for (let i = dataset.clicks - 1; i >= 0 && ids.length < count; i--) {
        const id = dataset.clickId(i);
        if (api.state.findClick(id) && !api.state.findConversion(id)) ids.push(id);
      }
      return ids;
    },
    reset() {
      faults.clear();
      api.requests.length = 0;
    },
    async listen(listenOptions) {
      // Loaded on demand so an in-process fake never pulls node:http into a browser or edge bundle.
      const { listen } = await import("./http-server.js");
      return listen(dispatch, listenOptions);
    },
  };
}
