import { AbortError, InvalidResponseError, TimeoutError, ValidationError } from "@offerkit/errors";
import { afterEach, describe, expect, test, vi } from "vitest";
import { HasOffersError } from "../src/index.js";
import { client, fakeFetch, ok, pairs, type Seen } from "./helpers/fake-fetch.js";

/** A fake API with `total` offers, served `limit` per page, newest first. */
function offersApi(total: number, options: { delayMs?: number } = {}) {
  let inFlight = 0;
  let maxInFlight = 0;
  const fake = fakeFetch(async (seen) => {
    const query = new URLSearchParams(seen.url.search);
    const limit = Number(query.get("limit"));
    const page = Number(query.get("page"));
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    inFlight--;
    const ids = Array.from({ length: total }, (_, i) => String(total - i)).slice(
      (page - 1) * limit,
      page * limit,
    );
    // Served as text so the id-keyed object keeps its (descending) order.
    const data = `{${ids.map((id) => `"${id}":{"Offer":{"id":"${id}"}}`).join(",")}}`;
    const body = `{"response":{"status":1,"data":{"page":${page},"current":0,"count":${total},"pageCount":${Math.ceil(total / limit)},"data":${ids.length ? data : "[]"}}}}`;
    return new Response(body);
  });
  return { ...fake, maxInFlight: () => maxInFlight };
}

afterEach(() => {
  vi.useRealTimers();
});

/** Offers `from+1` … `from+n`, keyed by id as HasOffers sends them. */
function offerRows(from: number, n: number): Record<string, { Offer: { id: string } }> {
  const rows: Record<string, { Offer: { id: string } }> = {};
  for (let id = from + 1; id <= from + n; id++) rows[id] = { Offer: { id: String(id) } };
  return rows;
}

/** The `page` a request asked for. */
const pageOf = (seen: Seen) => Number(seen.url.searchParams.get("page"));

/** Iterates `ho.offers` 10 per page over `answer`, collecting ids until the end or the error that ended it. */
async function iterateOver(answer: (page: number) => unknown) {
  const fake = fakeFetch((seen) => ok(answer(pageOf(seen))));
  const ids: string[] = [];
  let error: unknown;
  try {
    for await (const offer of client(fake.fetch).offers.iterate({ pageSize: 10 })) {
      ids.push(offer.id as string);
      if (ids.length > 1000) break;
    }
  } catch (e) {
    error = e;
  }
  return { ids, error, calls: fake.calls.length };
}

/** Expects `error` to be this SDK's `InvalidResponseError` for paging metadata that cannot be right. */
function expectInconsistentPaging(error: unknown): void {
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(error).toBeInstanceOf(HasOffersError);
  expect((error as InvalidResponseError).code).toBe("inconsistent_paging");
}

describe("iterate", () => {
  test("yields every offer of every page, in the server's order", async () => {
    const api = offersApi(250);
    const ids: string[] = [];
    for await (const offer of client(api.fetch).offers.iterate({
      filters: { status: "active" },
      pageSize: 100,
    })) {
      ids.push(offer.id as string);
    }
    expect(ids).toHaveLength(250);
    expect(ids.slice(0, 3)).toEqual(["250", "249", "248"]);
    expect(ids.at(-1)).toBe("1");
    expect(api.calls.map((c) => pairs(c))).toEqual(
      [1, 2, 3].map((page) => ["filters[status]=active", "limit=100", `page=${page}`]),
    );
  });

  test("reads its options once: changing them, or the filters inside, during the walk changes no page", async () => {
    const api = offersApi(250);
    const options = { filters: { status: ["active", "paused"] }, fields: ["id"], pageSize: 100 };
    let n = 0;
    for await (const _ of client(api.fetch).offers.iterate(options as never)) {
      if (++n !== 1) continue;
      options.filters.status.push("deleted");
      Object.assign(options.filters, { OR: { name: "x" } });
      options.fields.push("name");
      options.pageSize = 7;
    }
    expect(n).toBe(250);
    const statuses = ["filters[status][]=active", "filters[status][]=paused"];
    expect(api.calls.map((c) => pairs(c))).toEqual(
      [1, 2, 3].map((page) => [...statuses, "limit=100", `page=${page}`, "fields[]=id"]),
    );
  });

  test("filters that loop back on themselves end in a ValidationError, not a stack overflow", async () => {
    const api = offersApi(10);
    const filters: Record<string, unknown> = { status: "active" };
    filters.OR = filters;
    const walk = client(api.fetch).offers.iterate({ filters } as never);
    await expect(walk.next()).rejects.toThrow(ValidationError);
    expect(api.calls).toHaveLength(0);
  });

  test("stops after one request when nothing matches", async () => {
    const api = offersApi(0);
    const ids = [];
    for await (const offer of client(api.fetch).offers.iterate()) ids.push(offer);
    expect(ids).toEqual([]);
    expect(api.calls).toHaveLength(1);
  });

  test("concurrency fetches pages in parallel, still yielding in order", async () => {
    const api = offersApi(500, { delayMs: 5 });
    const ids: string[] = [];
    for await (const offer of client(api.fetch).offers.iterate({ pageSize: 50, concurrency: 4 }))
      ids.push(offer.id as string);
    expect(ids).toEqual(Array.from({ length: 500 }, (_, i) => String(500 - i)));
    expect(api.maxInFlight()).toBeGreaterThan(1);
    expect(api.maxInFlight()).toBeLessThanOrEqual(4);
  });

  test("concurrency stays inside the client's pacing window", async () => {
    vi.useFakeTimers();
    const api = offersApi(1000);
    const ho = client(api.fetch, { pacing: { limit: 3, intervalMs: 10_000 } });
    const ids: string[] = [];
    const done = (async () => {
      for await (const offer of ho.offers.iterate({ pageSize: 100, concurrency: 5 }))
        ids.push(offer.id as string);
    })();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.calls).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(30_000);
    await done;
    expect(ids).toHaveLength(1000);
    expect(api.calls).toHaveLength(10);
  });

  test("breaking out of the loop stops fetching", async () => {
    const api = offersApi(1000);
    for await (const offer of client(api.fetch).offers.iterate({ pageSize: 10 })) {
      if (offer.id === "995") break;
    }
    expect(api.calls.length).toBeLessThanOrEqual(2);
  });

  test("an aborted signal stops the iteration with an AbortError", async () => {
    const api = offersApi(1000);
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const offer of client(api.fetch).offers.iterate({
        pageSize: 10,
        signal: controller.signal,
      })) {
        seen.push(offer.id as string);
        if (seen.length === 15) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(AbortError);
    expect(seen.length).toBeLessThanOrEqual(20);
  });

  test("the deadline covers the whole iteration", async () => {
    vi.useFakeTimers();
    const api = offersApi(1000, { delayMs: 1000 });
    const run = (async () => {
      for await (const _ of client(api.fetch).offers.iterate({ pageSize: 10, deadline: 2500 })) {
        // consume
      }
    })();
    const settled = expect(run).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(5000);
    await settled;
    expect(api.calls.length).toBeLessThanOrEqual(4);
  });

  test("pageSize must be a positive integer", async () => {
    const iterator = client(offersApi(1).fetch).offers.iterate({ pageSize: 0 });
    await expect(iterator.next()).rejects.toBeInstanceOf(ValidationError);
  });

  test("the server ignoring limit (all rows, no wrapper) ends the iteration after one page", async () => {
    const fake = fakeFetch(() => ok({ 1: { Goal: { id: "1" } }, 2: { Goal: { id: "2" } } }));
    const ids = [];
    for await (const goal of client(fake.fetch).goals.iterate({ pageSize: 1 })) ids.push(goal.id);
    expect(ids).toEqual(["1", "2"]);
    expect(fake.calls).toHaveLength(1);
  });

  test("affiliate approvals iterate too", async () => {
    const fake = fakeFetch((seen) => {
      const page = Number(new URLSearchParams(seen.url.search).get("page"));
      return ok({
        page,
        current: 0,
        count: 2,
        pageCount: 2,
        data: { [page]: { AffiliateOffer: { id: String(page) } } },
      });
    });
    const ids = [];
    for await (const a of client(fake.fetch).offers.iterateAffiliateApprovals({ pageSize: 1 }))
      ids.push(a.id);
    expect(ids).toEqual(["1", "2"]);
  });

  describe("paging metadata that contradicts the pages asked for ends the iteration, no row repeated", () => {
    test("a server ignoring `page` (every answer page 1 of 3) fails on the second page", async () => {
      const { ids, error, calls } = await iterateOver(() => ({
        page: "1",
        pageCount: "3",
        count: "30",
        data: offerRows(0, 10),
      }));
      expectInconsistentPaging(error);
      expect((error as Error).message).toBe("HasOffers answered page 1 when asked for page 2");
      expect(ids).toEqual(Object.keys(offerRows(0, 10)));
      expect(calls).toBe(2);
    });

    test("a full page without any page numbers fails rather than being asked for again forever", async () => {
      const { ids, error, calls } = await iterateOver(() => ({ data: offerRows(0, 10) }));
      expectInconsistentPaging(error);
      expect(ids).toEqual([]);
      expect(calls).toBe(1);
    });

    test("a short page without any page numbers is the last one", async () => {
      const { ids, error, calls } = await iterateOver(() => ({ data: offerRows(0, 3) }));
      expect(error).toBeUndefined();
      expect(ids).toEqual(["1", "2", "3"]);
      expect(calls).toBe(1);
    });

    test("every row at once (no paging wrapper) for the second page fails", async () => {
      const { ids, error, calls } = await iterateOver((page) =>
        page === 1 ? { page: 1, pageCount: 2, count: 20, data: offerRows(0, 10) } : offerRows(0, 10),
      );
      expectInconsistentPaging(error);
      expect(ids).toHaveLength(10);
      expect(calls).toBe(2);
    });

    test("an empty page that claims more pages follow fails", async () => {
      const { error, calls } = await iterateOver((page) => ({ page, pageCount: 3, count: 30, data: [] }));
      expectInconsistentPaging(error);
      expect(calls).toBe(1);
    });

    test("a page with more rows than the limit asked for fails (a server ignoring `limit` repeats rows)", async () => {
      // Every page number honoured, but every answer holds all 25 rows: page 2 would repeat page 1.
      const { ids, error, calls } = await iterateOver((page) => ({
        page,
        current: 0,
        data: offerRows(0, 25),
      }));
      expectInconsistentPaging(error);
      expect((error as Error).message).toBe("HasOffers sent 25 rows on page 1, asked for 10 per page");
      expect(ids).toEqual([]);
      expect(calls).toBe(1);
    });

    test("more rows than the limit on a first page that is also the last are every row, not an error", async () => {
      const { ids, error, calls } = await iterateOver(() => ({
        page: 1,
        pageCount: 1,
        count: 25,
        data: offerRows(0, 25),
      }));
      expect(error).toBeUndefined();
      expect(ids).toEqual(Object.keys(offerRows(0, 25)));
      expect(calls).toBe(1);
    });

    test("pages that state their number but no page count are followed while full", async () => {
      const { ids, error, calls } = await iterateOver((page) => ({
        page,
        current: 0,
        data: offerRows((page - 1) * 10, page < 3 ? 10 : 4),
      }));
      expect(error).toBeUndefined();
      expect(ids).toHaveLength(24);
      expect(new Set(ids).size).toBe(24);
      expect(calls).toBe(3);
    });
  });
});
