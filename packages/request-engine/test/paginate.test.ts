import { AbortError, TimeoutError, ValidationError } from "@offerkit/errors";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { type Page, type PageFetcher, pages, paginate } from "../src/index.js";

/** A fake paged API of `total` items, `size` per page, with a record of what was in flight and when. */
function pagedApi(
  total: number,
  size: number,
  options: { withCount?: boolean; delay?: (page: number) => number } = {},
) {
  const pageCount = Math.ceil(total / size);
  const log = {
    started: [] as number[],
    active: 0,
    maxActive: 0,
    signals: [] as AbortSignal[],
    aborted: [] as number[],
  };
  const fetchPage: PageFetcher<number> = (page, signal) => {
    log.started.push(page);
    log.signals.push(signal);
    log.active++;
    log.maxActive = Math.max(log.maxActive, log.active);
    return new Promise<Page<number>>((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        log.active--;
        log.aborted.push(page);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      const timer = setTimeout(() => {
        if (signal.aborted) return;
        signal.removeEventListener("abort", onAbort);
        log.active--;
        const first = (page - 1) * size;
        const items = Array.from({ length: Math.max(0, Math.min(size, total - first)) }, (_, i) => first + i);
        resolve({ items, hasNext: page < pageCount, pageCount: options.withCount ? pageCount : undefined });
      }, options.delay?.(page) ?? 10);
    });
  };
  return { fetchPage, log, pageCount };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const unhandled = vi.fn();
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  unhandled.mockReset();
  process.on("unhandledRejection", unhandled);
});
afterEach(async () => {
  vi.useRealTimers();
  // Give any stray rejection the turns it needs to be reported before checking.
  await new Promise((resolve) => setTimeout(resolve, 5));
  process.off("unhandledRejection", unhandled);
  expect(unhandled).not.toHaveBeenCalled();
});

/** Runs an async job to completion while advancing fake time. */
async function withTime<T>(job: Promise<T>): Promise<T> {
  let done = false;
  const settled = job.finally(() => {
    done = true;
  });
  settled.catch(() => undefined);
  while (!done) await vi.advanceTimersByTimeAsync(5);
  return settled;
}

describe("paginate", () => {
  test("yields every item exactly once, in order", async () => {
    const { fetchPage } = pagedApi(95, 10);
    expect(await withTime(collect(paginate(fetchPage)))).toEqual(Array.from({ length: 95 }, (_, i) => i));
  });

  test("property: every item exactly once in order, for any size, page size, concurrency and timing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        fc.func(fc.integer({ min: 0, max: 30 })),
        async (total, size, concurrency, withCount, delay) => {
          const { fetchPage, log } = pagedApi(total, size, { withCount, delay: (p) => delay(p) });
          const items = await withTime(collect(paginate(fetchPage, { concurrency })));
          expect(items).toEqual(Array.from({ length: total }, (_, i) => i));
          expect(new Set(log.started).size).toBe(log.started.length);
          expect(log.maxActive).toBeLessThanOrEqual(withCount ? concurrency : 1);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("fetches the next page while the caller works on the current one", async () => {
    const { fetchPage, log } = pagedApi(30, 10);
    const iterator = paginate(fetchPage);
    const first = await withTime(iterator.next());
    expect(first.value).toBe(0);
    expect(log.started).toEqual([1, 2]);
    expect(log.active).toBe(1);
    await withTime(collect({ [Symbol.asyncIterator]: () => iterator }));
  });

  test("prefetch: false fetches a page only when the caller asks for it", async () => {
    const { fetchPage, log } = pagedApi(30, 10, { withCount: true });
    const iterator = pages(fetchPage, { prefetch: false, concurrency: 4 });
    await withTime(iterator.next());
    expect(log.started).toEqual([1]);
    await withTime(iterator.next());
    expect(log.started).toEqual([1, 2]);
    expect(log.maxActive).toBe(1);
    await iterator.return(undefined);
  });

  test("with concurrency, fetches pages in parallel once the count is known, and yields them in order", async () => {
    // Later pages answer first.
    const { fetchPage, log } = pagedApi(100, 10, { withCount: true, delay: (p) => 100 - p * 9 });
    const seen: number[] = [];
    await withTime(
      (async () => {
        for await (const page of pages(fetchPage, { concurrency: 4 })) seen.push(page.items[0] as number);
      })(),
    );
    expect(seen).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(log.maxActive).toBe(4);
  });

  test.each([0, -3, Number.NaN])("an unusable concurrency %s means one page ahead", async (concurrency) => {
    const { fetchPage, log } = pagedApi(50, 10, { withCount: true });
    await withTime(collect(paginate(fetchPage, { concurrency })));
    expect(log.maxActive).toBe(1);
  });

  test("concurrency without a page count stays one page ahead", async () => {
    const { fetchPage, log } = pagedApi(50, 10);
    await withTime(collect(paginate(fetchPage, { concurrency: 5 })));
    expect(log.maxActive).toBe(1);
  });

  test("holds at most the pages in flight plus the current one", async () => {
    const { fetchPage, log } = pagedApi(200, 10, { withCount: true });
    const iterator = pages(fetchPage, { concurrency: 3 });
    await withTime(iterator.next());
    // Caller sits on page 1 for a long time: nothing beyond 3 pages ahead is fetched.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(log.started).toEqual([1, 2, 3, 4]);
    await iterator.return(undefined);
  });

  test("stops at the page count even if a page claims more", async () => {
    const fetchPage: PageFetcher<number> = async (page) => ({ items: [page], hasNext: true, pageCount: 3 });
    expect(await collect(paginate(fetchPage))).toEqual([1, 2, 3]);
  });

  test("starts at startPage", async () => {
    const { fetchPage } = pagedApi(30, 10);
    expect(await withTime(collect(paginate(fetchPage, { startPage: 2 })))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 10),
    );
  });

  test("an empty first page ends the iteration", async () => {
    const fetchPage: PageFetcher<number> = async () => ({ items: [], hasNext: false, pageCount: 0 });
    expect(await collect(paginate(fetchPage))).toEqual([]);
  });

  test("breaking out early cancels pages in flight, with no unhandled rejection", async () => {
    const { fetchPage, log } = pagedApi(100, 10, { withCount: true });
    const taken: number[] = [];
    await withTime(
      (async () => {
        for await (const item of paginate(fetchPage, { concurrency: 3 })) {
          taken.push(item);
          if (item === 12) break;
        }
      })(),
    );
    expect(taken).toHaveLength(13);
    expect(log.aborted.length).toBeGreaterThan(0);
    expect(log.signals.every((s) => s.aborted)).toBe(true);
    expect(log.active).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("breaking out with a fetcher that ignores its signal still leaves no unhandled rejection", async () => {
    const fetchPage: PageFetcher<number> = (page) =>
      page === 1 ? Promise.resolve({ items: [1], hasNext: true }) : Promise.reject(new Error("late failure"));
    for await (const _ of paginate(fetchPage)) break;
  });

  test("a failing page ends the iteration with its error and cancels the others", async () => {
    const { fetchPage: good, log } = pagedApi(100, 10, { withCount: true });
    const fetchPage: PageFetcher<number> = (page, signal) =>
      page === 3 ? Promise.reject(new Error("page 3 broke")) : good(page, signal);
    const seen: number[] = [];
    const run = (async () => {
      for await (const item of paginate(fetchPage, { concurrency: 4 })) seen.push(item);
    })();
    await expect(withTime(run)).rejects.toThrow("page 3 broke");
    expect(seen).toHaveLength(20);
    expect(log.signals.every((s) => s.aborted)).toBe(true);
  });

  test("a fetcher that throws synchronously fails the iteration like a rejection", async () => {
    const fetchPage: PageFetcher<number> = () => {
      throw new Error("sync");
    };
    await expect(collect(paginate(fetchPage))).rejects.toThrow("sync");
  });
});

describe("paginate: the iterator protocol", () => {
  test("overlapping next() calls get the items in order, as with a generator", async () => {
    const { fetchPage } = pagedApi(25, 10);
    const iterator = paginate(fetchPage);
    const all = await withTime(Promise.all(Array.from({ length: 27 }, () => iterator.next())));
    expect(all.slice(0, 25).map((r) => r.value)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(all.slice(25)).toEqual([
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
  });

  test("return() before the first next() fetches nothing and starts no timer", async () => {
    const { fetchPage, log } = pagedApi(25, 10);
    const iterator = paginate(fetchPage, { deadline: 1000 });
    expect(await iterator.return(undefined)).toEqual({ value: undefined, done: true });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(log.started).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("throw() ends the iteration with the error and cancels pages in flight", async () => {
    const { fetchPage, log } = pagedApi(100, 10, { withCount: true });
    const iterator = paginate(fetchPage, { concurrency: 3 });
    await withTime(iterator.next());
    await expect(iterator.throw(new Error("caller gave up"))).rejects.toThrow("caller gave up");
    expect(log.signals.every((signal) => signal.aborted)).toBe(true);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  test("after an error, the iterator is done", async () => {
    const fetchPage: PageFetcher<number> = async () => {
      throw new Error("boom");
    };
    const iterator = paginate(fetchPage);
    await expect(iterator.next()).rejects.toThrow("boom");
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  test("is its own async iterator", () => {
    const iterator = paginate(pagedApi(1, 1).fetchPage);
    expect(iterator[Symbol.asyncIterator]()).toBe(iterator);
  });

  test("skips empty pages that say more follow", async () => {
    const fetchPage: PageFetcher<number> = async (page) => ({
      items: page % 2 ? [] : [page],
      hasNext: page < 6,
    });
    expect(await collect(paginate(fetchPage))).toEqual([2, 4, 6]);
  });
});

describe("paginate: abort and deadline", () => {
  test("an already aborted signal fetches nothing", async () => {
    const { fetchPage, log } = pagedApi(30, 10);
    const controller = new AbortController();
    controller.abort();
    await expect(collect(paginate(fetchPage, { signal: controller.signal, sdk: "t" }))).rejects.toMatchObject(
      {
        name: "AbortError",
        sdk: "t",
      },
    );
    expect(log.started).toEqual([]);
  });

  test("aborting mid-iteration cancels what is in flight and ends with AbortError", async () => {
    const { fetchPage, log } = pagedApi(100, 10, { withCount: true });
    const controller = new AbortController();
    const seen: number[] = [];
    const run = (async () => {
      for await (const item of paginate(fetchPage, { signal: controller.signal, concurrency: 2 })) {
        seen.push(item);
        if (item === 15) controller.abort();
      }
    })();
    const error = await withTime(run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(16);
    expect(log.signals.every((s) => s.aborted)).toBe(true);
  });

  test("aborting while the next page is already fetched yields no more items", async () => {
    const fetchPage: PageFetcher<number> = async (page) => ({ items: [page], hasNext: page < 5 });
    const controller = new AbortController();
    const iterator = paginate(fetchPage, { signal: controller.signal });
    expect((await iterator.next()).value).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    controller.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(AbortError);
  });

  test("aborting ends the wait even when the fetcher ignores its signal", async () => {
    const fetchPage: PageFetcher<number> = () => new Promise(() => undefined);
    const controller = new AbortController();
    const iterator = paginate(fetchPage, { signal: controller.signal });
    const next = iterator.next();
    controller.abort();
    await expect(next).rejects.toBeInstanceOf(AbortError);
  });

  test("the deadline ends a long iteration with TimeoutError code deadline", async () => {
    const { fetchPage, log } = pagedApi(1000, 10, { delay: () => 100 });
    const seen: number[] = [];
    const run = (async () => {
      for await (const item of paginate(fetchPage, { deadline: 450, sdk: "t" })) seen.push(item);
    })();
    const error = await withTime(run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: "deadline", sdk: "t" });
    expect(seen).toHaveLength(40);
    expect(log.signals.every((s) => s.aborted)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("finishing before the deadline leaves no timer and no listener", async () => {
    const { fetchPage } = pagedApi(20, 10);
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, "addEventListener");
    const removed = vi.spyOn(controller.signal, "removeEventListener");
    await withTime(collect(paginate(fetchPage, { deadline: 60_000, signal: controller.signal })));
    expect(vi.getTimerCount()).toBe(0);
    expect(removed).toHaveBeenCalledTimes(added.mock.calls.length);
  });
});

describe("paginate: options it cannot use", () => {
  test.each([Number.POSITIVE_INFINITY, 65, 1e6])(
    "concurrency %d is a ValidationError at the first next(), before any page is fetched",
    async (concurrency) => {
      const { fetchPage, log } = pagedApi(100, 10, { withCount: true });
      const error = await paginate(fetchPage, { concurrency, sdk: "t" })
        .next()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ param: "concurrency", code: "invalid_option" });
      expect(log.started).toEqual([]);
    },
  );

  test("a signal that is no AbortSignal is a ValidationError, not a TypeError", async () => {
    const { fetchPage, log } = pagedApi(10, 10);
    const signal = {} as AbortSignal;
    await expect(paginate(fetchPage, { signal }).next()).rejects.toMatchObject({
      name: "ValidationError",
      param: "signal",
    });
    expect(log.started).toEqual([]);
  });
});
