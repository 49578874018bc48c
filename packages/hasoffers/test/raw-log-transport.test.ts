import { inspect } from "node:util";
import { APIError, PermissionDeniedError, ValidationError } from "@offerkit/errors";
import { afterEach, describe, expect, test, vi } from "vitest";
import { client, fakeFetch, ok, pairs, TOKEN } from "./helpers/fake-fetch.js";

const LINK =
  "https://s3.amazonaws.com/bucket/clicks/20160912/clicks-1.zip?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=deadbeefcafe";

afterEach(() => {
  vi.useRealTimers();
});

describe("ho.rawLogs (listing in the main entry)", () => {
  test("lists days, files and links with the RawLog wire parameters", async () => {
    const api = fakeFetch((seen) => {
      if (seen.rpcMethod === "listDateDirs")
        return ok({ logType: "clicks", dateDirs: [{ displayName: "Sep 9, 2016", dirName: "20160909" }] });
      if (seen.rpcMethod === "listLogs")
        return ok({
          logType: "clicks",
          logFiles: [
            {
              displayName: "09:00",
              startTimestamp: "1473411600",
              filename: "20160909/clicks-1473411600-SlY9UO.zip",
            },
          ],
        });
      return ok({ link: LINK });
    });
    const ho = client(api.fetch);
    expect(await ho.rawLogs.clicks.listDateDirs()).toEqual([
      { displayName: "Sep 9, 2016", dirName: "20160909" },
    ]);
    expect(await ho.rawLogs.clicks.listLogs("20160909")).toEqual([
      { displayName: "09:00", startTimestamp: 1473411600, filename: "20160909/clicks-1473411600-SlY9UO.zip" },
    ]);
    expect(await ho.rawLogs.clicks.getDownloadLink("20160909/clicks-1473411600-SlY9UO.zip")).toBe(LINK);
    expect(api.calls.map((c) => [c.target, c.rpcMethod, ...pairs(c)])).toEqual([
      ["RawLog", "listDateDirs", "log_type=clicks"],
      ["RawLog", "listLogs", "log_type=clicks", "date_dir=20160909"],
      ["RawLog", "getDownloadLink", "log_type=clicks", "log_filename=20160909/clicks-1473411600-SlY9UO.zip"],
    ]);
  });

  test("a month lists every day of it", async () => {
    const api = fakeFetch((seen) =>
      seen.rpcMethod === "listDateDirs"
        ? ok({ dateDirs: [{ dirName: "20160912" }, { dirName: "20160909" }, { dirName: "20160831" }] })
        : ok({ logFiles: [] }),
    );
    await client(api.fetch).rawLogs.conversions.listLogs("201609");
    expect(api.calls.filter((c) => c.rpcMethod === "listLogs").map((c) => pairs(c))).toEqual([
      ["log_type=conversions", "date_dir=20160912"],
      ["log_type=conversions", "date_dir=20160909"],
    ]);
  });

  test("a malformed day or file name is refused before sending", async () => {
    const api = fakeFetch(() => ok({}));
    const ho = client(api.fetch);
    await expect(ho.rawLogs.clicks.listLogs("2016-09-09")).rejects.toBeInstanceOf(ValidationError);
    await expect(ho.rawLogs.impressions.getDownloadLink("20160909/clicks-1-a.zip")).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(api.calls).toHaveLength(0);
  });
});

describe("rawLogTransport.download", () => {
  test("GETs the presigned link without HasOffers credentials and returns the body", async () => {
    const api = fakeFetch(() => new Response(new Uint8Array([80, 75, 3, 4])));
    const body = await client(api.fetch).rawLogTransport.download(LINK);
    expect(new Uint8Array(await new Response(body).arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
    expect(api.calls[0]?.url.href).toBe(LINK);
    expect(api.calls[0]?.url.href).not.toContain(TOKEN);
  });

  test("an expired link (403) is a PermissionDeniedError that never quotes the link", async () => {
    const api = fakeFetch(
      () =>
        new Response("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>", {
          status: 403,
        }),
    );
    const error = await client(api.fetch)
      .rawLogTransport.download(LINK)
      .catch((e) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toContain("expired");
    for (const shown of [error.message, JSON.stringify(error), inspect(error)]) {
      expect(shown).not.toContain("deadbeefcafe");
      expect(shown).not.toContain("AKIAEXAMPLE");
    }
  });

  test("a 5xx is retried until the body starts", async () => {
    vi.useFakeTimers();
    const api = fakeFetch((_s, i) => (i === 0 ? new Response("", { status: 503 }) : new Response("zip")));
    const run = client(api.fetch).rawLogTransport.download(LINK);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await new Response(await run).text()).toBe("zip");
    expect(api.calls).toHaveLength(2);
  });

  test("a 5xx after the last retry is an APIError", async () => {
    vi.useFakeTimers();
    const api = fakeFetch(() => new Response("", { status: 500 }));
    const run = client(api.fetch, { maxRetries: 1 })
      .rawLogTransport.download(LINK)
      .catch((e) => e);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await run).toBeInstanceOf(APIError);
    expect(api.calls).toHaveLength(2);
  });

  test("rawLogTransport.call performs Target=RawLog calls", async () => {
    const api = fakeFetch(() => ok({ clicks: 123 }));
    expect(await client(api.fetch).rawLogTransport.call("getLogExpirations", {})).toEqual({ clicks: 123 });
    expect([api.calls[0]?.target, api.calls[0]?.rpcMethod]).toEqual(["RawLog", "getLogExpirations"]);
  });
});
