/**
 * The HasOffers examples, run as a user runs them: copied into a fresh project that has the packed packages
 * installed from their tarballs, started as their own Node process, and pointed at the fake HasOffers network
 * (`@offerkit/hasoffers/testing`) on 127.0.0.1 through HASOFFERS_ENDPOINT.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HasOffers } from "@offerkit/hasoffers";
import { createFakeHasOffers, type FakeHasOffers, type FakeServer } from "@offerkit/hasoffers/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyExamples } from "../../scripts/packed/copy-examples.mjs";
import { preparePackedProject } from "../../scripts/packed/packed-project.mjs";
import { parseCsv, runExample } from "./run-example.js";

let project: Awaited<ReturnType<typeof preparePackedProject>> | undefined;
let fake: FakeHasOffers;
let server: FakeServer;
let env: Record<string, string>;

beforeAll(async () => {
  fake = createFakeHasOffers({
    seed: {
      offers: 230,
      rawLogs: { days: 2, filesPerDay: 3, rowsPerFile: 40, types: ["clicks", "conversions"] },
    },
    rateLimit: false,
  });
  [project, server] = await Promise.all([preparePackedProject(), fake.listen()]);
  copyExamples(project.dir);
  env = {
    HASOFFERS_NETWORK_ID: fake.networkId,
    HASOFFERS_NETWORK_TOKEN: fake.networkToken,
    HASOFFERS_ENDPOINT: server.endpoint,
  };
}, 300_000);

afterAll(async () => {
  await fake?.close();
  project?.remove();
});

/** A client on the fake's in-process fetch, to read what the examples should have seen. */
const inProcess = () =>
  new HasOffers({
    networkId: fake.networkId,
    networkToken: fake.networkToken,
    endpoint: fake.endpoint,
    fetch: fake.fetch,
    pacing: false,
  });

describe("examples/hasoffers-offer-sync", () => {
  const program = "examples/hasoffers-offer-sync/sync-offers.mjs";
  const catalog = () => JSON.parse(readFileSync(join(project!.dir, "offers.json"), "utf8"));

  test("the first run saves every offer of every page and reports them all as added", async () => {
    const { code, stdout, stderr } = await runExample(project!.dir, program, ["offers.json"], env);
    expect(code, stderr).toBe(0);
    const ids: string[] = [];
    for await (const offer of inProcess().offers.iterate({ fields: ["id"] })) ids.push(String(offer.id));
    expect(ids.length).toBe(230); // three pages of 100
    expect(Object.keys(catalog().offers).sort()).toEqual([...ids].sort());
    expect(stdout).toContain("synced 230 offers: 230 added, 0 changed, 0 removed, 0 unchanged");
  }, 60_000);

  test("a second run finds nothing new; after an offer is renamed, it reports exactly that change", async () => {
    const again = await runExample(project!.dir, program, ["offers.json"], env);
    expect(again.stdout).toContain("synced 230 offers: 0 added, 0 changed, 0 removed, 230 unchanged");

    const [first] = Object.keys(catalog().offers);
    await inProcess().offers.update(first!, { name: "Renamed by the test" });
    const { code, stdout } = await runExample(project!.dir, program, ["offers.json"], env);
    expect(code).toBe(0);
    expect(stdout).toContain(`~ ${first} Renamed by the test (name)`);
    expect(stdout).toContain("synced 230 offers: 0 added, 1 changed, 0 removed, 229 unchanged");
    expect(catalog().offers[first!].name).toBe("Renamed by the test");
  }, 60_000);

  test("a refused token is explained without printing it, and exits 1", async () => {
    const token = "NETwrongToken0123456789abcdefghij";
    const { code, stdout, stderr } = await runExample(project!.dir, program, ["other.json"], {
      ...env,
      HASOFFERS_NETWORK_TOKEN: token,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^check HASOFFERS_NETWORK_ID\/TOKEN: /m);
    expect(stdout + stderr).not.toContain(token);
  }, 60_000);
});

describe("examples/raw-log-download", () => {
  const program = "examples/raw-log-download/download-raw-logs.mjs";

  test("writes every record of every file of the newest day to one CSV, oldest file first", async () => {
    const { code, stdout, stderr } = await runExample(project!.dir, program, ["clicks"], env);
    expect(code, stderr).toBe(0);
    const files = fake.rawLogs.files("clicks");
    const day = files[0]!.dirName; // newest first
    const ofDay = files.filter((f) => f.dirName === day).sort((a, b) => a.startTimestamp - b.startTimestamp);
    const expected = ofDay.flatMap((f) => fake.rawLogs.records(f.filename));
    expect(expected.length).toBe(120);

    const [header, ...rows] = parseCsv(readFileSync(join(project!.dir, `clicks-${day}.csv`), "utf8"));
    expect(header).toEqual(Object.keys(expected[0]!));
    expect(rows).toEqual(expected.map((record) => header!.map((column) => record[column] ?? "")));
    expect(stdout).toContain(`clicks ${day}: 3 files, 120 records -> clicks-${day}.csv`);
  }, 60_000);

  test("downloads the day it is given, and never prints a presigned link", async () => {
    const older = fake.rawLogs.files("conversions").at(-1)!.dirName;
    const { code, stdout, stderr } = await runExample(
      project!.dir,
      program,
      ["conversions", older, "conversions.csv"],
      env,
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`conversions ${older}: 3 files, 120 records -> conversions.csv`);
    expect(stdout + stderr).not.toMatch(/https?:\/\/\S*(download|sig|token|expires)/i);
  }, 60_000);
});
