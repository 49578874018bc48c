import { type CallOptions, describeValue } from "@offerkit/request-engine";
import { invalid } from "../internal/errors.js";
import { encodeFilters } from "../internal/filters.js";
import type { Rpc } from "../internal/rpc.js";
import { encodeSort } from "../internal/sort.js";
import type { Id } from "./options.js";
import { encodeReportFilters } from "./report-filters.js";

/** The wire parameters of one call. */
export type Params = Record<string, unknown>;

/** Turns the envelope's `data` into the method's result; `params` are the ones sent. A throw is a wrong shape. */
export type Decode = (data: unknown, params: Params) => unknown;

/**
 * One wire method of a manager: how its arguments become parameters, how the answer becomes its result, and the
 * wire method's name when it differs from the SDK method's. `args` holds one token per positional argument, in
 * wire order; the argument after the last is the per-call `CallOptions`:
 * - `name`: the argument as is;
 * - `#name`: an id, checked ({@link checkId});
 * - `*name`: a list of ids, each checked;
 * - `?a,b`: an options object (may be left out), its fields sent under their snake_case names (`returnObject` →
 *   `return_object`); `filters`, `sort`, `limit` and `page` are encoded and checked, bare sort fields qualified
 *   with the model after a colon (`?sort:Stat`), by default the manager's;
 * - `~Model`: the finder options, `?filters,sort,limit,page,fields,contain:Model`.
 * Methods that change something are recognised by their wire name and not blindly repeated (see `Rpc.call`).
 */
export type MethodSpec = readonly [args: string, decode: Decode, wire?: string];

/** A manager method at run time; each manager's interface gives its precise type. */
export type Method = (...args: any[]) => Promise<any>;

/** A manager's methods: specs run by {@link defineMethods}, or hand-written functions. */
export type MethodTable = Record<string, MethodSpec | Method>;

// Writes a token's argument into the parameters.
type Put = (params: Params, arg: any) => void;

/**
 * Builds a manager's methods from its table, each `async` so a refused argument rejects like a failed call.
 * Tokens are read once here; a call only runs their checks and encoders.
 */
export function defineMethods(
  rpc: Rpc,
  target: string,
  model: string,
  table: MethodTable,
): Record<string, Method> {
  const methods: Record<string, Method> = {};
  for (const [name, spec] of Object.entries(table)) {
    if (typeof spec === "function") {
      methods[name] = spec;
      continue;
    }
    const [args, decode, wire = name] = spec;
    const puts = args
      .split(" ")
      .filter(Boolean)
      .map((token) => compile(token, model));
    methods[name] = async (...values: unknown[]) => {
      const params: Params = {};
      for (let i = 0; i < puts.length; i++) puts[i]!(params, values[i]);
      return rpc.call(target, wire, params, {
        ...(values[puts.length] as CallOptions | undefined),
        decode: (data) => decode(data, params),
      });
    };
  }
  return methods;
}

function compile(token: string, model: string): Put {
  const name = token.slice(1);
  switch (token[0]) {
    case "#":
      return (params, id: Id) => {
        params[name] = checkId(id);
      };
    case "*":
      return (params, ids: readonly Id[]) => {
        params[name] = checkIds(ids, name);
      };
    case "~":
      return compile(`?filters,sort,limit,page,fields,contain:${name || model}`, model);
    case "?": {
      const [list = "", sortModel = model] = name.split(":");
      const fields = list
        .split(",")
        .map((field) => [field, field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]);
      return (params, options: Params | undefined) => {
        const given = checkOptions(options);
        for (const [field, wire] of fields) params[wire!] = option(field!, given[field!], sortModel);
      };
    }
  }
  return (params, value: unknown) => {
    params[token] = value;
  };
}

/** One field of an options object on the wire; report filters (model `Stat`) have their own syntax. */
function option(field: string, value: any, model: string): unknown {
  switch (field) {
    case "filters":
      return model === "Stat" ? encodeReportFilters(value) : encodeFilters(value);
    case "sort":
      return encodeSort(value, model);
    case "limit":
    case "page":
      return checkPositive(value, field);
  }
  return value;
}

/**
 * Checks an id before it goes on the wire (an empty or non-finite id would silently match nothing or everything).
 * `param` names the argument in the `ValidationError`.
 */
export function checkId(id: Id, param = "id"): Id {
  if ((Number.isInteger(id) && (id as number) >= 0) || (typeof id === "string" && id.trim() !== ""))
    return id;
  throw invalid(`Invalid ${param} ${describeValue(id)}`, param, "invalid_id");
}

/** Checks a list of ids (`findAllByIds`): an array, each id checked. */
export function checkIds(ids: readonly Id[], param = "ids"): Id[] {
  if (!Array.isArray(ids))
    throw invalid(`${param} must be an array of ids, got ${describeValue(ids)}`, param, "invalid_parameter");
  return ids.map((id) => checkId(id, param));
}

/** Checks an options argument: left out (`{}`) or an object; `null` or a string is refused, not read. */
export function checkOptions<T extends object>(options: T | undefined, param = "options"): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== "object")
    throw invalid(`${param} must be an object, got ${describeValue(options)}`, param, "invalid_parameter");
  return options;
}

/** Checks an optional positive integer (`limit`, `page`, `pageSize`). */
export function checkPositive(value: number | undefined, param: string): number | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= 1)) return value;
  throw invalid(`${param} must be a positive integer`, param, `invalid_${param}`);
}
