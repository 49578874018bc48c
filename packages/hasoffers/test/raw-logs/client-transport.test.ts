import { inspect } from "node:util";
import { APIError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { HasOffers } from "../../src/index.js";
import { RawLogs } from "../../src/raw-logs/index.js";
import { createFakeHasOffers } from "../../src/testing.js";

function setup() {
  const fake = createFakeHasOffers({ seed: { rawLogs: { days: 1, filesPerDay: 2, rowsPerFile: 400 } } });
  const ho = new HasOffers({
    networkId: fake.networkId,
    networkToken: fake.networkToken,
    fetch: fake.fetch,
    pacing: false,
    maxRetries: 0,
  });
  return { fake, logs: new RawLogs(ho.rawLogTransport) };
}

describe("raw logs through the client's own transport", () => {
  test("a day's records arrive in file order, a broken download resumed without loss or repeat", async () => {
    const { fake, logs } = setup();
    const files = fake.rawLogs.files("clicks").reverse();
    fake.faults.next({ kind: "truncate", afterBytes: 70_000, match: { download: true } });
    const records: Record<string, string>[] = [];
    for await (const record of logs.clicks.findAll(files[0]!.dirName)) records.push(record);
    expect(records).toEqual(files.flatMap((f) => fake.rawLogs.records(f.filename)));
    expect(fake.counters.downloads).toBe(3);
  });

  test("a failed download surfaces as a typed error that holds neither the link nor the token", async () => {
    const { fake, logs } = setup();
    const [file] = fake.rawLogs.files("clicks");
    fake.faults.next({ kind: "http", status: 500, body: "html", match: { download: true } });
    const error = await (async () => {
      for await (const _ of logs.clicks.records(file!.filename));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    const signature = new URL(fake.requests.find((r) => r.kind === "download")!.url).searchParams.get(
      "X-Amz-Signature",
    )!;
    const shown = [
      String(error),
      (error as Error).stack,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ].join("\n");
    expect(shown).not.toContain(signature);
    expect(shown).not.toContain(fake.networkToken);
  });
});
