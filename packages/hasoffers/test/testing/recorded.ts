import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES } from "../helpers/ordered-fixture.js";

/** The recorded HasOffers traffic (its credentials scrubbed at recording: fixtures/README.md). */
export const RECORDED = FIXTURES;

/** Whether the recordings are available on this machine. */
export const haveRecordings = existsSync(RECORDED);

interface Interaction {
  method: string;
  query: [string, string][];
  response_json: any;
}

const cache = new Map<string, Interaction[]>();

/** The `response` block of interaction `index` of a cassette. */
export function recordedResponse(cassette: string, index: number): any {
  let interactions = cache.get(cassette);
  if (!interactions) {
    interactions = (
      JSON.parse(readFileSync(join(RECORDED, `${cassette}.json`), "utf8")) as { interactions: Interaction[] }
    ).interactions;
    cache.set(cassette, interactions);
  }
  return interactions[index]!.response_json.response ?? interactions[index]!.response_json;
}

/** A recorded binary payload (`test-thumbnail.jpg`, `raw-log-payloads/interaction6.zip`). */
export function recordedBytes(path: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(RECORDED, path)));
}

/**
 * A description of a value's shape: JSON types, with object keys sorted; arrays described by their first item.
 * Two answers "look alike" when their shapes agree, `null` being compatible with any type (seeded data and the
 * recorded data fill different fields).
 */
export function shapeOf(value: unknown): unknown {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "[]" : [shapeOf(value[0])];
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort())
      out[key] = shapeOf((value as Record<string, unknown>)[key]);
    return out;
  }
  return typeof value;
}

/** Lists where two shapes disagree (paths), treating `null` as compatible with anything. */
export function shapeDifferences(recorded: unknown, fake: unknown, path = "$"): string[] {
  if (recorded === "null" || fake === "null") return [];
  if (typeof recorded === "string" || typeof fake === "string") {
    return recorded === fake
      ? []
      : [`${path}: recorded ${JSON.stringify(recorded)}, fake ${JSON.stringify(fake)}`];
  }
  if (Array.isArray(recorded) && Array.isArray(fake))
    return shapeDifferences(recorded[0], fake[0], `${path}[0]`);
  if (Array.isArray(recorded) !== Array.isArray(fake)) return [`${path}: array vs object`];
  const a = recorded as Record<string, unknown>;
  const b = fake as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const key of keys) {
    if (!(key in a)) out.push(`${path}.${key}: only in the fake`);
    else if (!(key in b)) out.push(`${path}.${key}: only in the recording`);
    else out.push(...shapeDifferences(a[key], b[key], `${path}.${key}`));
  }
  return out;
}

/** The first entry of an id-keyed map. */
export function firstEntry(map: Record<string, unknown>): any {
  return Object.values(map)[0];
}
