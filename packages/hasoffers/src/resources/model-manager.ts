import type { CallOptions } from "@offerkit/request-engine";
import { isRow, toModel } from "../internal/normalize.js";
import type { Page } from "../internal/page.js";
import type { ContainName, RelationMap, WithRelations } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { pageOf } from "./decoders.js";
import { pagesOf } from "./iterate.js";
import {
  checkId,
  checkIds,
  checkOptions,
  defineMethods,
  type Method,
  type MethodTable,
  type Params,
} from "./method-table.js";
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
 * `create`, `update`, `updateField`). `M` is the model's wire type, `D` its writable data, `R` its relations by
 * `contain` name. Rows keep the API's wire names and types (mostly strings).
 */
export interface ModelManager<M extends object, D extends object, R extends RelationMap> {
  /** The HasOffers Target (`Offer`, `Advertiser`…). */
  readonly target: string;

  /**
   * One page of rows matching `filters`, in the server's order, with the paging metadata. Without `limit`
   * HasOffers returns every matching row at once.
   *
   * @example
   * const page = await ho.offers.findAll({ filters: { status: "active", id: { gt: 100 } }, sort: "-id", limit: 50 });
   */
  findAll<C extends ContainName<R> = never>(
    options?: FindAllOptions<M, R, C>,
    call?: CallOptions,
  ): Promise<Page<WithRelations<M, R, C>>>;

  /**
   * Every matching row, page after page (`pageSize` per request, default 100).
   *
   * @example
   * for await (const offer of ho.offers.iterate({ filters: { status: "active" } })) console.log(offer.name);
   */
  iterate<C extends ContainName<R> = never>(
    options?: IterateOptions<M, R, C>,
  ): AsyncGenerator<WithRelations<M, R, C>>;

  /** How many rows match, without fetching them (one request for a single row, reading the total). */
  count(options?: CountOptions<M>, call?: CallOptions): Promise<number>;

  /** One row, or `null` when there is none. */
  findById<C extends ContainName<R> = never>(
    id: Id,
    options?: FindOptions<M, R, C>,
    call?: CallOptions,
  ): Promise<WithRelations<M, R, C> | null>;

  /** Several rows by id, in the server's order; ids that do not exist are left out. */
  findAllByIds<C extends ContainName<R> = never>(
    ids: readonly Id[],
    options?: FindOptions<M, R, C>,
    call?: CallOptions,
  ): Promise<WithRelations<M, R, C>[]>;

  /** Creates a row and returns it (or `{ id }` with `returnObject: false`). */
  create(data: D, options?: WriteOptions, call?: CallOptions): Promise<M>;

  /** Changes the given fields of a row and returns it (or `{ id }` with `returnObject: false`). */
  update(id: Id, data: D, options?: WriteOptions, call?: CallOptions): Promise<M>;

  /** Changes one field of a row and returns it (or `{ id }` with `returnObject: false`). */
  updateField<F extends FieldOf<D>>(
    id: Id,
    field: F,
    value: D[F] | string | number | boolean | null,
    options?: WriteOptions,
    call?: CallOptions,
  ): Promise<M>;
}

/** The model's row decoders, for the methods a model adds. */
export interface RowDecoders {
  /** One record as a row: the model's fields with the related objects attached. */
  row: (record: unknown) => unknown;
  /** A record, or `null` for an empty answer (`findById`). */
  rowOrNull: (data: unknown) => unknown;
}

/**
 * Builds the manager of model `target`: the shared finders and writes, `delete` as an update to `deleted` (for the
 * models that have it), and the model's own `methods`.
 */
export function createModelManager<T>(
  rpc: Rpc,
  target: string,
  relations: RelationMap,
  deleted: object | undefined,
  methods: (decoders: RowDecoders) => MethodTable = () => ({}),
): T {
  const row = (record: unknown) => toModel(record, target, relations);
  const rowOrNull = (data: unknown) =>
    data === null || data === undefined || data === "" ? null : row(data);
  // A write answers with the record, or a bare id (create) or `true` (update) when `return_object` was false.
  const written = (answer: unknown, params: Params) => {
    if (isRow(answer)) return row(answer);
    if (typeof answer === "string" || typeof answer === "number") return { id: String(answer) };
    if (answer === true && params.id !== undefined) return { id: String(params.id) };
    throw new TypeError(`expected the written ${target}`);
  };
  const page = pageOf(target, relations);
  const m = defineMethods(rpc, target, target, {
    findAll: ["~", page],
    findById: ["#id ?fields,contain", rowOrNull],
    findAllByIds: ["*ids ?fields,contain", (data) => page(data).items],
    create: ["data ?returnObject", written],
    update: ["#id data ?returnObject", written],
    updateField: ["#id field value ?returnObject", written],
    ...methods({ row, rowOrNull }),
  });
  const { findAll, findAllByIds, update } = m as Record<string, Method>;
  return Object.assign(m, {
    target,
    iterate: pagesOf(findAll!),
    count: async (options?: CountOptions<object>, call?: CallOptions) =>
      (await findAll!({ filters: checkOptions(options).filters, limit: 1, fields: ["id"] }, call)).count,
    // No ids, nothing to ask: an empty `ids` would not even reach the wire.
    findAllByIds: async (ids: readonly Id[], ...rest: unknown[]) =>
      checkIds(ids).length ? findAllByIds!(ids, ...rest) : [],
    ...(deleted && { delete: (id: Id, call?: CallOptions) => update!(id, deleted, {}, call) }),
  }) as T;
}

/** A finder of `manager` limited to the rows whose `field` is the given id (`offer.conversions`, `affiliate.files`). */
export const scopedFinder =
  (manager: { findAll: (options: any, call?: CallOptions) => Promise<unknown> }, field: string) =>
  async (id: Id, options?: { filters?: object | undefined }, call?: CallOptions) => {
    const given = checkOptions(options);
    return manager.findAll({ ...given, filters: { ...given.filters, [field]: checkId(id) } }, call);
  };
