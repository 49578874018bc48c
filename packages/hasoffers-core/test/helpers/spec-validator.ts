import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import { parse } from "yaml";

/*
 * Validation against the handwritten OpenAPI 3.1 specs, whose schemas are JSON Schema 2020-12. The whole spec is
 * registered as one document so a schema anywhere in it (a response of an operation) is compiled by JSON pointer
 * and its `#/components/...` references resolve as they do for the type generator. (The HasOffers answers use no
 * `format`; strict mode refuses one it does not know, so adding one to the spec says to load ajv-formats here.)
 */

/** The repository's `specs/` folder. */
export const SPECS = join(import.meta.dirname, "../../../../specs");

/** One way a value breaks its schema: where in the value, the value there, and what the schema wanted. */
export interface Mismatch {
  path: string;
  value: unknown;
  problem: string;
}

/** A spec loaded for validation. */
export interface SpecValidator {
  /** The parsed spec, for finding operations and their response schemas. */
  readonly doc: SpecDoc;
  /** Validates `value` against the schema at `pointer` (a JSON pointer into the spec, `/paths/...`). */
  check(pointer: string, value: unknown): Mismatch[];
}

/** The parts of an OpenAPI document the tests read. */
export interface SpecDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses?: Record<string, Response> };
}

export interface Operation {
  operationId: string;
  responses: Record<string, Response | { $ref: string }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
}

export interface Response {
  content?: Record<string, { schema: unknown; examples?: Record<string, { value: unknown }> }>;
}

// The top-level fields of an OpenAPI document, which Ajv sees as keywords of the document it registers.
const OPENAPI_FIELDS = ["openapi", "info", "servers", "security", "tags", "paths", "components", "webhooks"];

/** A JSON pointer segment (`/Offer/findAll` → `~1Offer~1findAll`). */
export const pointerSegment = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** Loads `specs/<file>` and prepares a validator over it. */
export function loadSpec(file: string): SpecValidator {
  const doc = parse(readFileSync(join(SPECS, file), "utf8")) as SpecDoc;
  const id = `https://offerkit.test/specs/${file}`;
  // Strict, so a keyword the validator does not know (a typo, an OpenAPI 3.0 `nullable`) fails loudly instead of
  // being skipped; the document's own top-level fields and OpenAPI's `example` are declared as annotations.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  ajv.addVocabulary([...OPENAPI_FIELDS, "example"]);
  ajv.addSchema(doc as object, id);
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  return {
    doc,
    check(pointer, value) {
      let validate = compiled.get(pointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `${id}#${pointer}` });
        compiled.set(pointer, validate);
      }
      if (validate(value)) return [];
      return mismatches(validate.errors ?? [], value);
    },
  };
}

/**
 * The errors that say what is wrong. A `oneOf` reports every branch's failure plus its own; the deepest errors
 * point at the field that broke, so only errors no other error lies under are kept.
 */
function mismatches(errors: ErrorObject[], root: unknown): Mismatch[] {
  const deepest = errors.filter(
    (e) =>
      !errors.some((other) => other !== e && other.instancePath.startsWith(`${e.instancePath}/`)) &&
      e.keyword !== "oneOf" &&
      e.keyword !== "anyOf",
  );
  const kept = deepest.length > 0 ? deepest : errors;
  const seen = new Set<string>();
  const out: Mismatch[] = [];
  for (const e of kept) {
    const problem = `${e.message ?? e.keyword} (${e.schemaPath})`;
    const key = `${e.instancePath} ${problem}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: e.instancePath || "/", value: at(root, e.instancePath), problem });
  }
  return out;
}

function at(root: unknown, pointer: string): unknown {
  let value = root;
  for (const part of pointer.split("/").slice(1)) {
    const key = part.replaceAll("~1", "/").replaceAll("~0", "~");
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}
