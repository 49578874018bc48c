import type { FakeClock } from "./clock.js";
import type { Reply } from "./reply.js";

/** The error `fetch` rejects with when the connection breaks (undici's shape, code on the cause). */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error("read ECONNRESET"), {
    code: "ECONNRESET",
    errno: -104,
    syscall: "read",
  });
  return new TypeError("fetch failed", { cause });
}

/** The error a body stream fails with when the connection closes mid-body (undici says "terminated"). */
function terminated(): TypeError {
  const cause = Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" });
  return new TypeError("terminated", { cause });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** Reads a body (bytes or stream) as a sequence of chunks; shared by the in-process and loopback deliveries. */
export async function* chunksOf(body: Uint8Array | ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (body instanceof Uint8Array) {
    yield body;
    return;
  }
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * Delivers a reply in-process, as `fetch` would: a reset rejects, a hang waits for the signal (or the fake's
 * release), a cut body errors its stream after the given bytes, a slow body trickles, and aborting the signal
 * errors the pending body with the signal's reason.
 */
export async function toResponse(
  reply: Reply,
  signal: AbortSignal | undefined,
  clock: FakeClock,
  hold: (release: () => void) => () => void,
): Promise<Response> {
  if (signal?.aborted) throw abortReason(signal);
  if (reply.reset) throw connectionReset();
  if (reply.hang) {
    await new Promise<never>((_, reject) => {
      const onAbort = () => {
        forget();
        reject(abortReason(signal!));
      };
      const forget = hold(() => {
        signal?.removeEventListener("abort", onAbort);
        reject(connectionReset());
      });
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
  const { cutAfter, slow } = reply;
  const source = chunksOf(reply.body);
  let sent = 0;
  let broken = false;
  let finished = false;
  const finish = () => {
    finished = true;
    signal?.removeEventListener("abort", onAbort);
  };
  let onAbort = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // An abort errors the body at once, even while the fake is still producing the next chunk.
      onAbort = () => {
        if (finished) return;
        finish();
        controller.error(abortReason(signal!));
        source.return(undefined).catch(() => {});
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    },
    async pull(controller) {
      if (finished) return;
      if (broken) {
        finish();
        controller.error(terminated());
        return;
      }
      try {
        if (signal?.aborted) throw abortReason(signal);
        const { done, value } = await source.next();
        if (finished) return;
        if (done) {
          finish();
          controller.close();
          return;
        }
        let chunk = value;
        if (cutAfter !== undefined && sent + chunk.length >= cutAfter) {
          await source.return(undefined);
          // The bytes that made it are readable; the break shows on the read after them, as on a real socket
          // (erroring at once would discard them from the stream's queue).
          if (cutAfter > sent) {
            controller.enqueue(chunk.slice(0, cutAfter - sent));
            sent = cutAfter;
            broken = true;
            return;
          }
          finish();
          controller.error(terminated());
          return;
        }
        if (slow) {
          for (let at = 0; at < chunk.length; at += slow.chunkBytes) {
            await clock.sleep(slow.delayMs, signal);
            if (finished) return;
            controller.enqueue(chunk.subarray(at, at + slow.chunkBytes));
          }
          sent += chunk.length;
          return;
        }
        sent += chunk.length;
        chunk = chunk.slice();
        controller.enqueue(chunk);
      } catch (error) {
        if (finished) return;
        finish();
        await source.return(undefined);
        controller.error(signal?.aborted ? abortReason(signal) : error);
      }
    },
    async cancel() {
      finish();
      await source.return(undefined);
    },
  });
  const body = reply.status === 204 || reply.status === 304 ? null : stream;
  return new Response(body, { status: reply.status, headers: reply.headers });
}
