/** A request as the fake's dispatcher sees it, from `fetch` or from the loopback server. */
export interface FakeRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  /** Aborts when the client gives up (its signal, or the socket closing). */
  signal?: AbortSignal | undefined;
}

/** What the fake does with a request; rendered by the in-process `fetch` and by the loopback server alike. */
export type Outcome =
  | {
      kind: "respond";
      status: number;
      headers: Record<string, string>;
      body: string;
      /** Send only this many bytes of the body, then drop the connection. */
      truncateAt?: number | undefined;
      /** Send the body in this many pieces… */
      chunks?: number | undefined;
      /** …this many ms apart. */
      chunkDelayMs?: number | undefined;
    }
  | { kind: "reset" }
  | { kind: "hang" };

/** Resolves after `ms` (at once for 0), or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Splits a body into `n` byte pieces (at least one). */
export function pieces(bytes: Uint8Array, n: number): Uint8Array[] {
  const count = Math.max(1, Math.min(n, bytes.length || 1));
  const size = Math.ceil(bytes.length / count);
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out.length > 0 ? out : [bytes];
}
