import { AuthenticationError, ValidationError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { HasOffers } from "../src/index.js";
import { RawLogs } from "../src/raw-logs/index.js";
import { createFakeHasOffers } from "../src/testing.js";
import { useFakeNetwork } from "./helpers/fake-network.js";

/*
 * End-to-end: the SDK against the fake HasOffers API (in-process fetch and loopback HTTP). The fake evaluates
 * filters, sorting and paging itself, so these check the SDK's wire encoding by its effect.
 */

const { setup, track } = useFakeNetwork();

const ids = (rows: { id?: unknown }[]) => rows.map((r) => String(r.id));

describe("finders against the fake", () => {
  test("iterate yields every active offer exactly once, in the requested order", async () => {
    const { fake, ho } = setup({ seed: { offers: 230 } });
    const expected = fake.state
      .list("Offer", (o) => o.status === "active")
      .map((o) => String(o.id))
      .reverse();
    const seen: string[] = [];
    for await (const offer of ho.offers.iterate({
      filters: { status: "active" },
      sort: "-id",
      pageSize: 40,
      concurrency: 3,
    })) {
      seen.push(String(offer.id));
    }
    expect(expected.length).toBeGreaterThan(40);
    expect(seen).toEqual(expected);
  });

  test("findAll pages carry the server's metadata", async () => {
    const { fake, ho } = setup({ seed: { offers: 95 } });
    const page = await ho.offers.findAll({ limit: 20, page: 2, sort: "id" });
    expect(page).toMatchObject({ page: 2, pageCount: 5, count: 95 });
    expect(ids(page.items)).toEqual(
      fake.state
        .list("Offer")
        .slice(20, 40)
        .map((o) => String(o.id)),
    );
  });

  test("operators, lists and an OR group with operators are all applied", async () => {
    const { fake, ho } = setup({ seed: { offers: 120 } });
    const page = await ho.offers.findAll({
      filters: {
        id: { gt: 10, lte: 100 },
        OR: { status: ["paused", "pending"], name: { like: "Perfect%" } },
      },
      sort: "id",
    });
    const expected = fake.state
      .list("Offer", (o) => {
        const id = Number(o.id);
        const or = ["paused", "pending"].includes(String(o.status)) || String(o.name).startsWith("Perfect");
        return id > 10 && id <= 100 && or;
      })
      .map((o) => String(o.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(page.items)).toEqual(expected);
  });

  test("count, findAllIds and findAllByIds agree with the store", async () => {
    const { fake, ho } = setup({ seed: { advertisers: 12 } });
    const active = fake.state.list("Advertiser", (a) => a.status === "active").map((a) => String(a.id));
    expect(await ho.advertisers.count({ filters: { status: "active" } })).toBe(active.length);
    expect((await ho.advertisers.findAllIds({ filters: { status: "active" } })).sort()).toEqual(
      [...active].sort(),
    );
    const some = active.slice(0, 2);
    expect(ids(await ho.advertisers.findAllByIds(some)).sort()).toEqual([...some].sort());
  });

  test("findById with related objects: countries as an array, the advertiser as an object", async () => {
    const { fake, ho } = setup();
    const [first] = fake.state.list("Offer");
    fake.state.offerCountries.set(String(first?.id), ["ES"]);
    const offer = await ho.offers.findById(String(first?.id), { contain: ["Country", "Advertiser"] });
    expect(offer?.id).toBe(String(first?.id));
    expect(offer?.Country.map((c) => c.code)).toEqual(["ES"]);
    expect(offer?.Advertiser === null || typeof offer?.Advertiser?.id === "string").toBe(true);
    expect(await ho.offers.findById(999_999)).toBeNull();
  });
});

describe("writes against the fake", () => {
  test("create, update, updateField and block round-trip", async () => {
    const { fake, ho } = setup();
    const created = await ho.advertisers.create({
      company: "Offerkit Ltd",
      status: "pending",
      zipcode: "12345",
      country: "CZ",
    });
    expect(created.company).toBe("Offerkit Ltd");
    const updated = await ho.advertisers.update(created.id as string, { company: "Renamed" });
    expect(updated.company).toBe("Renamed");
    await ho.advertisers.updateField(created.id as string, "city", "Prague");
    expect(fake.state.get("Advertiser", created.id as string)?.city).toBe("Prague");
    expect(await ho.advertisers.block(created.id as string, "test")).toBe(true);
  });

  test("a refused value is a ValidationError naming the attribute", async () => {
    const { ho, fake } = setup();
    const [affiliate] = fake.state.list("Affiliate");
    const error = await ho.affiliates
      .update(String(affiliate?.id), { status: "nonsense" as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).param).toBe("status");
  });

  test("an upload arrives as one multipart file", async () => {
    const { ho, fake } = setup();
    const [offer] = fake.state.list("Offer");
    const file = await ho.offerFiles.create({
      file: new File([new Uint8Array(64)], "banner.png"),
      display: "Banner",
      type: "image banner",
      offer_id: String(offer?.id),
    });
    expect(file.filename).toBe("banner.png");
    expect(fake.requests.at(-1)?.uploads).toEqual([
      expect.objectContaining({ filename: "banner.png", size: 64 }),
    ]);
  });
});

describe("failures from the fake", () => {
  test.each(["network-id-not-valid", "not-authenticated"] as const)(
    "a wrong token (%s) is an AuthenticationError",
    async (authFailure) => {
      const fake = createFakeHasOffers({ authFailure });
      track(fake);
      const ho = new HasOffers({
        networkId: fake.networkId,
        networkToken: "NETwrongToken000",
        endpoint: fake.endpoint,
        fetch: fake.fetch,
      });
      const error = await ho.offers.findAllIds().catch((e) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(String(error.message)).not.toContain("NETwrongToken000");
    },
  );
});

describe("reports and raw logs against the fake", () => {
  test("getStats sums and iterateStats walks the pages", async () => {
    const { ho } = setup();
    const page = await ho.reports.getStats({
      fields: ["Stat.offer_id", "Stat.clicks"],
      groups: ["Stat.offer_id"],
      limit: 3,
    });
    expect(page.items.length).toBeGreaterThan(0);
    const rows = [];
    for await (const row of ho.reports.iterateStats({
      fields: ["Stat.offer_id", "Stat.clicks"],
      groups: ["Stat.offer_id"],
      pageSize: 3,
    })) {
      rows.push(row);
    }
    expect(rows).toHaveLength(page.count);
  });

  test("ho.rawLogs lists days, files and links; RawLogs over ho.rawLogTransport streams every record", async () => {
    const { ho, fake } = setup();
    const [day] = await ho.rawLogs.clicks.listDateDirs();
    expect(day?.dirName).toMatch(/^\d{8}$/);
    const files = await ho.rawLogs.clicks.listLogs(day?.dirName as string);
    expect(files.length).toBeGreaterThan(0);
    expect(await ho.rawLogs.clicks.getDownloadLink(files[0]?.filename as string)).toMatch(/^https?:\/\//);
    const expected = files.flatMap((f) => fake.rawLogs.records(f.filename));
    const records = [];
    for await (const record of new RawLogs(ho.rawLogTransport).clicks.findAll(day?.dirName as string))
      records.push(record);
    expect(records).toHaveLength(expected.length);
  });
});

describe("over loopback HTTP", () => {
  test("the client talks to the fake's server with the real fetch", async () => {
    const fake = createFakeHasOffers({ seed: { offers: 30 }, rateLimit: false });
    track(fake);
    const server = await fake.listen();
    const ho = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: `${server.url}/Apiv3/json`,
    });
    const seen = [];
    for await (const offer of ho.offers.iterate({ pageSize: 7 })) seen.push(offer.id);
    expect(seen).toHaveLength(30);
  });
});
