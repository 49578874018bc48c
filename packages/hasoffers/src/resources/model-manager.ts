import { ValidationError } from "@offerkit/errors";
import type { CallOptions } from "@offerkit/request-engine";
import { SDK } from "../internal/errors.js";
import { encodeFilters, type Filters } from "../internal/filters.js";
import { isRow, toModel } from "../internal/normalize.js";
import { type Page, readPage } from "../internal/page.js";
import type { ContainName, RelationMap, WithRelations } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { encodeSort, type Sort } from "../internal/sort.js";
import { iteratePages } from "./iterate.js";
import type {
  CountOptions,
  FieldOf,
  FindAllOptions,
  FindOptions,
  Id,
  IterateOptions,
  WriteOptions,
} from "./options.js";

/**
 * The finders and writes every HasOffers model shares (`findAll`, `iterate`, `count`, `findById`, `findAllByIds`,
 * `create`, `update`, `updateField`), written once. `M` is the model's wire type, `D` its writable data, `R` its
 * relations by `contain` name. Rows keep the API's wire names and types (mostly strings).
 */
export class ModelManager<M extends object, D extends object, R extends RelationMap> {
  /** The HasOffers Target (`Offer`, `Advertiser`…). */
  readonly target: string;
  protected readonly rpc: Rpc;
  protected readonly relations: R;

  constructor(rpc: Rpc, target: string, relations: R) {
    this.rpc = rpc;
    this.target = target;
    this.relations = relations;
  }

  /**
   * One page of rows matching `filters`, in the server's order, with the paging metadata. Without `limit`
   * HasOffers returns every matching row at once.
   *
   * @example
   * const page = await ho.offers.findAll({ filters: { status: "active", id: { gt: 100 } }, sort: "-id", limit: 50 });
   */
  async findAll<C extends ContainName<R> = never>(
    options: FindAllOptions<M, R, C> = {},
    call?: CallOptions,
  ): Promise<Page<WithRelations<M, R, C>>> {
    return this.rpc.call(this.target, "findAll", this.findAllParams(options), {
      ...call,
      decode: (data) => readPage(data, (record) => this.toRow<C>(record)),
    });
  }

  /**
   * Every matching row, page after page (`pageSize` per request, default 100).
   *
   * @example
   * for await (const offer of ho.offers.iterate({ filters: { status: "active" } })) console.log(offer.name);
   */
  iterate<C extends ContainName<R> = never>(
    options: IterateOptions<M, R, C> = {},
  ): AsyncGenerator<WithRelations<M, R, C>> {
    return iteratePages((page, limit, call) => this.findAll<C>({ ...options, page, limit }, call), options);
  }

  /** How many rows match, without fetching them (one request for a single row, reading the total). */
  async count(options: CountOptions<M> = {}, call?: CallOptions): Promise<number> {
    const page = await this.findAll(
      { filters: options.filters, limit: 1, fields: ["id" as FieldOf<M>] },
      call,
    );
    return page.count;
  }

  /** One row, or `null` when there is none. */
  async findById<C extends ContainName<R> = never>(
    id: Id,
    options: FindOptions<M, R, C> = {},
    call?: CallOptions,
  ): Promise<WithRelations<M, R, C> | null> {
    const params = { id: checkId(id), fields: options.fields, contain: options.contain };
    return this.rpc.call(this.target, "findById", params, {
      ...call,
      decode: (data) => (data === null || data === undefined || data === "" ? null : this.toRow<C>(data)),
    });
  }

  /** Several rows by id, in the server's order; ids that do not exist are left out. */
  async findAllByIds<C extends ContainName<R> = never>(
    ids: readonly Id[],
    options: FindOptions<M, R, C> = {},
    call?: CallOptions,
  ): Promise<WithRelations<M, R, C>[]> {
    if (ids.length === 0) return [];
    const params = { ids: ids.map(checkId), fields: options.fields, contain: options.contain };
    return this.rpc.call(this.target, "findAllByIds", params, {
      ...call,
      decode: (data) => readPage(data, (record) => this.toRow<C>(record)).items,
    });
  }

  /** Creates a row and returns it (or `{ id }` with `returnObject: false`). */
  async create(data: D, options: WriteOptions = {}, call?: CallOptions): Promise<M> {
    const params = { data, return_object: options.returnObject };
    return this.rpc.call(this.target, "create", params, {
      ...call,
      decode: (answer) => this.written(answer),
    });
  }

  /** Changes the given fields of a row and returns it (or `{ id }` with `returnObject: false`). */
  async update(id: Id, data: D, options: WriteOptions = {}, call?: CallOptions): Promise<M> {
    const params = { id: checkId(id), data, return_object: options.returnObject };
    return this.rpc.call(this.target, "update", params, {
      ...call,
      decode: (answer) => this.written(answer, id),
    });
  }

  /** Changes one field of a row and returns it (or `{ id }` with `returnObject: false`). */
  async updateField<F extends FieldOf<D>>(
    id: Id,
    field: F,
    value: D[F] | string | number | boolean | null,
    options: WriteOptions = {},
    call?: CallOptions,
  ): Promise<M> {
    const params = { id: checkId(id), field, value, return_object: options.returnObject };
    return this.rpc.call(this.target, "updateField", params, {
      ...call,
      decode: (answer) => this.written(answer, id),
    });
  }

  /** `findAllIds`: ids (as strings) of every row matching `filters`. Exposed by the models that have it. */
  protected async findIds(filters: Filters<FieldOf<M>> | undefined, call?: CallOptions): Promise<string[]> {
    return this.rpc.call(
      this.target,
      "findAllIds",
      { filters: encodeFilters(filters) },
      { ...call, decode: idList },
    );
  }

  /** The wire parameters of `findAll`. */
  protected findAllParams(options: FindAllOptions<M, R, ContainName<R>>): Record<string, unknown> {
    return listParams(options, this.target);
  }

  /** One API record as a row: the model's fields with the related objects attached. */
  protected toRow<C extends string>(record: unknown): WithRelations<M, R, C> {
    return toModel(record, this.target, this.relations) as WithRelations<M, R, C>;
  }

  /** The answer to a write: the record, or a bare id / `true` when `return_object` was false. */
  protected written(answer: unknown, id?: Id): M {
    if (isRow(answer)) return toModel(answer, this.target, this.relations) as M;
    if (typeof answer === "string" || typeof answer === "number") return { id: String(answer) } as M;
    if (answer === true && id !== undefined) return { id: String(id) } as M;
    throw new TypeError(`expected the written ${this.target}, got ${JSON.stringify(answer)}`);
  }
}

/** The finder options {@link listParams} reads, loosely typed (each manager types its own). */
interface ListParamOptions {
  filters?: Filters<string> | undefined;
  sort?: Sort<string> | undefined;
  limit?: number | undefined;
  page?: number | undefined;
  fields?: readonly string[] | undefined;
  contain?: readonly string[] | undefined;
}

/**
 * The wire parameters of a finder: `filters`, `sort` (bare fields qualified with `model`), `limit`, `page`,
 * `fields` and `contain`.
 */
export function listParams(options: ListParamOptions, model: string): Record<string, unknown> {
  return {
    filters: encodeFilters(options.filters),
    sort: encodeSort(options.sort, model),
    limit: checkPositive(options.limit, "limit"),
    page: checkPositive(options.page, "page"),
    fields: options.fields,
    contain: options.contain,
  };
}

/** The answer of an action method (`block`, `add…`, `set…`): `true` when it was done. */
export function done(data: unknown): boolean {
  return (
    data === true ||
    data === 1 ||
    data === "1" ||
    data === "true" ||
    (isRow(data) && Object.keys(data).length > 0)
  );
}

/** A list of id strings (`findAllIds`, `get…Ids`); `[]` when none. */
export function idList(data: unknown): string[] {
  if (data === null || data === undefined || data === "") return [];
  if (!Array.isArray(data)) throw new TypeError("expected a list of ids");
  return data.map((id) => String(id));
}

/** Checks an id before it goes on the wire (an empty or non-finite id would silently match nothing or everything). */
export function checkId(id: Id): Id {
  if (
    (typeof id === "number" && Number.isInteger(id) && id >= 0) ||
    (typeof id === "string" && id.trim() !== "")
  )
    return id;
  throw new ValidationError(`Invalid id ${JSON.stringify(id)}`, {
    sdk: SDK,
    param: "id",
    code: "invalid_id",
  });
}

export function checkPositive(value: number | undefined, param: string): number | undefined {
  if (value === undefined) return undefined;
  if (Number.isInteger(value) && value >= 1) return value;
  throw new ValidationError(`${param} must be a positive integer`, {
    sdk: SDK,
    param,
    code: `invalid_${param}`,
  });
}
