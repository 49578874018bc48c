import { InvalidResponseError, ValidationError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { RawLogs, type RawLogTransport } from "../../src/raw-logs/index.js";
import { createFakeHasOffers } from "../../src/testing.js";
import { fakeTransport } from "./fake-transport.js";

function setup() {
  const fake = createFakeHasOffers({
    rateLimit: false,
    seed: { rawLogs: { days: 3, filesPerDay: 2, rowsPerFile: 3 } },
  });
  return { fake, logs: new RawLogs(fakeTransport(fake)) };
}

/** A transport answering every call with `data`. */
function answering(data: unknown): RawLogTransport {
  return { call: async () => data, download: async () => new ReadableStream() };
}

describe("listing raw logs", () => {
  test("listDateDirs gives each day's display name and directory, newest first", async () => {
    const { logs } = setup();
    expect(await logs.clicks.listDateDirs()).toEqual([
      { displayName: "Jan 15, 2024", dirName: "20240115" },
      { displayName: "Jan 14, 2024", dirName: "20240114" },
      { displayName: "Jan 13, 2024", dirName: "20240113" },
    ]);
  });

  test("listLogs gives a day's hourly files with numeric start timestamps", async () => {
    const { fake, logs } = setup();
    const files = await logs.conversions.listLogs("20240114");
    expect(files).toHaveLength(2);
    expect(files[0]).toEqual({
      displayName: "Jan 14, 2024 - 10:00 am",
      startTimestamp: Date.UTC(2024, 0, 14, 10) / 1000,
      filename: expect.stringMatching(/^20240114\/conversions-\d+-[A-Za-z0-9]{6}\.zip$/),
    });
    expect(fake.requests.at(-1)!.params).toMatchObject({
      Target: "RawLog",
      Method: "listLogs",
      log_type: "conversions",
      date_dir: "20240114",
    });
  });

  test("a month or year prefix is expanded through listDateDirs, since the API only takes whole days", async () => {
    const { fake, logs } = setup();
    const files = await logs.clicks.listLogs("202401");
    expect(files).toHaveLength(6);
    const calls = fake.requests.map((r) => `${r.method}${r.params.date_dir ? ` ${r.params.date_dir}` : ""}`);
    expect(calls).toEqual(["listDateDirs", "listLogs 20240115", "listLogs 20240114", "listLogs 20240113"]);
    expect(await logs.clicks.listLogs("2023")).toEqual([]);
  });

  test("getDownloadLink returns the presigned link", async () => {
    const { logs } = setup();
    const [file] = await logs.impressions.listLogs("20240115");
    const link = await logs.impressions.getDownloadLink(file!.filename);
    expect(link).toMatch(/^https:\/\/s3\.fake-hasoffers\.test\/.+X-Amz-Signature=[0-9a-f]{64}$/);
  });

  test.each(["2024011", "20241301", "20240230", "2024-01-15", "", "yesterday"])(
    "dateDir %j is refused before any call",
    async (dateDir) => {
      const { fake, logs } = setup();
      const error = await logs.clicks.listLogs(dateDir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ param: "dateDir", sdk: "hasoffers" });
      expect(fake.requests).toHaveLength(0);
    },
  );

  test.each([
    ["another type's file", "20240115/impressions-1705309200-AbCdEf.zip"],
    ["a path", "../20240115/clicks-1705309200-AbCdEf.zip"],
    ["not a zip", "20240115/clicks-1705309200-AbCdEf.csv"],
  ])("a filename that is %s is refused", async (_what, filename) => {
    const { logs } = setup();
    await expect(logs.clicks.getDownloadLink(filename)).rejects.toMatchObject({
      name: "ValidationError",
      param: "filename",
    });
    expect(() => logs.clicks.records(filename)).toThrow(ValidationError);
  });

  test("answers of the wrong shape are InvalidResponseErrors; empty answers are empty lists", async () => {
    const wrong = new RawLogs(answering({ dateDirs: "soon" }));
    await expect(wrong.clicks.listDateDirs()).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(
      new RawLogs(answering({ logFiles: [{ filename: "x", startTimestamp: "later" }] })).clicks.listLogs(
        "20240101",
      ),
    ).rejects.toMatchObject({
      code: "unexpected_shape",
    });
    await expect(
      new RawLogs(answering({ link: 42 })).clicks.getDownloadLink("20240101/clicks-1-abc.zip"),
    ).rejects.toBeInstanceOf(InvalidResponseError);
    expect(await new RawLogs(answering([])).clicks.listDateDirs()).toEqual([]);
    expect(
      await new RawLogs(answering({ logType: "clicks", logFiles: [] })).clicks.listLogs("20240101"),
    ).toEqual([]);
  });
});
