import { getEventListeners } from "node:events";
import { expect, test } from "vitest";
import { RequestEngine } from "../src/index.js";
import { get, json, readJson, scriptedFetch } from "./helpers.js";

// Node's fetch keeps the signal it was given reachable until its Request is garbage collected (a finalizer
// unhooks it later). Whatever the engine leaves listening on that signal stays alive that long too: left on an
// iteration's signal page after page, each listener held a whole page of answer text.
test("an attempt leaves no listener on the signal it gave fetch", async () => {
  const fetch = scriptedFetch(json({ page: 1 }));
  const engine = new RequestEngine({ sdk: "t", fetch });
  const caller = new AbortController();
  await expect(engine.send(get(), readJson, { signal: caller.signal })).resolves.toEqual({ page: 1 });
  const given = fetch.calls[0]?.init.signal as AbortSignal;
  expect(getEventListeners(given, "abort")).toHaveLength(0);
  expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
});
