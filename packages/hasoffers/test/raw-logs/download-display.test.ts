import { inspect } from "node:util";
import { APIError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { RawLogs } from "../../src/raw-logs/index.js";
import { client, fakeFetch, ok, TOKEN } from "../helpers/fake-fetch.js";

const FILE = "20160909/clicks-1473411600-SlY9UO.zip";
const SIGNATURE = "SIGpresignedSecret0042";
/** How the client's logger starts a request line. */
const GET = "[offerkit:hasoffers] → GET";

/**
 * A client whose `RawLog.getDownloadLink` answers `link` and whose downloads fail with HTTP 500 (retried once),
 * with every hook and a debug logger recording what they were shown.
 */
async function downloadThrough(link: string) {
  const fake = fakeFetch((seen) =>
    seen.target === "RawLog" ? ok({ link }) : new Response("oops", { status: 500 }),
  );
  return {
    ...(await readThroughRecorder(fake.fetch)),
    downloads: fake.calls.filter((c) => c.target === null),
  };
}

/** Reads FILE's records through a client on `fetch` (one retry) whose hooks and debug logger record all they see. */
async function readThroughRecorder(fetch: typeof globalThis.fetch) {
  const shown: string[] = [];
  const record = (event: unknown) => shown.push(inspect(event, { depth: 10 }));
  const ho = client(fetch, {
    maxRetries: 1,
    backoff: { baseMs: 0, capMs: 0 },
    hooks: { onRequest: record, onResponse: record, onRetry: record },
    logLevel: "debug",
    logger: {
      debug: (line) => shown.push(line),
      info: (line) => shown.push(line),
      warn: (line) => shown.push(line),
      error: (line) => shown.push(line),
    },
  });
  const error = await (async () => {
    for await (const _ of new RawLogs(ho.rawLogTransport).clicks.records(FILE));
  })().catch((e: unknown) => e);
  return { error, shown };
}

describe("a presigned raw-log link in hooks and logs", () => {
  test("a link signed in its query (?token=) shows as origin and path, the query replaced", async () => {
    const { error, shown, downloads } = await downloadThrough(
      `https://dl.example.com/${FILE}?token=${SIGNATURE}`,
    );
    expect(error).toBeInstanceOf(APIError);
    expect(downloads).toHaveLength(2);
    expect(downloads[0]?.url.searchParams.get("token")).toBe(SIGNATURE);
    expect(shown.join("\n")).not.toContain(SIGNATURE);
    expect(shown).toContain(`${GET} https://dl.example.com/${FILE}?[presigned]`);
    expect(shown).toContain(`${GET} https://dl.example.com/${FILE}?[presigned] (retry 1)`);
  });

  test("a signature in the link's path is masked, the file name kept", async () => {
    const { shown, downloads } = await downloadThrough(`https://dl.example.com/${SIGNATURE}/${FILE}`);
    expect(downloads).toHaveLength(2);
    expect(shown.join("\n")).not.toContain(SIGNATURE);
    expect(shown).toContain(`${GET} https://dl.example.com/[redacted]/${FILE}`);
  });

  test("a CloudFront link shows neither its Policy nor its Signature", async () => {
    const policy = `eyJTdGF0ZW1lbnQiOlt7${SIGNATURE}`;
    const { shown } = await downloadThrough(
      `https://d111.cloudfront.net/${FILE}?Expires=1&Policy=${policy}&Signature=abcd${SIGNATURE}&Key-Pair-Id=K2`,
    );
    const text = shown.join("\n");
    expect(text).not.toContain(SIGNATURE);
    expect(text).not.toContain("Policy=");
    expect(text).toContain(`https://d111.cloudfront.net/${FILE}?[presigned]`);
  });

  test("a CloudFront download that fails quoting its URL leaves no credential in the error", async () => {
    const policy = `eyJTdGF0ZW1lbnQiOlt7${SIGNATURE}`;
    const link = `https://d111.cloudfront.net/${FILE}?Expires=1&Policy=${policy}&Signature=abcd&Key-Pair-Id=K2`;
    // A runtime quoting the URL; the engine already masks `Signature=`, so the query no longer matches whole.
    const fake = fakeFetch((seen) => {
      if (seen.target === "RawLog") return ok({ link });
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error(`read ECONNRESET while fetching ${seen.url}`), { code: "ECONNRESET" }),
      });
    });
    const ho = client(fake.fetch, { maxRetries: 0 });
    const error = await (async () => {
      for await (const _ of new RawLogs(ho.rawLogTransport).clicks.records(FILE));
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ECONNRESET" });
    const text = [JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })].join("\n");
    expect(text).not.toContain(SIGNATURE);
  });

  test("API calls still show their own URL, the token redacted", async () => {
    const { shown } = await downloadThrough(`https://dl.example.com/${FILE}?token=${SIGNATURE}`);
    const call = shown.find((line) => line.startsWith(`${GET} https://demo.api.hasoffers.com/`));
    expect(call).toContain("Target=RawLog&Method=getDownloadLink");
    expect(shown.join("\n")).not.toContain(TOKEN);
  });
});

describe("a download that fails quoting its link", () => {
  test("shows the signature nowhere: not in the error, its causes, the retry hook's error or the logs", async () => {
    const link = `https://dl.example.com/f.zip?token=${SIGNATURE}`;
    const fake = fakeFetch((seen) => {
      if (seen.target === "RawLog") return ok({ link });
      // A runtime's reset error that quotes the URL it was fetching, in its message and a property.
      throw Object.assign(new TypeError(`fetch failed: socket hang up (${link})`), {
        cause: Object.assign(new Error(`read ECONNRESET ${link}`), { code: "ECONNRESET" }),
      });
    });
    const { error, shown } = await readThroughRecorder(fake.fetch);
    expect(shown.some((line) => line.includes("retrying"))).toBe(true);
    const everything = [
      ...shown,
      inspect(error, { depth: 10 }),
      JSON.stringify(error),
      (error as Error).stack,
    ];
    expect(everything.join("\n")).not.toContain(SIGNATURE);
    expect(everything.join("\n")).not.toContain(TOKEN);
  });
});
