import { OfferkitError } from "@offerkit/errors";
import { HasOffers, HasOffersError } from "@offerkit/hasoffers";
import { createRedactor } from "@offerkit/request-engine";
import { TrackOfferz, TrackOfferzError } from "@offerkit/trackofferz";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createInterpreter } from "../../packages/hasoffers/src/internal/interpret.js";
import { toModel } from "../../packages/hasoffers/src/internal/normalize.js";
import { readPage } from "../../packages/hasoffers/src/internal/page.js";
import { classOf, settle } from "./support/outcome.js";
import { formatTally, printTable, tally } from "./support/table.js";

// Whatever a server (or a proxy in front of it) answers — any status, any headers, any text, any JSON, envelopes
// with every field mistyped — the HasOffers envelope interpreter returns a value or a typed error, never throws,
// and never quotes the NetworkToken the envelope echoes. The same holds through the clients, for both SDKs.

const TOKEN = "NETpropertyCanary9x";

const status = fc.oneof(
  { weight: 4, arbitrary: fc.constant(200) },
  fc.constantFrom(200, 201, 400, 401, 403, 404, 408, 409, 422, 429, 500, 501, 502, 503),
  fc.integer({ min: 200, max: 599 }).filter((s) => s !== 204 && s !== 205 && s !== 304),
);

const headerText = fc.stringMatching(/^[ -~]{0,24}$/);
const headers = fc.record(
  {
    "retry-after": fc.oneof(
      headerText,
      fc.integer({ min: -10, max: 10 ** 12 }).map(String),
      fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
    ),
    "x-request-id": headerText,
    "content-type": fc.constantFrom("application/json", "text/html", ""),
  },
  { requiredKeys: [] },
);

/** A message that sometimes echoes the token, as HasOffers' own messages do. */
const message = fc.oneof(
  fc.string(),
  fc.constant(`NetworkToken ${TOKEN} is not authenticated`),
  fc.constant("API usage exceeded rate limit. Configured: 50/10s window"),
  fc.constant("Network id is not valid"),
);

const issue = fc.record(
  {
    publicMessage: fc.oneof(message, fc.jsonValue()),
    err_code: fc.oneof(fc.integer(), fc.string(), fc.jsonValue()),
    err_msg: fc.oneof(message, fc.jsonValue()),
    attribute_name: fc.oneof(fc.string(), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

const envelope = fc.record(
  {
    request: fc.record({ NetworkToken: fc.constant(TOKEN), Target: fc.string(), Method: fc.string() }),
    response: fc.oneof(
      fc.record(
        {
          status: fc.oneof(
            { weight: 3, arbitrary: fc.constant(1) },
            fc.constantFrom(-1, 0, "1", "-1", null, true),
            fc.jsonValue(),
          ),
          httpStatus: fc.oneof(fc.integer(), fc.jsonValue()),
          data: fc.oneof(
            fc.jsonValue(),
            fc.record({
              page: fc.jsonValue(),
              pageCount: fc.jsonValue(),
              count: fc.jsonValue(),
              data: fc.jsonValue(),
            }),
            fc.dictionary(fc.integer({ min: 0, max: 500 }).map(String), fc.record({ Offer: fc.jsonValue() })),
          ),
          errors: fc.oneof(fc.array(issue, { maxLength: 3 }), issue, message, fc.jsonValue()),
          errorMessage: fc.oneof(message, fc.constant(null), fc.jsonValue()),
          link: fc.string(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

/** Well-formed answers of both APIs, so that the successes are exercised too. */
const plausible = fc.constantFrom(
  '{"response":{"status":1,"httpStatus":200,"data":{"page":1,"pageCount":1,"count":1,"data":{"7":{"Offer":{"id":"7"}}}},"errors":[]}}',
  '{"response":{"status":1,"httpStatus":200,"data":{"Offer":{"id":"1","name":"x"}},"errors":[]}}',
  '{"response":{"status":1,"httpStatus":200,"data":["1","2"],"errors":[]}}',
  '{"from":"2026-06-01","to":"2026-06-30","currency":"USD","clicks":1,"unique_clicks":1,"conversions":0,"revenue_cents":0,"payout_cents":0}',
  '{"page":2,"page_size":100,"total":101,"has_next":false,"rows":[{"transaction_id":"c","created_at":"2026-06-01T00:00:00Z"}]}',
  '{"status":"approved","conversion_id":5,"duplicate":false}',
);

/** Anything a body can be: text, any JSON, envelopes, envelopes cut off, HTML, and well-formed answers. */
const body = fc.oneof(
  { weight: 2, arbitrary: plausible },
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.json(),
  envelope.map((e) => JSON.stringify(e)),
  fc.tuple(envelope, fc.nat()).map(([e, n]) => {
    const text = JSON.stringify(e);
    return text.slice(0, n % (text.length + 1));
  }),
  fc.constant("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>"),
);

const answer = fc.record({ status, headers, body });

/** One generated answer. */
type Answer = { status: number; headers: Record<string, string>; body: string };

function respond({ status, headers, body }: Answer) {
  return new Response(body, { status, headers });
}

const redact = createRedactor([TOKEN]);
const settings = { redact, retryDelay: 10, random: () => 0.5, now: () => Date.UTC(2026, 5, 30) };
const INTERPRETERS = {
  "raw data": createInterpreter(settings),
  "a findAll page": createInterpreter(settings, (data) => readPage(data, (row) => toModel(row, "Offer"))),
  "a findById row": createInterpreter(settings, (data) => (data == null ? null : toModel(data, "Offer"))),
};

describe("the HasOffers envelope interpreter (property-based)", () => {
  test("never throws on any answer: a value, or a typed HasOffers error without the token", () => {
    const outcomes: string[] = [];
    fc.assert(
      fc.property(answer, fc.constantFrom(...Object.keys(INTERPRETERS)), (a, which) => {
        const interpret = INTERPRETERS[which as keyof typeof INTERPRETERS];
        const verdict = interpret(respond(a), a.body);
        outcomes.push(verdict.ok ? "ok" : verdict.error.name);
        if (verdict.ok) return;
        expect(verdict.error).toBeInstanceOf(HasOffersError);
        expect(typeof verdict.retry).toBe("boolean");
        if (verdict.retryAfterMs !== undefined) {
          expect(Number.isFinite(verdict.retryAfterMs) && verdict.retryAfterMs >= 0).toBe(true);
        }
        const shown = `${verdict.error.message}\n${verdict.error.stack}\n${JSON.stringify(verdict.error)}`;
        expect(shown).not.toContain(TOKEN);
      }),
      { numRuns: 1_000, seed: 5 },
    );
    printTable("HasOffers interpreter over 1,000 arbitrary answers", [
      { runs: outcomes.length, outcomes: formatTally(tally(outcomes)) },
    ]);
  });

  test("a deeply nested answer is read or refused, never a stack overflow out of the call", () => {
    const deep = (depth: number, inner: string) => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;
    for (const text of [
      `{"response":{"status":1,"data":${deep(50_000, '{"1":{"Offer":{}}}')}}}`,
      `{"response":{"status":1,"data":${deep(50_000, "1")}}}`,
      deep(200_000, ""),
    ]) {
      for (const interpret of Object.values(INTERPRETERS)) {
        const verdict = interpret(new Response(text), text);
        if (!verdict.ok) expect(verdict.error).toBeInstanceOf(HasOffersError);
      }
    }
  });
});

describe("through the clients (property-based, injected fetch)", () => {
  const asFetch = (a: Answer) => (async () => respond(a)) as typeof fetch;

  test("HasOffers findAll, findById and call: a value or a typed error, whatever the answer", async () => {
    const classes: string[] = [];
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        const ho = new HasOffers({
          networkId: "net",
          networkToken: TOKEN,
          fetch: asFetch(a),
          maxRetries: 0,
          pacing: false,
        });
        for (const call of [
          () => ho.offers.findAll({ limit: 5 }),
          () => ho.offers.findById(1),
          () => ho.call("Affiliate", "findAllIds"),
        ]) {
          const outcome = await settle(call);
          classes.push(classOf(outcome));
          if (!outcome.ok) {
            expect(outcome.error).toBeInstanceOf(HasOffersError);
            expect(JSON.stringify(outcome.error)).not.toContain(TOKEN);
          }
        }
      }),
      { numRuns: 150, seed: 9 },
    );
    printTable("HasOffers client over 150 arbitrary answers × 3 calls", [
      { calls: classes.length, outcomes: formatTally(tally(classes)) },
    ]);
    expect(classes.every((c) => !c.startsWith("UNTYPED"))).toBe(true);
  });

  test("TrackOfferz summary, clicks page and conversions.create: a value or a typed error, whatever the answer", async () => {
    const classes: string[] = [];
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        const client = new TrackOfferz({ apiKey: "tofz_sk_property", fetch: asFetch(a), maxRetries: 0 });
        const calls: (() => Promise<unknown>)[] = [
          () => client.reports.summary(),
          () => client.reports.clicks({ page: 2 }),
          () => client.conversions.create({ transaction_id: "click_1", payout: 1 }),
        ];
        for (const call of calls) {
          const outcome = await settle(call);
          classes.push(classOf(outcome));
          if (!outcome.ok) {
            expect(outcome.error).toBeInstanceOf(TrackOfferzError);
            expect(outcome.error).toBeInstanceOf(OfferkitError);
          }
        }
      }),
      { numRuns: 150, seed: 13 },
    );
    printTable("TrackOfferz client over 150 arbitrary answers × 3 calls", [
      { calls: classes.length, outcomes: formatTally(tally(classes)) },
    ]);
    expect(classes.every((c) => !c.startsWith("UNTYPED"))).toBe(true);
  });
});
