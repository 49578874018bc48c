import type { FakeHasOffers } from "../../src/testing.js";

/** The parsed envelope of an API answer. */
export interface Envelope {
  request?: Record<string, unknown>;
  response: {
    status?: number;
    httpStatus?: number;
    data?: any;
    errors?: any;
    errorMessage?: string | null;
  };
}

/** The URL of one call on the fake's in-process endpoint: auth first, then `Target`, `Method` and `query`. */
export function callUrl(fake: FakeHasOffers, target: string, method: string, query = ""): string {
  const auth = `NetworkId=${fake.networkId}&NetworkToken=${fake.networkToken}`;
  return `${fake.endpoint}?${auth}&Target=${target}&Method=${method}${query ? `&${query}` : ""}`;
}

/** Performs one GET call and returns the answer's text. */
export async function callText(
  fake: FakeHasOffers,
  target: string,
  method: string,
  query = "",
): Promise<string> {
  const response = await fake.fetch(callUrl(fake, target, method, query));
  return response.text();
}

/** Performs one GET call and returns the parsed envelope. */
export async function call(
  fake: FakeHasOffers,
  target: string,
  method: string,
  query = "",
): Promise<Envelope> {
  return JSON.parse(await callText(fake, target, method, query)) as Envelope;
}

/** Performs one call and returns `response.data`, failing the test on an API error. */
export async function data(fake: FakeHasOffers, target: string, method: string, query = ""): Promise<any> {
  const envelope = await call(fake, target, method, query);
  if (envelope.response.status !== 1)
    throw new Error(`API error: ${JSON.stringify(envelope.response.errors)}`);
  return envelope.response.data;
}

/** The keys of an object in the order they appear in the JSON text (JSON.parse reorders integer-like keys). */
export function keysInText(text: string, path: string): string[] {
  const at = text.indexOf(path);
  if (at === -1) return [];
  const keys: string[] = [];
  let depth = 0;
  for (let i = at + path.length; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      // A string right before a colon at the top level is a key; anything else is a value.
      if (depth === 1 && text[end + 1] === ":") keys.push(text.slice(i + 1, end));
      i = end;
      continue;
    }
    if (ch === "{" || ch === "[") depth++;
    if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) break;
    }
  }
  return keys;
}
