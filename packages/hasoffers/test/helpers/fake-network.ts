import { afterEach } from "vitest";
import { HasOffers, type HasOffersOptions } from "../../src/index.js";
import { createFakeHasOffers, type FakeHasOffers } from "../../src/testing.js";

/**
 * Fake networks for one test file, closed after each test. `setup(seed)` makes a fake (no rate limit unless the seed
 * sets one) and a client wired to it without pacing, with `client` options on top; `track` hands a fake made by hand
 * to the same clean-up.
 */
export function useFakeNetwork(client: Partial<HasOffersOptions> = {}) {
  const fakes: FakeHasOffers[] = [];
  afterEach(async () => {
    await Promise.all(fakes.splice(0).map((f) => f.close()));
  });
  const track = (fake: FakeHasOffers) => {
    fakes.push(fake);
    return fake;
  };
  const setup = (seed: Parameters<typeof createFakeHasOffers>[0] = {}) => {
    const fake = track(createFakeHasOffers({ rateLimit: false, ...seed }));
    const ho = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: fake.endpoint,
      fetch: fake.fetch,
      pacing: false,
      ...client,
    });
    return { fake, ho };
  };
  return { setup, track };
}
