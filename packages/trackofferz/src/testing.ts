/**
 * `@offerkit/trackofferz/testing`: a fake TrackOfferz API for offline tests of your integration — in process as a
 * `fetch`, or as a real HTTP server on 127.0.0.1 — with seeded data and fault injection.
 */
export type { FakeExchange, FakeRequestRecord } from "./testing/api.js";
export {
  createFakeTrackOfferz,
  type FakeConversionLedger,
  type FakeTrackOfferz,
  type FakeTrackOfferzOptions,
} from "./testing/create-fake.js";
export type { SeedOptions } from "./testing/dataset.js";
export type {
  FakeRequestInfo,
  Fault,
  FaultBody,
  FaultInjector,
  RequestMatcher,
  RetryAfterValue,
  ServedFault,
} from "./testing/faults.js";
export type { FakeServer, ListenOptions } from "./testing/http-server.js";
