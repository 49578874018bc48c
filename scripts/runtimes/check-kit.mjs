// @ts-check
/**
 * The few assertions the runtime checks need, written against the language only: the checks run on Deno, Bun and
 * in the edge-runtime VM, where neither `node:assert` nor a test runner is at hand.
 */

/** A named check: resolves to an optional detail for its line, throws on failure. */
/** @typedef {{ name: string, run: () => Promise<string | void> }} Check */

/**
 * @param {unknown} condition
 * @param {string} message what was expected
 * @returns {asserts condition}
 */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * @param {unknown} actual
 * @param {unknown} expected
 * @param {string} what
 */
export function assertEqual(actual, expected, what) {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Error(`${what}: expected ${e.slice(0, 200)}, got ${a?.slice(0, 200)}`);
}

/**
 * What `pick` takes from each item of an async iterable (an SDK's iterator), in order.
 * @template T, U
 * @param {AsyncIterable<T>} items
 * @param {(item: T) => U} pick
 */
export async function collect(items, pick) {
  /** @type {U[]} */
  const picked = [];
  for await (const item of items) picked.push(pick(item));
  return picked;
}

/**
 * The two paging checks of an SDK iterator: a walk across several pages (every row once, one request per page), then
 * the same walk with `concurrency: 3`, which must yield the same rows in the same order.
 * @template T
 * @param {object} walk
 * @param {string} walk.name what is walked, e.g. `trackofferz: iterClicks`
 * @param {number} walk.rows rows in all
 * @param {number} walk.pageSize rows per page
 * @param {(concurrency?: number) => AsyncIterable<T>} walk.open a fresh iteration
 * @param {(item: T) => unknown} walk.pick what identifies a row
 * @param {() => number} walk.requests page requests the server has seen so far
 * @returns {Check[]}
 */
export function pagingChecks({ name, rows, pageSize, open, pick, requests }) {
  /** @type {unknown[]} */
  let sequential = [];
  return [
    {
      name: `${name} across several pages`,
      run: async () => {
        const before = requests();
        sequential = await collect(open(), pick);
        assertEqual(sequential.length, rows, "rows");
        assertEqual(new Set(sequential).size, rows, "distinct rows");
        const pages = requests() - before;
        assertEqual(pages, Math.ceil(rows / pageSize), "page requests");
        return `${rows} rows, ${pages} pages`;
      },
    },
    {
      name: `${name} with concurrency 3`,
      run: async () => {
        const again = await collect(open(3), pick);
        assert(sequential.length === rows, "needs the rows of the sequential iteration");
        assertEqual(again, sequential, "the same rows in the same order");
        return `${again.length} rows`;
      },
    },
  ];
}

/**
 * Awaits `promise` and returns what it rejected with, after checking that it is an instance of every class given
 * (the SDK's own error class and the shared one) and, when given, that its `code` is `code`.
 * @param {Promise<unknown>} promise
 * @param {Function[]} classes
 * @param {string} [code]
 * @returns {Promise<any>}
 */
export async function rejectsWith(promise, classes, code) {
  /** @type {any} */
  let error;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  assert(error !== undefined, `expected a ${classes[0]?.name}, but the call resolved`);
  for (const cls of classes)
    assert(error instanceof cls, `expected an instance of ${cls.name}, got ${describe(error)}`);
  if (code !== undefined) assertEqual(error.code, code, `${error.name}.code`);
  return error;
}

/**
 * Fails when `secret` appears anywhere a user might print the error: message, stack, `String()`, JSON, or the
 * same of any cause in its chain.
 * @param {any} error
 * @param {string} secret
 */
export function assertNoSecret(error, secret) {
  for (let current = error, depth = 0; current != null && depth < 10; current = current.cause, depth++) {
    const views = {
      message: current.message,
      stack: current.stack,
      string: String(current),
      json: JSON.stringify(current),
    };
    for (const [view, text] of Object.entries(views))
      assert(
        !String(text).includes(secret),
        `the secret appears in the error's ${depth ? `cause ${depth} ` : ""}${view}`,
      );
  }
}

/** @param {any} error */
function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Runs `checks` one after the other, printing one line each, and resolves to the number that failed. A check that
 * neither passes nor fails within `timeoutMs` fails, so a hang shows as a failure instead of stalling the run.
 * @param {Check[]} checks
 * @param {(line: string) => void} print
 * @param {number} [timeoutMs]
 */
export async function runChecks(checks, print, timeoutMs = 20_000) {
  let failed = 0;
  for (const check of checks) {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const detail = await Promise.race([check.run(), timeout]);
      print(`ok   ${check.name}${detail ? ` (${detail})` : ""}`);
    } catch (error) {
      failed++;
      print(`FAIL ${check.name}: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
  return failed;
}
