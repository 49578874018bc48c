import { OfferkitError } from "@offerkit/errors";

/** How one call ended: its value or what it threw, and how long it took. */
export type Outcome<T> = { ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number };

/** Runs `call` and records how it ended instead of throwing. */
export async function settle<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  const started = performance.now();
  try {
    const value = await call();
    return { ok: true, value, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error, ms: Math.round(performance.now() - started) };
  }
}

/** The class an outcome ended with: `ok`, the offerkit class name (its most specific), or `UNTYPED <name>`. */
export function classOf(outcome: Outcome<unknown>): string {
  if (outcome.ok) return "ok";
  const { error } = outcome;
  if (error instanceof OfferkitError) return error.name;
  return `UNTYPED ${error instanceof Error ? error.name : typeof error}`;
}

/** `code` of an offerkit error, if any. */
export function codeOf(outcome: Outcome<unknown>): string | undefined {
  return outcome.ok ? undefined : (outcome.error as { code?: string }).code;
}

/** Runs `task` over `items` with at most `width` running at once; results keep the items' order. */
export async function pool<I, R>(
  items: readonly I[],
  width: number,
  task: (item: I) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as I);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
