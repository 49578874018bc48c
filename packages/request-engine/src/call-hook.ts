import { noop } from "./clock.js";

/** Calls `hook` with `event`, ignoring what it throws and what its promise rejects with. */
export function callHook<E>(hook: ((event: E) => unknown) | undefined, event: E): void {
  try {
    // A broken observer must never break the call.
    if (hook) Promise.resolve(hook(event)).catch(noop);
  } catch {}
}
