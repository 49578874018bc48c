import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { type Page, paginate } from "../src/index.js";

// A full collection on demand, without starting the test run with --expose-gc.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// While the next page downloads and is parsed, the page already read must not stay alive: with 1,000-row pages that
// doubled what the collector had to keep and copy on every page (bench/findings.md §2).
test("a page that has been read is let go while the iterator waits for the next one", async () => {
  let release!: (page: Page<object>) => void;
  const pending = new Promise<Page<object>>((resolve) => {
    release = resolve;
  });
  let firstPage: WeakRef<object> | undefined;
  const iterator = paginate<object>(
    (n) => {
      if (n > 1) return pending;
      const items = Array.from({ length: 3 }, (_, id) => ({ id }));
      firstPage = new WeakRef(items);
      return Promise.resolve({ items, hasNext: true });
    },
    { prefetch: false },
  );
  for (let i = 0; i < 3; i++) expect((await iterator.next()).done).toBe(false);
  // The first page is used up: this call waits for page 2, which is held back.
  const waiting = iterator.next();
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  expect(firstPage?.deref()).toBeUndefined();
  release({ items: [{ id: 3 }], hasNext: false });
  expect(await waiting).toEqual({ value: { id: 3 }, done: false });
  expect((await iterator.next()).done).toBe(true);
});
