import { ApiFailure, type ErrorItem } from "./api-failure.js";
import { fieldLabel, type ModelSpec, type Row, type StampFormat, type Wire } from "./models/spec.js";
import type { PhpValue } from "./php-params.js";

const TRUE_WORDS = new Set(["1", "true", "yes", "on"]);
const FALSE_WORDS = new Set(["0", "false", "no", "off", ""]);

/** `YYYY-MM-DD HH:MM:SS` (UTC stands in for the network's timezone). */
export function formatDatetime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

function stamp(format: StampFormat, nowMs: number): Wire {
  return format === "epoch" ? Math.floor(nowMs / 1000) : formatDatetime(nowMs);
}

/** Normalises one sent value by the field's type; returns an error item when the value is not acceptable. */
function normalise(spec: ModelSpec, field: string, value: PhpValue): { value: Wire } | { error: ErrorItem } {
  const invalid = (err_msg: string) => ({ error: { err_code: 3, err_msg, attribute_name: field } });
  if (typeof value !== "string") return invalid(`${fieldLabel(field)} is not valid.`);
  const type = spec.types[field] ?? "string";
  switch (type) {
    case "enum": {
      const allowed = spec.enums[field] ?? [];
      if (!allowed.includes(value))
        return invalid(`${fieldLabel(field)} must be one of: ${allowed.join(", ")}`);
      return { value };
    }
    case "int":
      if (value === "") return { value: null };
      return /^-?\d+$/.test(value.trim())
        ? { value: String(Number(value)) }
        : invalid(`${fieldLabel(field)} is not valid.`);
    case "bool": {
      const word = value.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: "1" };
      if (FALSE_WORDS.has(word)) return { value: "0" };
      return invalid(`${fieldLabel(field)} is not valid.`);
    }
    case "dec5":
    case "dec2": {
      if (value === "") return { value: null };
      const n = Number(value);
      if (!Number.isFinite(n)) return invalid(`${fieldLabel(field)} is not valid.`);
      return { value: n.toFixed(type === "dec5" ? 5 : 2) };
    }
    case "url":
      // The recorded update sent `offer_url=test.com` and read back `http://test.com`.
      return { value: value === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}` };
    default:
      return { value };
  }
}

function isBlank(value: Wire | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Applies a `data[…]` payload to a record: read-only and unknown fields are ignored (as the API ignores them),
 * values are checked and normalised, timestamps set, and on create every required field must be non-blank.
 * Throws {@link ApiFailure} with the API's validation shape (err_code 1 blank, 3 invalid; `publicMessage` on the
 * first item only) when anything is wrong, leaving the record untouched.
 */
export function applyData(
  spec: ModelSpec,
  current: Row | undefined,
  data: Record<string, PhpValue>,
  nowMs: number,
): Row {
  const creating = current === undefined;
  const row: Row = creating ? { ...spec.template } : { ...current };
  const errors: ErrorItem[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (!(field in spec.template) || spec.readOnly.includes(field) || spec.writeOnly?.includes(field))
      continue;
    const result = normalise(spec, field, value);
    if ("error" in result) errors.push(result.error);
    else row[field] = result.value;
  }
  if (creating) {
    const blanks: ErrorItem[] = spec.required
      .filter((field) => isBlank(row[field]) && isBlank(data[field] as Wire | undefined))
      .map((field) => ({
        err_code: 1,
        err_msg: `${fieldLabel(field)} cannot be blank.`,
        attribute_name: field,
      }));
    errors.unshift(...blanks);
  }
  if (errors.length > 0) {
    errors[0] = { ...errors[0], publicMessage: `Could not ${creating ? "create" : "update"} ${spec.label}.` };
    throw new ApiFailure(errors);
  }
  const stamps = creating ? spec.createdStamps : spec.modifiedStamps;
  for (const [field, format] of Object.entries(stamps ?? {})) {
    if (creating && !isBlank(row[field]) && row[field] !== spec.template[field]) continue;
    row[field] = stamp(format, nowMs);
  }
  return row;
}
