import { APIError, errorForStatus } from "@offerkit/errors";
import type { RawLogTransport } from "../../src/raw-logs/index.js";
import type { FakeHasOffers } from "../../src/testing.js";

/** Counts and wraps what the transport downloads, to observe the reader from the network's side. */
export interface DownloadProbe {
  /** Downloads started. */
  started: number;
  /** Bytes the reader has pulled from all bodies so far. */
  pulled: number;
  /** Bodies the reader cancelled. */
  cancelled: number;
}

/**
 * A minimal transport over the fake's `fetch` (the client engineer's real one adds retries, timeouts and
 * redaction): RawLog RPCs as GET calls, downloads as plain GETs, errors typed by status or envelope.
 */
export function fakeTransport(fake: FakeHasOffers, probe?: DownloadProbe): RawLogTransport {
  return {
    async call(method, params, options) {
      const query = new URLSearchParams({
        NetworkId: fake.networkId,
        NetworkToken: fake.networkToken,
        Target: "RawLog",
        Method: method,
      });
      for (const [key, value] of Object.entries(params)) query.set(key, String(value));
      const response = await fake.fetch(`${fake.endpoint}?${query}`, { signal: options?.signal });
      const envelope = JSON.parse(await response.text());
      if (envelope.response.status !== 1)
        throw new APIError(envelope.response.errorMessage, { sdk: "hasoffers" });
      return envelope.response.data;
    },
    async download(url, options) {
      const response = await fake.fetch(url, { signal: options?.signal });
      if (!response.ok) {
        await response.body?.cancel();
        throw errorForStatus(response.status, `The download failed with HTTP ${response.status}`, {
          sdk: "hasoffers",
        });
      }
      if (!probe) return response.body!;
      probe.started++;
      const reader = response.body!.getReader();
      return new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            const { done, value } = await reader.read();
            if (done) controller.close();
            else {
              probe.pulled += value.length;
              controller.enqueue(value);
            }
          },
          async cancel(reason) {
            probe.cancelled++;
            await reader.cancel(reason);
          },
        },
        { highWaterMark: 0 },
      );
    },
  };
}

export function newProbe(): DownloadProbe {
  return { started: 0, pulled: 0, cancelled: 0 };
}
