import type { EventType } from "../types.js";
import { EVENT_TYPES } from "./catalog.js";
import { fail } from "./problem.js";
import type { ConversionInput, FakeState, StoredConversion } from "./state.js";

const FIELDS = [
  "transaction_id",
  "event_type",
  "payout_cents",
  "sale_amount_cents",
  "currency",
  "custom_data",
];

/** Parses and validates a `POST /conversions` body as the contract's field table says (400/422 with `param`). */
export function parseConversion(text: string): ConversionInput {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    fail(400, "invalid_json", "The request body is not valid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    fail(400, "invalid_json", "The request body must be a JSON object");
  }
  const input = body as Record<string, unknown>;
  const invalid = (param: string, message: string): never => fail(422, "validation_failed", message, param);
  for (const key of Object.keys(input)) if (!FIELDS.includes(key)) invalid(key, `Unknown field: ${key}`);
  const { transaction_id, event_type, payout_cents, sale_amount_cents, currency, custom_data } = input;
  if (transaction_id === undefined) invalid("transaction_id", "transaction_id is required");
  if (typeof transaction_id !== "string" || !/^[A-Za-z0-9_.:-]{1,128}$/.test(transaction_id)) {
    invalid("transaction_id", "transaction_id must be 1..128 characters of A-Z a-z 0-9 _ . : -");
  }
  if (event_type !== undefined && !EVENT_TYPES.includes(event_type as EventType)) {
    invalid("event_type", `event_type must be one of ${EVENT_TYPES.join(", ")}`);
  }
  if (payout_cents !== undefined) {
    if (!Number.isSafeInteger(payout_cents)) invalid("payout_cents", "payout_cents must be an integer");
    if ((payout_cents as number) < 0 && event_type !== "refund") {
      invalid("payout_cents", "payout_cents may be negative only for event_type refund");
    }
  }
  if (
    sale_amount_cents !== undefined &&
    !(Number.isSafeInteger(sale_amount_cents) && (sale_amount_cents as number) >= 0)
  ) {
    invalid("sale_amount_cents", "sale_amount_cents must be an integer >= 0");
  }
  if (currency !== undefined && !(typeof currency === "string" && /^[A-Z]{3}$/.test(currency))) {
    invalid("currency", "currency must be an ISO 4217 code of three upper-case letters");
  }
  if (custom_data !== undefined) checkCustomData(custom_data, invalid);
  return input as unknown as ConversionInput;
}

function checkCustomData(value: unknown, invalid: (param: string, message: string) => never): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    invalid("custom_data", "custom_data must be an object");
  }
  const entries = Object.entries(value as object);
  if (entries.length > 20) invalid("custom_data", "custom_data may have at most 20 keys");
  for (const [, v] of entries) {
    const flat =
      typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
    if (!flat) invalid("custom_data", "custom_data values must be strings, numbers or booleans");
  }
}

/** The answer to a valid conversion: the existing one (200, duplicate) or a new one (201). */
export function ingest(state: FakeState, input: ConversionInput): { status: 200 | 201; body: unknown } {
  const existing = state.findConversion(input.transaction_id);
  if (existing) return { status: 200, body: result(existing, true) };
  const click = state.findClick(input.transaction_id);
  if (!click) {
    fail(
      404,
      "click_not_found",
      "No click matched transaction_id within the attribution window",
      "transaction_id",
    );
  }
  return { status: 201, body: result(state.record(input, click), false) };
}

function result(conversion: StoredConversion, duplicate: boolean) {
  return { status: conversion.status, conversion_id: conversion.conversion_id, duplicate };
}
