import { requestUrl } from "@offerkit/trackofferz-core";
import { describe, expectTypeOf, test } from "vitest";

describe("requestUrl types", () => {
  test("takes the spec's query parameters of the path", () => {
    expectTypeOf(requestUrl("http://x", "/reports/summary", { from: "2026-06-01" })).toEqualTypeOf<string>();
    // @ts-expect-error `fromm` is not a parameter of /reports/summary
    requestUrl("http://x", "/reports/summary", { fromm: "2026-06-01" });
    // @ts-expect-error page_size is a number
    requestUrl("http://x", "/reports/clicks", { page_size: "1000" });
  });
});
