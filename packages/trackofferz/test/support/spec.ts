import { readFileSync } from "node:fs";
import type { FakeExchange } from "@offerkit/trackofferz/testing";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

/** The TrackOfferz OpenAPI document, parsed. */
export const spec = parse(
  readFileSync(new URL("../../../../specs/trackofferz.openapi.yaml", import.meta.url), "utf8"),
);

type Json = Record<string, any>;

/**
 * A copy of the spec's schemas for testing only: objects that declare `properties` but say nothing about extra
 * ones are closed, so a field the fake sends and the spec lacks is a failure. (The spec itself stays open, as a
 * careful API's should, so clients tolerate fields added later.)
 */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (typeof node !== "object" || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node))
    out[key] = key === "properties" ? mapValues(value, closeObjects) : closeObjects(value);
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

function mapValues(object: Json, fn: (value: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, fn(v)]));
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const defs = JSON.parse(
  JSON.stringify(closeObjects(spec.components.schemas)).replaceAll("#/components/schemas/", "#/$defs/"),
);
ajv.addSchema({ $id: "trackofferz", $defs: defs });

const compiled = new Map<string, ValidateFunction>();

/** A validator for a schema as the spec writes it (`{ $ref: "#/components/schemas/X" }` or inline). */
export function validatorFor(schema: Json): ValidateFunction {
  const text = JSON.stringify(closeObjects(schema)).replaceAll(
    "#/components/schemas/",
    "trackofferz#/$defs/",
  );
  let validate = compiled.get(text);
  if (!validate) {
    validate = ajv.compile(JSON.parse(text));
    compiled.set(text, validate);
  }
  return validate;
}

/** Follows a local `$ref` to a component. */
export function resolve(node: Json): Json {
  if (typeof node?.$ref !== "string") return node;
  const path = (node.$ref as string).replace(/^#\//, "").split("/");
  return resolve(path.reduce((at: Json, key) => at[key], spec));
}

/** The spec's response object for an operation and status (exact, then `5XX`-style range). */
export function responseFor(method: string, path: string, status: number): Json | undefined {
  const operation = spec.paths[path]?.[method.toLowerCase()];
  const responses = operation?.responses ?? {};
  const found = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  return found ? resolve(found) : undefined;
}

/** Unknown routes are no operation of the spec; their 404 must still be the contract's error answer. */
const UNKNOWN_ROUTE: Json = {
  headers: { "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" } },
  content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } },
};

/**
 * Every way an answer of the fake departs from the spec: an undocumented status, a missing or mistyped required
 * header, a body that is not JSON or does not match the response schema.
 */
export function violations(exchange: FakeExchange): string[] {
  const { request, status, headers, body } = exchange;
  const where = `${request.method} ${request.path} → ${status}`;
  const known = spec.paths[request.path]?.[request.method.toLowerCase()] !== undefined;
  const response = known
    ? responseFor(request.method, request.path, status)
    : status === 404
      ? UNKNOWN_ROUTE
      : undefined;
  if (!response) return [`${where}: status not documented`];
  const problems: string[] = [];
  for (const [name, header] of Object.entries<Json>(response.headers ?? {})) {
    const h = resolve(header);
    const value = headers[name.toLowerCase()];
    if (value === undefined) {
      if (h.required) problems.push(`${where}: missing header ${name}`);
    } else if (h.schema?.type === "integer" && !/^-?\d+$/.test(value)) {
      problems.push(`${where}: header ${name} is not an integer (${value})`);
    }
  }
  const media = response.content?.["application/json"];
  if (!media) return [...problems, `${where}: no JSON content documented`];
  if (!/^application\/json\b/.test(headers["content-type"] ?? ""))
    problems.push(`${where}: content-type is not JSON`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [...problems, `${where}: body is not JSON`];
  }
  const validate = validatorFor(media.schema);
  if (!validate(parsed)) {
    for (const e of validate.errors ?? []) problems.push(`${where}: body${e.instancePath} ${e.message}`);
  }
  return problems;
}
