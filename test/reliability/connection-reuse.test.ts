import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { HasOffers } from "@offerkit/hasoffers";
import { createFakeHasOffers } from "@offerkit/hasoffers/testing";
import { TrackOfferz } from "@offerkit/trackofferz";
import { createFakeTrackOfferz } from "@offerkit/trackofferz/testing";
import { afterEach, describe, expect, test } from "vitest";

/*
 * One connection pool per client, and no per-call connection: each SDK's calls, retries and sequential pages ride
 * the keep-alive connections already open, and `concurrency: n` opens about n. A client that set up a connection per
 * call (a new agent, `connection: close`, or an answer body left unread on an error or a retry) fails here.
 *
 * Two, not one: undici hands a connection back to its pool a moment after the answer's body is read, so a request
 * sent at once after it opens a second connection, and from then on the two take turns. Bare `fetch` does the same.
 * What matters is that the count stops there, however many calls follow.
 */
const SEQUENTIAL = 2;

interface CountingServer {
  base: string;
  /** TCP connections the server has accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

const servers: CountingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const SKIPPED = new Set(["content-length", "transfer-encoding", "connection", "keep-alive"]);

/**
 * Every answer ends in this much JSON whitespace. undici reads a small body off the socket whole and frees the
 * connection whether or not anyone reads the body; a body this large stays on the socket until it is read, so an
 * answer left unread holds its connection, as a real report page would.
 */
const PADDING = Buffer.alloc(128 * 1024, " ");

/** A loopback HTTP front for a fake API's `fetch` that counts the connections clients open to it. */
async function countingFront(fakeFetch: typeof globalThis.fetch): Promise<CountingServer> {
  let connections = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const answer = await fakeFetch(`http://fake${req.url}`, {
      method: req.method,
      headers: plainHeaders(req.headers),
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    const bytes = Buffer.concat([Buffer.from(await answer.arrayBuffer()), PADDING]);
    const headers: Record<string, string> = { "content-length": String(bytes.length) };
    answer.headers.forEach((value, name) => {
      if (!SKIPPED.has(name)) headers[name] = value;
    });
    res.writeHead(answer.status, headers).end(bytes);
  });
  server.on("connection", () => {
    connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const front: CountingServer = {
    base: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(front);
  return front;
}

/** How many rows an iteration yields, walked to its end. */
async function countRows(rows: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of rows) n++;
  return n;
}

function plainHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !SKIPPED.has(name)) plain[name] = String(value);
  return plain;
}

describe("TrackOfferz: one connection per client", () => {
  async function setUp() {
    const fake = createFakeTrackOfferz({ clicks: 1_000, conversions: 10 });
    const front = await countingFront(fake.fetch);
    const client = new TrackOfferz({
      apiKey: fake.apiKey,
      baseUrl: `${front.base}/api/v1`,
      backoff: { baseMs: 0, capMs: 0 },
      maxRetries: 3,
    });
    return { fake, front, client };
  }

  const range = { from: "2026-06-01", to: "2026-06-30" };

  test("50 calls in a row, and retries after a 503, a 502 and a 429, stay on the same two connections", async () => {
    const { fake, front, client } = await setUp();
    for (let i = 0; i < 50; i++) await client.reports.summary(range);
    fake.faults.script([
      { type: "status", status: 503, body: "json" },
      { type: "status", status: 502, body: "html" },
      { type: "rate-limit", retryAfter: 0 },
    ]);
    await client.reports.summary(range);
    expect(fake.requests.length).toBe(54);
    expect(front.connections()).toBeLessThanOrEqual(SEQUENTIAL);
  });

  test("an iteration's pages reuse the same connections; concurrency 4 opens about 4", async () => {
    const { front, client } = await setUp();
    expect(await countRows(client.reports.iterClicks({ page_size: 20 }))).toBe(1_000);
    expect(front.connections()).toBeLessThanOrEqual(SEQUENTIAL);

    expect(await countRows(client.reports.iterClicks({ page_size: 20 }, { concurrency: 4 }))).toBe(1_000);
    expect(front.connections()).toBeLessThanOrEqual(4 + SEQUENTIAL);
  });
});

describe("HasOffers: one connection per client", () => {
  async function setUp() {
    // Without its 50-calls-per-10-s limiter, which would refuse the 50 calls; its answers are not what is tested here.
    const fake = createFakeHasOffers({ rateLimit: false });
    const front = await countingFront(fake.fetch);
    const client = new HasOffers({
      networkId: fake.networkId,
      networkToken: fake.networkToken,
      endpoint: `${front.base}/Apiv3/json`,
      retryDelay: 0,
      maxRetries: 3,
      pacing: false,
    });
    return { fake, front, client };
  }

  test("50 calls in a row, and retries after a 503, a 502 and a rate-limit answer, stay on the same two connections", async () => {
    const { fake, front, client } = await setUp();
    const [first] = (await client.offers.findAll({ limit: 1 })).items;
    const id = first?.id as string;
    for (let i = 0; i < 49; i++) await client.offers.findById(id);
    fake.faults.script(
      { kind: "http", status: 503, body: "json" },
      { kind: "http", status: 502, body: "html" },
      { kind: "rateLimit" },
    );
    await client.offers.findById(id);
    expect(fake.requests.length).toBe(54);
    expect(front.connections()).toBeLessThanOrEqual(SEQUENTIAL);
  });

  test("an iteration's pages reuse the same connections; concurrency 4 opens about 4", async () => {
    const { front, client } = await setUp();
    const sequential = await countRows(client.offers.iterate({ pageSize: 2 }));
    expect(sequential).toBeGreaterThanOrEqual(10); // five pages or more
    expect(front.connections()).toBeLessThanOrEqual(SEQUENTIAL);

    expect(await countRows(client.offers.iterate({ pageSize: 2, concurrency: 4 }))).toBe(sequential);
    expect(front.connections()).toBeLessThanOrEqual(4 + SEQUENTIAL);
  });
});
