import {
  AbortError,
  type ClickRow,
  InvalidResponseError,
  TimeoutError,
  TrackOfferz,
  TrackOfferzError,
  ValidationError,
} from "@offerkit/trackofferz";
import { createFakeTrackOfferz } from "@offerkit/trackofferz/testing";
import { afterEach, describe, expect, test, vi } from "vitest";
import { useRig } from "./support/harness.js";

const rig = useRig();

afterEach(() => {
  vi.useRealTimers();
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const clickRequests = (fake: ReturnType<typeof rig>["fake"]) =>
  fake.requests.filter((r) => r.path === "/reports/clicks");

describe("reports.iterClicks", () => {
  test("streams every row of every page exactly once, in order, and stops when has_next is false", async () => {
    const { fake, client } = rig({ clicks: 2_345 });
    const rows = await collect(client.reports.iterClicks({ page_size: 500 }));
    expect(rows).toHaveLength(2_345);
    expect(new Set(rows.map((r) => r.transaction_id)).size).toBe(2_345);
    const order = rows.map((r) => `${r.created_at}|${r.transaction_id}`);
    expect(order).toEqual([...order].sort());
    expect(clickRequests(fake).map((r) => r.query.page)).toEqual(["1", "2", "3", "4", "5"]);
  });

  test("asks for 1000 rows per page unless page_size is given", async () => {
    const { fake, client } = rig({ clicks: 1_500 });
    await collect(client.reports.iterClicks({ from: "2026-06-01", to: "2026-06-30" }));
    expect(clickRequests(fake).map((r) => r.query)).toEqual([
      { from: "2026-06-01", to: "2026-06-30", page: "1", page_size: "1000" },
      { from: "2026-06-01", to: "2026-06-30", page: "2", page_size: "1000" },
    ]);
  });

  test("an empty report yields nothing after one request", async () => {
    const { fake, client } = rig();
    expect(await collect(client.reports.iterClicks({ from: "2026-01-01", to: "2026-01-31" }))).toEqual([]);
    expect(clickRequests(fake)).toHaveLength(1);
  });

  test("stops fetching as soon as the caller breaks out", async () => {
    const { fake, client } = rig();
    let seen = 0;
    for await (const _ of client.reports.iterClicks({ page_size: 100 })) {
      if (++seen === 150) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Page 2 was being read; page 3 at most was prefetched. Nothing after.
    expect(clickRequests(fake).length).toBeLessThanOrEqual(3);
  });

  test("a fault on one page is retried and no row is lost or repeated", async () => {
    const { fake, client } = rig({ clicks: 1_000 });
    fake.faults.script([{ type: "status", status: 503 }, { type: "reset" }], {
      path: "/reports/clicks",
      page: 3,
    });
    const rows = await collect(client.reports.iterClicks({ page_size: 100 }));
    expect(rows.map((r) => r.transaction_id)).toEqual(
      Array.from({ length: 1_000 }, (_, i) => fake.clickAt(i).transaction_id),
    );
    expect(fake.faults.served).toHaveLength(2);
  });

  test("validates dates before the first request", async () => {
    const { fake, client } = rig();
    await expect(
      collect(client.reports.iterClicks({ from: "2026-06-31", to: "2026-07-01" })),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(fake.requests).toHaveLength(0);
  });

  test("serves 200 pages of 1000 rows from a 200 000-click seed", async () => {
    // A plain fake: checking 200 000 rows against the spec would only measure the checker.
    const fake = createFakeTrackOfferz({ clicks: 200_000, conversions: 5_000 });
    const client = new TrackOfferz({ apiKey: fake.apiKey, fetch: fake.fetch });
    let count = 0;
    let ordered = true;
    let last = "";
    for await (const click of client.reports.iterClicks()) {
      ordered &&= click.transaction_id > last;
      last = click.transaction_id;
      count++;
    }
    expect([count, ordered, fake.requests.length]).toEqual([200_000, true, 200]);
  });
});

describe("iteration options", () => {
  /** Wraps the fake's fetch to record the most requests in flight at once. */
  function counting(fake: ReturnType<typeof rig>["fake"]) {
    const stats = { now: 0, max: 0 };
    const fetch: typeof globalThis.fetch = async (input, init) => {
      stats.max = Math.max(stats.max, ++stats.now);
      try {
        const response = await fake.fetch(input, init);
        await response.clone().arrayBuffer();
        return response;
      } finally {
        stats.now--;
      }
    };
    return { fetch, stats };
  }

  test("concurrency fetches pages in parallel once the total is known, rows still in order", async () => {
    vi.useFakeTimers();
    const { fake, clientWith } = rig({ clicks: 2_000 });
    fake.faults.latency(100, { path: "/reports/clicks" });
    const { fetch, stats } = counting(fake);
    const done = collect(clientWith({ fetch }).reports.iterClicks({ page_size: 100 }, { concurrency: 4 }));
    await vi.runAllTimersAsync();
    const rows = await done;
    expect(rows.map((r) => r.transaction_id)).toEqual(
      Array.from({ length: 2_000 }, (_, i) => fake.clickAt(i).transaction_id),
    );
    expect(stats.max).toBe(4);
  });

  test("by default only the next page is prefetched", async () => {
    vi.useFakeTimers();
    const { fake, clientWith } = rig({ clicks: 1_000 });
    fake.faults.latency(100, { path: "/reports/clicks" });
    const { fetch, stats } = counting(fake);
    const done = collect(clientWith({ fetch }).reports.iterClicks({ page_size: 100 }));
    await vi.runAllTimersAsync();
    expect(await done).toHaveLength(1_000);
    expect(stats.max).toBe(1);
  });

  test("aborting the signal stops the iteration with AbortError and fetches nothing more", async () => {
    vi.useFakeTimers();
    const { fake, client } = rig();
    fake.faults.latency(100, { path: "/reports/clicks" });
    const controller = new AbortController();
    const rows: ClickRow[] = [];
    const done = (async () => {
      for await (const row of client.reports.iterClicks({ page_size: 100 }, { signal: controller.signal })) {
        rows.push(row);
        if (rows.length === 250) controller.abort();
      }
    })();
    const outcome = expect(done).rejects.toBeInstanceOf(AbortError);
    await vi.runAllTimersAsync();
    await outcome;
    const requested = clickRequests(fake).length;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clickRequests(fake).length).toBe(requested);
    expect(requested).toBeLessThanOrEqual(4);
  });

  test("a deadline bounds the whole iteration", async () => {
    vi.useFakeTimers();
    const { fake, client } = rig();
    fake.faults.latency(100, { path: "/reports/clicks" });
    const done = collect(client.reports.iterClicks({ page_size: 100 }, { deadline: 1_050 }));
    const outcome = expect(done).rejects.toBeInstanceOf(TimeoutError);
    await vi.runAllTimersAsync();
    await outcome;
    expect(clickRequests(fake).length).toBeLessThan(50);
  });
});

describe("reports.iterConversions and the page iterators", () => {
  test("iterConversions streams every conversion matching the filter", async () => {
    const { client } = rig();
    const { total } = await client.reports.conversions({ status: "approved" });
    const rows = await collect(client.reports.iterConversions({ status: "approved", page_size: 50 }));
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => r.status === "approved")).toBe(true);
    expect(new Set(rows.map((r) => r.conversion_id)).size).toBe(total);
  });

  test("clickPages yields each page as the API sent it", async () => {
    const { client } = rig({ clicks: 250 });
    const pages = await collect(client.reports.clickPages({ page_size: 100 }));
    expect(pages.map((p) => [p.page, p.rows.length, p.has_next])).toEqual([
      [1, 100, true],
      [2, 100, true],
      [3, 50, false],
    ]);
  });

  test("conversionPages also stops when has_next is false", async () => {
    const { fake, client } = rig({ clicks: 1_000, conversions: 120 });
    const pages = await collect(client.reports.conversionPages({ page_size: 50 }));
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    expect(fake.requests).toHaveLength(3);
  });
});

describe("paging metadata the iteration cannot trust", () => {
  const pageParam = (input: RequestInfo | URL) => Number(new URL(String(input)).searchParams.get("page"));

  /** Asks the fake for another page than the caller did: `pageFor` maps the page asked for to the one fetched. */
  function redirectingPages(fake: ReturnType<typeof rig>["fake"], pageFor: (page: number) => number) {
    const fetch: typeof globalThis.fetch = (input, init) => {
      const url = new URL(String(input));
      url.searchParams.set("page", String(pageFor(pageParam(input))));
      return fake.fetch(url, init);
    };
    return fetch;
  }

  /** Runs an iteration to its end; what it yielded, and the error it ended with. */
  async function drain<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
    const items: T[] = [];
    try {
      for await (const item of iterable) items.push(item);
    } catch (error) {
      return { items, error };
    }
    return { items, error: undefined };
  }

  const inconsistentPaging = (error: unknown, message: RegExp) => {
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(TrackOfferzError);
    expect(error).toMatchObject({ code: "inconsistent_paging", sdk: "trackofferz" });
    expect((error as Error).message).toMatch(message);
  };

  test("a server that ignores page ends the iteration with InvalidResponseError instead of repeating rows", async () => {
    const { fake, clientWith } = rig({ clicks: 30 });
    const client = clientWith({ fetch: redirectingPages(fake, () => 1) });
    const { items, error } = await drain(client.reports.iterClicks({ page_size: 10 }));
    inconsistentPaging(error, /page 1 when page 2 was asked for/);
    expect(items.map((r) => r.transaction_id)).toEqual(
      Array.from({ length: 10 }, (_, i) => fake.clickAt(i).transaction_id),
    );
  });

  test("a page 2 that answers with page 1 ends the page iterator the same way", async () => {
    const { fake, clientWith } = rig({ clicks: 1_000, conversions: 120 });
    const client = clientWith({ fetch: redirectingPages(fake, (page) => (page === 2 ? 1 : page)) });
    const { items, error } = await drain(client.reports.conversionPages({ page_size: 50 }));
    inconsistentPaging(error, /page 1 when page 2 was asked for/);
    expect(items.map((p) => p.page)).toEqual([1]);
  });

  test("pages without rows that say more follow end the iteration at the first such page", async () => {
    const asked: number[] = [];
    // Without the check this would walk forever; the fake server gives up after 20 pages so a regression fails
    // on the assertions below instead of hanging the run.
    const fetch: typeof globalThis.fetch = async (input) => {
      const page = pageParam(input);
      asked.push(page);
      const body = { page, page_size: 1000, total: 1e9, has_next: page < 20, rows: [] };
      return Response.json(body);
    };
    const client = new TrackOfferz({ apiKey: "tofz_sk_empty_pages", fetch });
    const { items, error } = await drain(client.reports.iterClicks({}, { concurrency: 4 }));
    inconsistentPaging(error, /page 1 with no rows but has_next: true/);
    expect(items).toEqual([]);
    expect(asked).toEqual([1]);
  });

  test("a page with more rows than its own page_size ends the iteration (page_size 0 would walk with no end)", async () => {
    const { fake, clientWith } = rig({ clicks: 30 });
    const asked: number[] = [];
    // Real rows, but the answer claims pages of 0 rows and that more always follow (bounded at 20 pages so a
    // regression fails on the assertions instead of hanging).
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const page = pageParam(input);
      asked.push(page);
      const url = new URL(String(input));
      url.searchParams.set("page", "1");
      const body = (await (await fake.fetch(url, init)).json()) as Record<string, unknown>;
      return Response.json({ ...body, page, page_size: 0, has_next: page < 20 });
    };
    const { items, error } = await drain(clientWith({ fetch }).reports.iterClicks({ page_size: 10 }));
    inconsistentPaging(error, /sent 10 rows on page 1 of page_size 0/);
    expect(items).toEqual([]);
    expect(asked).toEqual([1]);
  });

  test.each([
    ["a click row without its transaction_id", "clicks", { transaction_id: undefined }],
    ["a click row that is a string", "clicks", "row"],
    ["a conversion row with conversion_id 1e400 (Infinity)", "conversions", { conversion_id: "<1e400>" }],
    ["a conversion row with a numeric created_at", "conversions", { created_at: 20260601 }],
  ] as const)(
    "%s deep inside a page makes the page unreadable, retried, then an error",
    async (_, report, bad) => {
      const { fake, clientWith } = rig({ clicks: 2_000, conversions: 2_000 });
      let calls = 0;
      // Page 2's row 777 is broken on every answer: each check must look at every row, not the first few.
      const fetch: typeof globalThis.fetch = async (input, init) => {
        calls++;
        const answer = await fake.fetch(input, init);
        if (pageParam(input) !== 2) return answer;
        const body = (await answer.json()) as { rows: Record<string, unknown>[] };
        body.rows[777] = typeof bad === "string" ? (bad as never) : { ...body.rows[777], ...bad };
        // A number too large for a double, as a server could send it: it parses to Infinity.
        return new Response(JSON.stringify(body).replace('"<1e400>"', "1e400"));
      };
      const client = clientWith({ fetch, maxRetries: 1 });
      const walk: AsyncIterable<unknown> =
        report === "clicks" ? client.reports.iterClicks() : client.reports.iterConversions();
      const { items, error } = await drain(walk);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ code: "unexpected_shape" });
      expect(items).toHaveLength(1000);
      expect(calls).toBe(3);
    },
  );

  test("changing the params object during a walk changes no page: every page asks for the report it started with", async () => {
    const { fake, client } = rig({ clicks: 300 });
    const [from, to] = [fake.clickAt(0), fake.clickAt(299)].map((c) => c.created_at.slice(0, 10)).sort();
    const params: Record<string, unknown> = { from, to, page_size: 100 };
    let n = 0;
    for await (const _ of client.reports.iterClicks(params as never)) {
      if (++n === 1) Object.assign(params, { from: "not a date", campaign_id: 6, page_size: 7 });
    }
    expect(n).toBe(300);
    const asked = clickRequests(fake).map(({ query }) => [query.from, query.campaign_id, query.page_size]);
    expect(asked).toHaveLength(3);
    expect(new Set(asked.map(String))).toEqual(new Set([`${from},,100`]));
  });

  test("more rows than page_size on the last page are taken as they are", async () => {
    const { fake, clientWith } = rig({ clicks: 30 });
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const body = (await (await fake.fetch(input, init)).json()) as Record<string, unknown>;
      return Response.json({ ...body, page_size: 0, has_next: false });
    };
    const { items, error } = await drain(clientWith({ fetch }).reports.iterClicks({ page_size: 10 }));
    expect(error).toBeUndefined();
    expect(items).toHaveLength(10);
  });

  test("a total that grows while the report is walked is not an error", async () => {
    const { fake, clientWith } = rig({ clicks: 250 });
    // A live report: every answer counts more rows than the one before, the last still says has_next: false.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await fake.fetch(input, init);
      const body = (await response.json()) as { total: number };
      const headers = new Headers(response.headers);
      headers.delete("content-length");
      return Response.json({ ...body, total: body.total + 1_000 * pageParam(input) }, { headers });
    };
    const rows = await collect(clientWith({ fetch }).reports.iterClicks({ page_size: 100 }));
    expect(rows.map((r) => r.transaction_id)).toEqual(
      Array.from({ length: 250 }, (_, i) => fake.clickAt(i).transaction_id),
    );
  });
});
