import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createFakeHasOffers, type FakeHasOffers, type RawLogFile } from "../../../hasoffers/src/testing.js";
import { FIXTURES } from "../../../hasoffers/test/helpers/ordered-fixture.js";
import { createRpcUrl } from "../../src/index.js";

/*
 * Calls into the HasOffers fake (packages/hasoffers/src/testing), in process, one RPC at a time, through this
 * package's own URL builder. Each scenario is one successful call whose `data` the conformance test checks.
 */

/** Parameters of one call, or a function of the fake for those that need its state (a raw-log file name). */
export type Params = Record<string, unknown> | ((fake: FakeHasOffers) => Promise<Record<string, unknown>>);

/** One call: `Target.Method`, a label for the test name, and its parameters. */
export interface Scenario {
  method: string;
  label: string;
  params: Params;
  /** Sent as a multipart upload (OfferFile.create with a file). */
  upload?: boolean;
}

const THUMBNAIL = new Uint8Array(readFileSync(join(FIXTURES, "test-thumbnail.jpg")));

/** A fresh fake with its default seed and no rate limit. */
export function fakeNetwork(): FakeHasOffers {
  return createFakeHasOffers({ rateLimit: false });
}

/** The envelope the fake answers to `scenario`, parsed. */
export async function callFake(fake: FakeHasOffers, scenario: Scenario): Promise<FakeAnswer> {
  const [target = "", method = ""] = scenario.method.split(".");
  const params = typeof scenario.params === "function" ? await scenario.params(fake) : scenario.params;
  const rpcUrl = createRpcUrl({
    networkId: fake.networkId,
    networkToken: fake.networkToken,
    endpoint: fake.endpoint,
  });
  const url = rpcUrl(target, method, params);
  let init: RequestInit | undefined;
  if (scenario.upload) {
    const body = new FormData();
    body.append("thumbnail.jpg", new Blob([THUMBNAIL], { type: "image/jpeg" }), "thumbnail.jpg");
    init = { method: "POST", body };
  }
  const response = await fake.fetch(url, init);
  return (await response.json()) as FakeAnswer;
}

/** The parts of the envelope the test reads. */
export interface FakeAnswer {
  response: { status: number; data: unknown; errorMessage: string | null };
}

/** Parameters that need a raw-log file of the fake's seed. */
export function rawLogFile(pick: (file: RawLogFile) => Record<string, unknown>): Params {
  return async (fake) => {
    const file = fake.rawLogs.files("clicks")[0];
    if (!file) throw new Error("the fake's seed has no click logs");
    return { log_type: "clicks", ...pick(file) };
  };
}
