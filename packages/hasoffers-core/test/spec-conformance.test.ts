import { afterAll, describe, expect, test } from "vitest";
import { HasOffers } from "../../hasoffers/src/index.js";
import { allTargets } from "../../hasoffers/src/testing/handlers/index.js";
import { get, loadInteractions, plain } from "../../hasoffers/test/helpers/ordered-fixture.js";
import { callFake, fakeNetwork } from "./helpers/fake-calls.js";
import { FAKE_ONLY, SCENARIOS } from "./helpers/fake-scenarios.js";
import { checkData, specMethods, undeclaredFields } from "./helpers/hasoffers-spec.js";

/*
 * specs/hasoffers.openapi.yaml is where the SDK's types come from, so a field it types wrongly is a wrong type in
 * every user's editor. The recorded traffic is the truth: every successful recorded answer must fit the `data`
 * schema the spec declares for its Target/Method. The fake (packages/hasoffers/src/testing), which the SDK's tests
 * talk to, must answer every method of the spec the same way, so its answers cannot drift from the spec's shapes
 * and types, nor send a model field the spec does not declare (the schemas themselves are open, so that is a
 * check of its own). A failure lists each field that does not fit (path in `data`, the value sent, what the schema
 * wanted), or each undeclared field. The fake's scenarios share one fake and run in order, so run the file whole, not one test with `-t`.
 */

const succeeded = loadInteractions().flatMap((interaction) => {
  const query = new Map(interaction.query);
  const target = query.get("Target");
  const method = query.get("Method");
  if (!target || !method || get(interaction.json, "response", "status") !== 1) return [];
  const data = plain(get(interaction.json, "response", "data") ?? null);
  return [{ name: `${interaction.file}#${interaction.index} ${target}.${method}`, target, method, data }];
});

describe("recorded HasOffers answers fit the spec", () => {
  test("the fixtures hold successful answers to check", () => {
    expect(succeeded.length).toBeGreaterThan(100);
  });

  test.each(succeeded)("$name", ({ target, method, data }) => {
    expect(checkData(target, method, data)).toEqual([]);
    expect(undeclaredFields(data)).toEqual([]);
  });
});

describe("the fake's answers fit the spec", () => {
  // One fake for the whole list, called in order: writes early in the list give the later finders relations,
  // approvals and tags to answer with.
  const fake = fakeNetwork();
  afterAll(() => fake.close());

  test.each(SCENARIOS.map((s) => ({ ...s, name: `${s.method}: ${s.label}` })))("$name", async (scenario) => {
    const { response } = await callFake(fake, scenario);
    expect(response.errorMessage).toBeNull();
    expect(response.status).toBe(1);
    const [target = "", method = ""] = scenario.method.split(".");
    expect(checkData(target, method, response.data)).toEqual([]);
    expect(undeclaredFields(response.data)).toEqual([]);
  });

  test("every method of the spec is among the calls above", () => {
    const called = new Set(SCENARIOS.map((s) => s.method));
    expect(specMethods().filter((m) => !called.has(m))).toEqual([]);
  });

  test("the fake answers no method outside the spec but three the SDK's managers do not offer", () => {
    const inSpec = new Set(specMethods());
    const answered = Object.entries(allTargets()).flatMap(([target, handlers]) =>
      Object.keys(handlers).map((method) => `${target}.${method}`),
    );
    expect(answered.filter((m) => !inSpec.has(m)).sort()).toEqual(FAKE_ONLY);
    const ho = new HasOffers({ networkId: "n", networkToken: "NETx", fetch: fake.fetch });
    expect([ho.conversions, ho.goals, ho.tags].map((manager) => "findAllIds" in manager)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
