import { TrackOfferz, type TrackOfferzOptions } from "@offerkit/trackofferz";
import {
  createFakeTrackOfferz,
  type FakeTrackOfferz,
  type FakeTrackOfferzOptions,
} from "@offerkit/trackofferz/testing";
import { afterEach, expect } from "vitest";
import { violations } from "./spec.js";

/** A fake whose every contract answer is checked against the spec, and a client wired to it. */
export interface Rig {
  fake: FakeTrackOfferz;
  client: TrackOfferz;
  /** A second client on the same fake with other options. */
  clientWith(options: TrackOfferzOptions): TrackOfferz;
}

/**
 * Registers an `afterEach` that fails the test if any answer the fake sent during it departs from the spec, and
 * returns a factory of rigs. Retries wait 0 ms unless a test sets `backoff` (waits are tested under fake timers).
 */
export function useRig(): (options?: FakeTrackOfferzOptions & { client?: TrackOfferzOptions }) => Rig {
  let found: string[] = [];
  afterEach(() => {
    const seen = found;
    found = [];
    expect(seen, "fake answers that depart from the spec").toEqual([]);
  });
  return (options = {}) => {
    const { client: clientOptions, ...fakeOptions } = options;
    const fake = createFakeTrackOfferz({
      ...fakeOptions,
      onExchange: (exchange) => {
        if (exchange.conformant) found.push(...violations(exchange));
        fakeOptions.onExchange?.(exchange);
      },
    });
    const clientWith = (more: TrackOfferzOptions) =>
      new TrackOfferz({
        apiKey: fake.apiKey,
        baseUrl: fake.baseUrl,
        fetch: fake.fetch,
        backoff: { baseMs: 0, capMs: 0 },
        ...clientOptions,
        ...more,
      });
    return { fake, client: clientWith({}), clientWith };
  };
}
