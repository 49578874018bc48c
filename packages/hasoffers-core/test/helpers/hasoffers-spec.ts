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

type ModelSchemas = Record<string, { properties?: Record<string, unknown> }>;

/**
 * The model fields in `data` that the spec does not declare, as `/path/Model.field`. The spec's model schemas are
 * open (JSON Schema allows any extra field, and the `allOf` compositions make closing them a larger change), so
 * `checkData` alone would let a field the spec lacks through. Wherever a key names a model with properties
 * (`Offer`, `Country`…), its value, or each row of its keyed collection, may hold only that model's fields.
 */
export function undeclaredFields(data: unknown, path = ""): string[] {
  const schemas = hasoffersSpec.doc.components.schemas as ModelSchemas;
  if (data === null || typeof data !== "object") return [];
  const entries = Array.isArray(data) ? data.map((v, i) => [String(i), v] as const) : Object.entries(data);
  return entries.flatMap(([key, value]) => {
    const here = `${path}/${key}`;
    const declared = schemas[key]?.properties;
    const found: string[] = [];
    if (declared && isRecord(value)) {
      const rows = Object.values(value);
      // A keyed collection (`{"ES": {...}}`) holds rows; a record holds the model's own fields.
      for (const row of rows.length > 0 && rows.every(isRecord) ? rows : [value])
        for (const field of Object.keys(row as object))
          if (!(field in declared)) found.push(`${here}.${field}`);
    }
    return [...found, ...undeclaredFields(value, here)];
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);
