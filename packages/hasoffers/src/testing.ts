/**
 * `@offerkit/hasoffers/testing`: a fake HasOffers network for tests. Its `fetch` runs in-process on any runtime;
 * `listen()` serves the same fake on a loopback port (Node only, loaded on demand).
 */
export type { ClockOption, FakeClock } from "./testing/clock.js";
export {
  createFakeHasOffers,
  FAKE_NETWORK_TOKEN,
  type FakeHasOffers,
  type FakeHasOffersOptions,
} from "./testing/fake.js";
export type { Fault, FaultKind, FaultMatch, Faults, RandomFaults, ScriptedFault } from "./testing/faults.js";
export type { FakeServer } from "./testing/loopback-server.js";
export type { ModelName } from "./testing/models/index.js";
export type { Row, Wire } from "./testing/models/spec.js";
export { decodePhpParams, type PhpValue } from "./testing/php-params.js";
export type { RateLimitOptions } from "./testing/rate-limiter.js";
export type { LogType } from "./testing/raw-log-rows.js";
export type { AddRawLogFile, RawLogFile, RawLogLayout } from "./testing/raw-log-store.js";
export type { Counters, LoggedRequest, Outcome } from "./testing/request-log.js";
export type { RawLogSeed, SeedCounts } from "./testing/seed/index.js";
export type { StatFact, StatSeed } from "./testing/stat-facts.js";
export type { FakeRawLogs, FakeState } from "./testing/state-helpers.js";
