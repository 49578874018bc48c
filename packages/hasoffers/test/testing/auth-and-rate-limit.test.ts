import { describe, expect, test } from "vitest";
import { createFakeHasOffers } from "../../src/testing.js";
import { call } from "./support.js";

function clock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("authentication", () => {
  test("a wrong token gets the recorded 'Network id is not valid' envelope by default", async () => {
    const fake = createFakeHasOffers();
    const response = await fake.fetch(
      `${fake.endpoint}?NetworkId=fakenet&NetworkToken=NETbad&Target=Offer&Method=findAll`,
    );
    expect(JSON.parse(await response.text())).toEqual({
      response: {
        errors: { publicMessage: "Network id is not valid" },
        link: "http://developers.hasoffers.com/",
      },
    });
    expect(fake.counters.authFailures).toBe(1);
  });

  test("or the documented standard envelope, which names the token it refused", async () => {
    const fake = createFakeHasOffers({ authFailure: "not-authenticated" });
    const response = await fake.fetch(
      `${fake.endpoint}?NetworkId=fakenet&NetworkToken=NETbad&Target=Offer&Method=findAll`,
    );
    const envelope = JSON.parse(await response.text());
    expect(envelope.response).toEqual({
      status: -1,
      httpStatus: 200,
      data: "",
      errors: [{ publicMessage: "NetworkToken NETbad is not authenticated" }],
      errorMessage: "NetworkToken NETbad is not authenticated",
    });
    expect(envelope.request.NetworkToken).toBe("NETbad");
  });

  test("a wrong network id is refused whatever the token; a configured token and id are accepted", async () => {
    const fake = createFakeHasOffers({ networkId: "acme", networkToken: "NETacme" });
    const wrongId = await fake.fetch(
      `${fake.endpoint}?NetworkId=other&NetworkToken=NETacme&Target=Offer&Method=findById&id=1`,
    );
    expect(JSON.parse(await wrongId.text()).response.errors.publicMessage).toBe("Network id is not valid");
    expect((await call(fake, "Offer", "findById", "id=1")).response.status).toBe(1);
  });
});

describe("rate limit", () => {
  test("the 51st call in a 10 s window gets the recorded text inside HTTP 200; the window then slides", async () => {
    const time = clock();
    const fake = createFakeHasOffers({ clock: time });
    for (let i = 0; i < 50; i++) {
      expect((await call(fake, "Offer", "findById", "id=1")).response.status).toBe(1);
      time.advance(100);
    }
    const response = await fake.fetch(
      `${fake.endpoint}?NetworkId=fakenet&NetworkToken=${fake.networkToken}&Target=Offer&Method=findById&id=1`,
    );
    expect(response.status).toBe(200);
    const refused = JSON.parse(await response.text()).response;
    expect(refused).toEqual({
      status: -1,
      httpStatus: 200,
      data: "",
      errors: [
        {
          publicMessage:
            "blabla.  API usage exceeded rate limit.  Configured: 50/10s window; Your usage: 51.  See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.",
        },
      ],
      errorMessage:
        "blabla.  API usage exceeded rate limit.  Configured: 50/10s window; Your usage: 51.  See https://help.tune.com/hasoffers/rate-limit-error/ for guidance.",
    });
    expect(fake.counters.rateLimited).toBe(1);
    // The first call left the window 10 s after it was made.
    time.advance(10_000 - 50 * 100 + 1);
    expect((await call(fake, "Offer", "findById", "id=1")).response.status).toBe(1);
    expect((await call(fake, "Offer", "findById", "id=1")).response.status).toBe(-1);
  });

  test("limits, window and wording are configurable; refused calls take no effect", async () => {
    const time = clock();
    const fake = createFakeHasOffers({
      clock: time,
      rateLimit: { limit: 2, windowMs: 1_000, wording: "docs" },
    });
    await call(fake, "Tag", "create", "data[name]=a");
    await call(fake, "Tag", "create", "data[name]=b");
    const refused = await call(fake, "Tag", "create", "data[name]=c");
    expect(refused.response.errorMessage).toBe("User has exceeded API rate limit");
    expect(fake.applied("Tag.create")).toBe(2);
    time.advance(1_000);
    expect((await call(fake, "Tag", "create", "data[name]=d")).response.status).toBe(1);
  });

  test("rateLimit: false turns it off; setRateLimit changes it later", async () => {
    const fake = createFakeHasOffers({ rateLimit: false });
    for (let i = 0; i < 60; i++)
      expect((await call(fake, "Offer", "findById", "id=1")).response.status).toBe(1);
    fake.setRateLimit({ limit: 1 });
    await call(fake, "Offer", "findById", "id=1");
    expect((await call(fake, "Offer", "findById", "id=1")).response.errorMessage).toContain(
      "API usage exceeded rate limit",
    );
  });
});
