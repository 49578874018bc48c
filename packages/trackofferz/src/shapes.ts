import type { Breakdown, ClicksPage, ConversionResult, ConversionsPage, Summary } from "./types.js";

// Cheap structural checks of 2xx bodies: enough to turn a proxy's or a broken server's answer into an
// InvalidResponseError instead of a TypeError deep in the caller's code. Full schema checks live in the tests.

/** A runtime check that a parsed body has the shape a call promises. */
export type Shape<T> = (body: unknown) => body is T;

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const has = (value: Fields, type: string, keys: readonly string[]) =>
  keys.every((key) => typeof value[key] === type);

const TOTALS = ["clicks", "unique_clicks", "conversions", "revenue_cents", "payout_cents"] as const;

const rowsOf = (value: Fields, check: (row: Fields) => boolean) =>
  Array.isArray(value.rows) && value.rows.every((row) => isRecord(row) && check(row));

export const isSummary: Shape<Summary> = (body): body is Summary =>
  isRecord(body) && has(body, "number", TOTALS) && has(body, "string", ["from", "to", "currency"]);

export const isBreakdown: Shape<Breakdown> = (body): body is Breakdown =>
  isRecord(body) && rowsOf(body, (row) => has(row, "string", ["key", "label"]) && has(row, "number", TOTALS));

const isPage = (body: unknown, rowKey: string, rowKeyType: string) =>
  isRecord(body) &&
  has(body, "number", ["page", "page_size", "total"]) &&
  typeof body.has_next === "boolean" &&
  rowsOf(body, (row) => typeof row[rowKey] === rowKeyType && typeof row.created_at === "string");

export const isClicksPage: Shape<ClicksPage> = (body): body is ClicksPage =>
  isPage(body, "transaction_id", "string");

export const isConversionsPage: Shape<ConversionsPage> = (body): body is ConversionsPage =>
  isPage(body, "conversion_id", "number");

export const isConversionResult: Shape<ConversionResult> = (body): body is ConversionResult =>
  isRecord(body) &&
  typeof body.conversion_id === "number" &&
  typeof body.status === "string" &&
  typeof body.duplicate === "boolean";
