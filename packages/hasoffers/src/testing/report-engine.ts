import { fail, unknownField } from "./api-failure.js";
import { compareValues } from "./filters.js";
import { asList, type PhpValue } from "./php-params.js";

/** The columns one report offers over its fact rows `F`. */
export interface ReportColumns<F> {
  /** Dimension fields (`Stat.date`, `Offer.name`): grouped on, filtered before aggregation. */
  dims: Record<string, (fact: F) => string | null>;
  /** Summed metrics (`Stat.clicks`, `Stat.payout`). */
  sums: Record<string, (fact: F) => number>;
  /** Metrics computed from the sums of a group (`Stat.ctr`, `Stat.profit`). */
  derived: Record<string, (sums: Record<string, number>) => number>;
  /** Metrics written with 2 decimals (money) rather than as whole numbers. */
  money: ReadonlySet<string>;
  /** Added to the grouping when the call sent no `groups[]` (getConversions: one row per conversion). */
  rowKey?: string;
}

type Op = { op: string; values: string[] };

const REPORT_OPS = new Set([
  "EQUAL_TO",
  "NOT_EQUAL_TO",
  "LESS_THAN",
  "LESS_THAN_OR_EQUAL_TO",
  "GREATER_THAN",
  "GREATER_THAN_OR_EQUAL_TO",
  "BETWEEN",
  "LIKE",
  "NOT_LIKE",
  "NULL",
  "NOT_NULL",
]);

/** Report filter syntax: `filters[F][conditional]=OP&filters[F][values][]=v` (or a bare value / list as EQUAL_TO). */
function parseFilter(field: string, spec: PhpValue): Op {
  if (typeof spec === "string" || Array.isArray(spec)) return { op: "EQUAL_TO", values: asList(spec) };
  const op = typeof spec.conditional === "string" ? spec.conditional.toUpperCase() : "EQUAL_TO";
  if (!REPORT_OPS.has(op)) fail(`Invalid conditional ${op} for ${field}`);
  const values = asList(spec.values);
  if (op === "BETWEEN" && values.length !== 2) fail(`BETWEEN on ${field} needs exactly two values`);
  if (op !== "NULL" && op !== "NOT_NULL" && values.length === 0) fail(`Filter on ${field} needs values`);
  return { op, values };
}

function likeRegex(pattern: string): RegExp {
  let source = "";
  for (const ch of pattern)
    source += ch === "%" ? ".*" : ch === "_" ? "." : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${source}$`, "is");
}

function test({ op, values }: Op, actual: string | number | null): boolean {
  const isNull = actual === null || actual === "";
  if (op === "NULL") return isNull;
  if (op === "NOT_NULL") return !isNull;
  if (actual === null) return false;
  const cmp = (v: string) => compareValues(String(actual), v);
  switch (op) {
    case "EQUAL_TO":
      return values.some((v) => cmp(v) === 0);
    case "NOT_EQUAL_TO":
      return values.every((v) => cmp(v) !== 0);
    case "LESS_THAN":
      return cmp(values[0]!) < 0;
    case "LESS_THAN_OR_EQUAL_TO":
      return cmp(values[0]!) <= 0;
    case "GREATER_THAN":
      return cmp(values[0]!) > 0;
    case "GREATER_THAN_OR_EQUAL_TO":
      return cmp(values[0]!) >= 0;
    case "BETWEEN":
      return cmp(values[0]!) >= 0 && cmp(values[1]!) <= 0;
    case "LIKE":
      return likeRegex(values[0]!).test(String(actual));
    default:
      return !likeRegex(values[0]!).test(String(actual));
  }
}

function positiveInt(value: PhpValue | undefined): number | undefined {
  return typeof value === "string" && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/**
 * Runs a report call (`Report.getStats`, `getConversions`): filters dimensions before and metrics after
 * aggregation, groups by `groups[]` plus the requested dimensions, sorts, pages, and answers
 * `{page, current, count, pageCount, data: [{Stat: {…}, Offer: {…}}], dbSource}` (+ `totals` when asked), every
 * value a string.
 */
export function runReport<F>(
  columns: ReportColumns<F>,
  facts: readonly F[],
  params: Record<string, PhpValue>,
): unknown {
  const known = (f: string) => f in columns.dims || f in columns.sums || f in columns.derived;
  const fields = asList(params.fields);
  if (fields.length === 0) fail("Missing required argument: fields");
  for (const f of fields) if (!known(f)) unknownField(f);
  const groups = asList(params.groups);
  for (const g of groups) if (!(g in columns.dims)) unknownField(g);
  const key = [...new Set([...groups, ...fields.filter((f) => f in columns.dims)])];
  if (groups.length === 0 && columns.rowKey && !key.includes(columns.rowKey)) key.push(columns.rowKey);

  const dimFilters: [string, Op][] = [];
  const metricFilters: [string, Op][] = [];
  const filters = params.filters;
  if (filters !== undefined && typeof filters !== "string" && !Array.isArray(filters)) {
    for (const [field, spec] of Object.entries(filters)) {
      if (!known(field)) unknownField(field);
      (field in columns.dims ? dimFilters : metricFilters).push([field, parseFilter(field, spec)]);
    }
  }
  const start = typeof params.data_start === "string" ? params.data_start : undefined;
  const end = typeof params.data_end === "string" ? params.data_end : undefined;
  if ((start || end) && "Stat.date" in columns.dims) {
    dimFilters.push(["Stat.date", { op: "BETWEEN", values: [start ?? "0000-00-00", end ?? "9999-12-31"] }]);
  }

  const groupsByKey = new Map<
    string,
    { dims: Record<string, string | null>; sums: Record<string, number> }
  >();
  for (const fact of facts) {
    if (!dimFilters.every(([f, op]) => test(op, columns.dims[f]!(fact)))) continue;
    const dims = Object.fromEntries(key.map((f) => [f, columns.dims[f]!(fact)]));
    const id = JSON.stringify(key.map((f) => dims[f]));
    let group = groupsByKey.get(id);
    if (!group) {
      group = { dims, sums: Object.fromEntries(Object.keys(columns.sums).map((m) => [m, 0])) };
      groupsByKey.set(id, group);
    }
    for (const [m, read] of Object.entries(columns.sums)) group.sums[m]! += read(fact);
  }
  const metric = (sums: Record<string, number>, f: string) =>
    f in columns.sums ? sums[f]! : columns.derived[f]!(sums);
  const value = (g: { dims: Record<string, string | null>; sums: Record<string, number> }, f: string) =>
    f in columns.dims ? g.dims[f]! : metric(g.sums, f);
  let rows = [...groupsByKey.values()].filter((g) =>
    metricFilters.every(([f, op]) => test(op, metric(g.sums, f))),
  );

  const sort =
    params.sort && typeof params.sort !== "string" && !Array.isArray(params.sort) ? params.sort : {};
  const order = Object.entries(sort).map(([f, dir]): [string, number] => {
    if (!known(f)) unknownField(f);
    return [f, typeof dir === "string" && dir.toLowerCase() === "desc" ? -1 : 1];
  });
  for (const f of key) order.push([f, 1]);
  rows.sort((a, b) => {
    for (const [f, dir] of order) {
      const c = compareValues(value(a, f), value(b, f));
      if (c !== 0) return c * dir;
    }
    return 0;
  });

  const format = (f: string, v: string | number | null) =>
    typeof v === "number" ? (columns.money.has(f) || !Number.isInteger(v) ? v.toFixed(2) : String(v)) : v;
  const shape = (pick: (f: string) => string | number | null, only: readonly string[]) => {
    const out: Record<string, Record<string, string | null>> = {};
    for (const f of only) {
      const [model, name] = f.split(".") as [string, string];
      out[model] ??= {};
      out[model][name] = format(f, pick(f));
    }
    return out;
  };
  const count = rows.length;
  const limit = positiveInt(params.limit);
  const page = positiveInt(params.page) ?? 1;
  const all = rows;
  if (limit !== undefined) rows = rows.slice((page - 1) * limit, page * limit);
  const answer: Record<string, unknown> = {
    page,
    current: rows.length,
    count,
    pageCount: limit === undefined ? (count > 0 ? 1 : 0) : Math.ceil(count / limit),
    data: rows.map((g) => shape((f) => value(g, f), fields)),
    dbSource: "branddb",
  };
  if (typeof params.totals === "string" && ["1", "true"].includes(params.totals.toLowerCase())) {
    const sums = Object.fromEntries(Object.keys(columns.sums).map((m) => [m, 0]));
    for (const g of all) for (const m of Object.keys(sums)) sums[m]! += g.sums[m]!;
    const metricsOnly = fields.filter((f) => !(f in columns.dims));
    answer.totals = shape((f) => metric(sums, f), metricsOnly);
  }
  return answer;
}
