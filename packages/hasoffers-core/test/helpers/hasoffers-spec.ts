import { loadSpec, type Mismatch, pointerSegment } from "./spec-validator.js";

/*
 * The HasOffers spec models each RPC `Target`/`Method` as a pseudo-path `/Target/Method` whose 200 answer is the
 * envelope (`allOf`: the shared Envelope, then the method's own `response.data`). These helpers find that `data`
 * schema and validate a payload against it.
 */

export const hasoffersSpec = loadSpec("hasoffers.openapi.yaml");

interface EnvelopePart {
  properties?: { response?: { properties?: { data?: unknown } } };
}

/** The JSON pointer of the `data` schema of `Target.Method`, or `undefined` when the spec has no such method. */
export function dataSchemaPointer(target: string, method: string): string | undefined {
  const path = `/${target}/${method}`;
  const operations = hasoffersSpec.doc.paths[path];
  if (!operations) return undefined;
  const [verb, operation] = Object.entries(operations)[0] ?? [];
  const schema = operation?.responses["200"] as
    | { content: { "application/json": { schema: { allOf: EnvelopePart[] } } } }
    | undefined;
  const parts = schema?.content["application/json"].schema.allOf ?? [];
  const index = parts.findIndex((part) => part.properties?.response?.properties?.data !== undefined);
  if (index === -1) return undefined;
  return [
    "/paths",
    pointerSegment(path),
    verb,
    "responses/200/content/application~1json/schema/allOf",
    index,
    "properties/response/properties/data",
  ].join("/");
}

/** Every `Target.Method` the spec declares. */
export function specMethods(): string[] {
  return Object.keys(hasoffersSpec.doc.paths).map((path) => path.slice(1).replace("/", "."));
}

/** How `data` of a successful `Target.Method` answer breaks the spec (`[]` when it conforms). */
export function checkData(target: string, method: string, data: unknown): Mismatch[] {
  const pointer = dataSchemaPointer(target, method);
  if (!pointer) return [{ path: "/", value: `${target}.${method}`, problem: "no such method in the spec" }];
  return hasoffersSpec.check(pointer, data);
}
