import { describe, expect, test } from "vitest";
import { readZipEntries, zipCsvRecords } from "../../src/archive/index.js";
import { createFakeHasOffers, type FakeHasOffers } from "../../src/testing.js";
import { call, data } from "./support.js";

function clock() {
  let now = Date.parse("2024-01-15T12:00:00Z");
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function linkFor(fake: FakeHasOffers, filename: string, logType = "clicks"): Promise<string> {
  return (await data(fake, "RawLog", "getDownloadLink", `log_type=${logType}&log_filename=${filename}`)).link;
}

async function recordsOf(fake: FakeHasOffers, filename: string): Promise<Record<string, string>[]> {
  const response = await fake.fetch(await linkFor(fake, filename));
  const out: Record<string, string>[] = [];
  for await (const record of zipCsvRecords(response.body!)) out.push(record);
  return out;
}

describe("raw-log listing", () => {
  test("days and hourly files come newest first; a day without files has none", async () => {
    const fake = createFakeHasOffers({ seed: { rawLogs: { days: 3, filesPerDay: 2 } } });
    const dirs = (await data(fake, "RawLog", "listDateDirs", "log_type=impressions")).dateDirs;
    expect(dirs.map((d: { dirName: string }) => d.dirName)).toEqual(["20240115", "20240114", "20240113"]);
    expect(dirs[0].displayName).toBe("Jan 15, 2024");
    const logs = await data(fake, "RawLog", "listLogs", "log_type=impressions&date_dir=20240114");
    expect(logs.logFiles.map((f: { displayName: string }) => f.displayName)).toEqual([
      "Jan 14, 2024 - 10:00 am",
      "Jan 14, 2024 - 09:00 am",
    ]);
    expect(
      (await data(fake, "RawLog", "listLogs", "log_type=impressions&date_dir=20230101")).logFiles,
    ).toEqual([]);
  });

  test("date_dir must be a whole day and log_type a known one", async () => {
    const fake = createFakeHasOffers();
    expect(
      (await call(fake, "RawLog", "listLogs", "log_type=clicks&date_dir=202401")).response.errorMessage,
    ).toBe("date_dir must be a date in YYYYMMDD format");
    expect((await call(fake, "RawLog", "listDateDirs", "log_type=sales")).response.errorMessage).toBe(
      "Invalid log_type: sales",
    );
    expect(
      (await call(fake, "RawLog", "getDownloadLink", "log_type=clicks&log_filename=20240115/clicks-1-x.zip"))
        .response.status,
    ).toBe(-1);
  });
});

describe("presigned downloads", () => {
  test("a link carries an S3-style signature and expiry, and works once", async () => {
    const fake = createFakeHasOffers();
    const [file] = fake.rawLogs.files("clicks");
    const link = new URL(await linkFor(fake, file!.filename));
    expect(link.origin).toBe("https://s3.fake-hasoffers.test");
    expect(link.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    expect(link.searchParams.get("X-Amz-Expires")).toBe("28800");
    const response = await fake.fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
  });

  test("a tampered signature or another fake's link is 403; a removed key 404 NoSuchKey", async () => {
    const fake = createFakeHasOffers();
    const [file] = fake.rawLogs.files("clicks");
    const link = new URL(await linkFor(fake, file!.filename));
    link.searchParams.set("X-Amz-Signature", "0".repeat(64));
    const forged = await fake.fetch(link);
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain("<Code>SignatureDoesNotMatch</Code>");
    const foreign = await fake.fetch(await linkFor(createFakeHasOffers(), file!.filename));
    expect(foreign.status).toBe(403);
    const valid = await linkFor(fake, file!.filename);
    fake.rawLogs.clear();
    const gone = await fake.fetch(valid);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("<Code>NoSuchKey</Code>");
  });

  test("links expire after 8 hours of the fake clock", async () => {
    const time = clock();
    const fake = createFakeHasOffers({ clock: time });
    const [file] = fake.rawLogs.files("clicks");
    const link = await linkFor(fake, file!.filename);
    time.advance(8 * 3600 * 1000 + 1000);
    const expired = await fake.fetch(link);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain("<Message>Request has expired</Message>");
  });
});

describe("archive layouts", () => {
  test.each([
    ["stored", { compression: "stored" as const }],
    ["deflated", { compression: "deflated" as const }],
    ["stored with data descriptors", { compression: "stored" as const, dataDescriptor: true }],
    [
      "deflated with unsigned data descriptors",
      { compression: "deflated" as const, dataDescriptor: "unsigned" as const },
    ],
    ["three CSV members and a README", { members: 3, extraMember: true }],
  ])("%s archives read back to the file's records", async (_name, layout) => {
    const fake = createFakeHasOffers({ seed: { rawLogs: false } });
    const file = fake.rawLogs.addFile({ logType: "clicks", rows: 250, ...layout });
    const records = await recordsOf(fake, file.filename);
    expect(records).toHaveLength(250);
    expect(records).toEqual(fake.rawLogs.records(file.filename));
    expect(Object.keys(records[0]!)).toHaveLength(57);
  });

  test("each layout is really what it says: methods, flags and member names", async () => {
    const fake = createFakeHasOffers({ seed: { rawLogs: false } });
    const file = fake.rawLogs.addFile({
      rows: 10,
      compression: "deflated",
      dataDescriptor: true,
      members: 2,
      extraMember: true,
    });
    const response = await fake.fetch(await linkFor(fake, file.filename));
    const entries: { name: string; method: number; size: number | undefined }[] = [];
    for await (const entry of readZipEntries(response.body!)) {
      entries.push({ name: entry.name, method: entry.method, size: entry.size });
      await entry.stream.cancel();
    }
    const base = file.filename.slice(9, -4);
    expect(entries).toEqual([
      { name: "README.txt", method: 0, size: 15 },
      { name: `${base}-part1.csv`, method: 8, size: undefined },
      { name: `${base}-part2.csv`, method: 8, size: undefined },
    ]);
  });

  test("records contain quoted commas, doubled quotes and line breaks, as real logs can", async () => {
    const fake = createFakeHasOffers({ seed: { rawLogs: false } });
    const file = fake.rawLogs.addFile({ rows: 60 });
    const tricky = (await recordsOf(fake, file.filename))[49]!;
    expect(tricky.refer).toBe('http://example.com/?q="a, b"\nline two');
    expect(tricky.transaction_id).toMatch(/^[0-9a-f]{30}$/);
  });

  test("a given archive is served verbatim", async () => {
    const fake = createFakeHasOffers({ seed: { rawLogs: false } });
    const bytes = new TextEncoder().encode("not a zip at all");
    const file = fake.rawLogs.addFile({ bytes });
    const response = await fake.fetch(await linkFor(fake, file.filename));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});
