import { inspect } from "node:util";
import {
  AuthenticationError,
  TrackOfferz,
  TrackOfferzError,
  USER_AGENT,
  VERSION,
} from "@offerkit/trackofferz";
import { afterEach, describe, expect, test, vi } from "vitest";
import { useRig } from "./support/harness.js";

const rig = useRig();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the API key", () => {
  test("falls back to TRACKOFFERZ_API_KEY", async () => {
    const { fake } = rig();
    vi.stubEnv("TRACKOFFERZ_API_KEY", fake.apiKey);
    const client = new TrackOfferz({ fetch: fake.fetch });
    await expect(client.reports.summary()).resolves.toMatchObject({ currency: "USD" });
    expect(fake.requests[0]?.authorized).toBe(true);
  });

  test("a missing key fails at construction with a clear message", () => {
    vi.stubEnv("TRACKOFFERZ_API_KEY", "");
    const attempt = () => new TrackOfferz({ fetch: async () => new Response() });
    expect(attempt).toThrow(AuthenticationError);
    expect(attempt).toThrow(/pass `apiKey`.*TRACKOFFERZ_API_KEY/);
    expect(attempt).toThrow(TrackOfferzError);
  });

  test("a key not starting tofz_sk_ fails at construction without echoing the key", () => {
    const key = "pk_live_do_not_print_me";
    let error: unknown;
    try {
      new TrackOfferz({ apiKey: key });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("invalid_api_key");
    expect((error as Error).message).toMatch(/tofz_sk_/);
    expect(JSON.stringify(error) + inspect(error) + (error as Error).stack).not.toContain("do_not_print_me");
  });

  test("a key that is not a string is an invalid key, not a TypeError, and is not echoed", () => {
    for (const apiKey of [12345, { key: "tofz_sk_inside_an_object" }, ["tofz_sk_inside_an_array"]]) {
      let error: unknown;
      try {
        new TrackOfferz({ apiKey: apiKey as never, fetch: async () => new Response() });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ code: "invalid_api_key", sdk: "trackofferz" });
      const printed = JSON.stringify(error) + inspect(error) + (error as Error).stack;
      expect(printed).not.toMatch(/12345|inside_an/);
    }
  });

  test("a bare prefix is not a key", () => {
    expect(() => new TrackOfferz({ apiKey: "tofz_sk_" })).toThrow(AuthenticationError);
  });

  test("the explicit option wins over the environment", async () => {
    const { fake } = rig();
    vi.stubEnv("TRACKOFFERZ_API_KEY", "tofz_sk_wrong");
    const client = new TrackOfferz({ apiKey: fake.apiKey, fetch: fake.fetch });
    await expect(client.reports.summary()).resolves.toBeDefined();
  });
});

describe("every request", () => {
  test("sends Authorization: Bearer <key> and a User-Agent naming the package and version", async () => {
    const seen: Headers[] = [];
    const { fake } = rig();
    const client = new TrackOfferz({
      apiKey: fake.apiKey,
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers));
        return fake.fetch(input, init);
      },
    });
    await client.reports.summary();
    await client.conversions.create({ transaction_id: fake.freshClickIds(1)[0] as string });
    for (const headers of seen) {
      expect(headers.get("authorization")).toBe(`Bearer ${fake.apiKey}`);
      expect(headers.get("user-agent")).toBe(USER_AGENT);
    }
    expect(USER_AGENT).toContain("@offerkit/trackofferz");
    expect(USER_AGENT).toContain(VERSION);
    expect(seen[1]?.get("content-type")).toBe("application/json");
  });

  test("goes to the default base URL unless baseUrl says otherwise", async () => {
    const urls: string[] = [];
    const { fake } = rig();
    const record = (base?: string) =>
      new TrackOfferz({
        apiKey: fake.apiKey,
        baseUrl: base,
        fetch: (input, init) => {
          urls.push(String(input));
          return fake.fetch(input, init);
        },
      });
    await record().reports.summary();
    await record("https://tz.example.internal/api/v1/").reports.summary();
    expect(urls).toEqual([
      "https://trackofferz.com/api/v1/reports/summary",
      "https://tz.example.internal/api/v1/reports/summary",
    ]);
  });

  test("a baseUrl that is not absolute http(s) fails at construction", () => {
    expect(() => new TrackOfferz({ apiKey: "tofz_sk_x1", baseUrl: "trackofferz.com/api" })).toThrow(
      TrackOfferzError,
    );
  });
});

describe("a baseUrl that holds the key", () => {
  // Swapped options, or the key pasted into the URL: the error quotes the bad baseUrl, so it must mask the key.
  test.each([
    ["the key itself", (key: string) => key],
    ["the key behind another scheme", (key: string) => `ftp://${key}`],
    ["the key in a relative path", (key: string) => `api/${key}`],
  ])("fails at construction without echoing it: %s", (_, baseUrlOf) => {
    const key = "tofz_sk_swapped_into_base_url";
    let error: unknown;
    try {
      new TrackOfferz({ apiKey: key, baseUrl: baseUrlOf(key), fetch: async () => new Response() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TrackOfferzError);
    expect(error).toMatchObject({ code: "invalid_option" });
    expect((error as Error).message).toMatch(
      /^baseUrl must be an absolute http\(s\) URL, got .*\[REDACTED\]/,
    );
    const printed =
      JSON.stringify(error) + inspect(error) + inspect(error, { showHidden: true }) + (error as Error).stack;
    expect(printed).not.toContain("swapped_into_base_url");
  });
});

describe("the client object", () => {
  test("does not hold the key where inspect or JSON could print it", () => {
    const client = new TrackOfferz({ apiKey: "tofz_sk_secret_in_client", fetch: async () => new Response() });
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain("secret_in_client");
    expect(JSON.stringify(client)).not.toContain("secret_in_client");
  });
});
