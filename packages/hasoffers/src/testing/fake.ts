import { answerApi } from "./api-route.js";
import { type ClockOption, type FakeClock, resolveClock } from "./clock.js";
import { answerDownload } from "./download-route.js";
import { DOWNLOAD_PREFIX, DownloadSigner } from "./download-signer.js";
import { echoOf } from "./envelope.js";
import { refusalReply, spoil } from "./fault-replies.js";
import { Faults, faultApplies } from "./faults.js";
import { allTargets } from "./handlers/index.js";
import { readIncoming } from "./incoming.js";
import { type FakeServer, startLoopback } from "./loopback-server.js";
import { RateLimiter, type RateLimitOptions } from "./rate-limiter.js";
import { type RawLogStore, RawLogStore as RawLogs } from "./raw-log-store.js";
import { htmlPage, type Reply, textReply } from "./reply.js";
import { type Counters, type LoggedRequest, RequestLog } from "./request-log.js";
import { type SeedCounts, seedStore } from "./seed/index.js";
import { StatFacts } from "./stat-facts.js";
import { createState, type FakeRawLogs, type FakeState, rawLogHelpers } from "./state-helpers.js";
import { Store } from "./store.js";
import { toResponse } from "./web-delivery.js";

/** The token the fake accepts unless told otherwise (shaped like a real `NET…` key). */
export const FAKE_NETWORK_TOKEN = "NETfakeToken0123456789abcdefghij";

/** Options of {@link createFakeHasOffers}. */
export interface FakeHasOffersOptions {
  /** The network id callers must send (`NetworkId`, or the `<id>.api.hasoffers.com` host). Default `fakenet`. */
  networkId?: string;
  /** The only valid `NetworkToken`. Default {@link FAKE_NETWORK_TOKEN}. */
  networkToken?: string;
  /**
   * The answer to a wrong token: `"network-id-not-valid"` (default) is the recorded non-standard envelope
   * `{"response":{"errors":{"publicMessage":"Network id is not valid"},"link":…}}`; `"not-authenticated"` is the
   * documented standard envelope with `NetworkToken <token> is not authenticated`.
   */
  authFailure?: "network-id-not-valid" | "not-authenticated";
  /** Initial data ({@link SeedCounts}); `false` starts empty. Default: the small default counts. */
  seed?: SeedCounts | false;
  /** Rate limit (default 50 calls per 10 s window); `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Time source for the rate-limit window, link expiry, latency and slow bodies. Default: `Date.now`/`setTimeout`. */
  clock?: ClockOption;
  /** Origin of raw-log links handed to in-process callers. Default `https://s3.fake-hasoffers.test`. */
  downloadOrigin?: string;
  /** Path of the API endpoint. Default `/Apiv3/json`. */
  endpointPath?: string;
}

/** The fake HasOffers network: a `fetch`, a loopback server, and helpers to shape and inspect it. */
export interface FakeHasOffers {
  /** An in-process `fetch` that answers like the API (and like S3 for raw-log links); any host is accepted. */
  readonly fetch: typeof globalThis.fetch;
  /** Serves the fake on `127.0.0.1` (ephemeral port unless given). */
  listen(port?: number): Promise<FakeServer>;
  readonly networkId: string;
  readonly networkToken: string;
  /** An endpoint URL for the in-process `fetch`: `https://<networkId>.api.hasoffers.com/Apiv3/json`. */
  readonly endpoint: string;
  /** Replaces all data with freshly generated, deterministic data. */
  seed(counts?: SeedCounts): void;
  /** Stored records and relations. */
  readonly state: FakeState;
  /** Raw-log files. */
  readonly rawLogs: FakeRawLogs;
  /** Fault injection. */
  readonly faults: Faults;
  /** Every request received, oldest first. */
  readonly requests: readonly LoggedRequest[];
  /** Running totals since the last `clearLog`. */
  readonly counters: Counters;
  /** How many times `Target.Method` took effect (`applied("Offer.create")`). */
  applied(targetMethod: string): number;
  /** Forgets the request log, the counters and the rate-limit window. */
  clearLog(): void;
  /** Changes the rate limit; `false` turns it off. */
  setRateLimit(options: RateLimitOptions | false): void;
  /** Stops every loopback server and releases hung requests. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

function requestIdOf(seq: number): string {
  return `00000000-0000-4000-8000-${String(seq).padStart(12, "0")}`;
}

/**
 * Creates a fake HasOffers network for tests: the real protocol (one endpoint, `NetworkId`/`NetworkToken`,
 * `Target`/`Method`, PHP bracket parameters from the query and urlencoded or multipart bodies), stateful models
 * seeded with deterministic data, the real envelope and value typing, a rate limit, raw-log downloads, and fault
 * injection. See {@link Faults} for the failure kinds.
 */
export function createFakeHasOffers(options: FakeHasOffersOptions = {}): FakeHasOffers {
  const networkId = options.networkId ?? "fakenet";
  const networkToken = options.networkToken ?? FAKE_NETWORK_TOKEN;
  const endpointPath = options.endpointPath ?? "/Apiv3/json";
  const clock: FakeClock = resolveClock(options.clock);
  const store = new Store();
  const stats = new StatFacts();
  const rawLogs: RawLogStore = new RawLogs();
  const faults = new Faults();
  const log = new RequestLog();
  // A fresh secret per fake, so a link from one fake (or a guessed one) never opens another's files.
  const secret = [...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(16)).join("");
  const signer = new DownloadSigner(secret, networkId);
  const targets = allTargets();
  let limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit);
  const servers = new Set<FakeServer>();
  const downloadOrigin = options.downloadOrigin ?? "https://s3.fake-hasoffers.test";

  const seed = (counts: SeedCounts = {}) => seedStore(store, stats, rawLogs, counts);
  if (options.seed !== false) seed(options.seed ?? {});

  async function handle(request: Request): Promise<Reply> {
    const incoming = await readIncoming(request);
    const { url, params } = incoming;
    const download = url.pathname.startsWith(DOWNLOAD_PREFIX);
    const api = url.pathname.replace(/\/+$/, "") === endpointPath;
    const str = (v: unknown) => (typeof v === "string" ? v : undefined);
    const entry = log.open({
      at: clock.now(),
      kind: download ? "download" : api ? "api" : "other",
      httpMethod: incoming.httpMethod,
      url: url.href,
      contentType: incoming.contentType,
      target: api ? str(params.Target) : undefined,
      method: api ? str(params.Method) : undefined,
      params,
      uploads: incoming.uploads.map(({ field, filename, size }) => ({ field, filename, size })),
    });
    const requestId = requestIdOf(entry.seq);
    const finish = (reply: Reply): Reply => {
      entry.status = reply.reset || reply.hang ? 0 : reply.status;
      return reply;
    };
    if (!api && !download) {
      entry.outcome = "not-found";
      return finish(textReply(404, { "content-type": "text/html" }, htmlPage(404)));
    }
    const subject = { download, target: entry.target, method: entry.method };
    const fault = faults.pick(subject);
    if (fault) log.noteFault(entry, fault.kind);
    const delay = faults.latencyFor(subject) + (fault?.kind === "latency" ? fault.ms : 0);
    if (delay > 0) {
      try {
        await clock.sleep(delay, request.signal);
      } catch (error) {
        entry.outcome = "aborted";
        throw error;
      }
    }
    if (fault && !faultApplies(fault)) {
      entry.outcome = fault.kind === "rateLimit" ? "rate-limited" : "fault";
      if (fault.kind === "rateLimit") log.counters.rateLimited++;
      return finish(refusalReply(fault, download, echoOf(params), requestId));
    }
    let reply: Reply;
    if (download) {
      const answer = answerDownload(url, signer, rawLogs, clock.now(), requestId);
      entry.outcome = answer.outcome;
      reply = answer.reply;
    } else {
      const answer = answerApi(
        {
          networkId,
          networkToken,
          authFailure: options.authFailure ?? "network-id-not-valid",
          store,
          rawLogs,
          stats,
          targets,
          limiter,
          now: () => clock.now(),
          signDownload: (origin, logType, filename) => signer.sign(origin, logType, filename, clock.now()),
          downloadOrigin: (requestUrl) =>
            LOOPBACK.has(requestUrl.hostname) ? requestUrl.origin : downloadOrigin,
        },
        incoming,
        requestId,
      );
      entry.outcome = answer.outcome;
      if (answer.outcome === "rate-limited") log.counters.rateLimited++;
      if (answer.outcome === "auth-failed") log.counters.authFailures++;
      if (answer.applied) log.noteApplied(entry);
      reply = answer.reply;
    }
    if (fault) {
      entry.outcome = "fault";
      reply = spoil(fault, reply, download, requestId);
      if (fault.kind === "slowBody" || fault.kind === "latency") entry.outcome = "ok";
    }
    return finish(reply);
  }

  const hold = (release: () => void) => faults.hold(release);
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const reply = await handle(request);
    return toResponse(reply, request.signal, clock, hold);
  }) as typeof globalThis.fetch;

  return {
    fetch,
    async listen(port?: number) {
      const server = await startLoopback({ handle, clock, endpointPath, hold }, port);
      servers.add(server);
      return {
        ...server,
        close: async () => {
          servers.delete(server);
          await server.close();
        },
      };
    },
    networkId,
    networkToken,
    endpoint: `https://${networkId}.api.hasoffers.com${endpointPath}`,
    seed,
    state: createState(store, stats),
    rawLogs: rawLogHelpers(rawLogs),
    faults,
    get requests() {
      return log.entries;
    },
    get counters() {
      return log.counters;
    },
    applied: (key) => log.counters.applied[key] ?? 0,
    clearLog() {
      log.clear();
      limiter?.reset();
    },
    setRateLimit(next) {
      limiter = next === false ? undefined : new RateLimiter(next);
    },
    async close() {
      faults.release();
      await Promise.all([...servers].map((s) => s.close()));
      servers.clear();
    },
  };
}
