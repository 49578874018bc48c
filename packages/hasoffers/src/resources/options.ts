import type { CallOptions } from "@offerkit/request-engine";
import type { Filters } from "../internal/filters.js";
import type { ContainName, RelationMap } from "../internal/relations.js";
import type { Sort } from "../internal/sort.js";

/** A model's own field names (wire names), without the index signature the schema adds for unknown fields. */
export type FieldOf<M> = keyof {
  [K in keyof M as string extends K ? never : number extends K ? never : K]: M[K];
} &
  string;

/** An object id: a number, or the string the API sends. */
export type Id = number | string;

/** What to return: `fields` limits the model's fields, `contain` attaches related objects under their names. */
export interface FindOptions<M, R extends RelationMap, C extends ContainName<R>> {
  fields?: readonly FieldOf<M>[] | undefined;
  contain?: readonly C[] | undefined;
}

/** Options of `findAll`: filters, sort, paging, fields and related objects. */
export interface FindAllOptions<M, R extends RelationMap, C extends ContainName<R>>
  extends FindOptions<M, R, C> {
  filters?: Filters<FieldOf<M>> | undefined;
  /** `"-id"` (descending), `"name"`, or a list, applied in order. */
  sort?: Sort<FieldOf<M>> | undefined;
  /** Rows per page. Without it HasOffers returns every matching row at once. */
  limit?: number | undefined;
  /** Page number, from 1 (with `limit`). */
  page?: number | undefined;
}

/** Options of `iterate`: like `findAll`, paged automatically. */
export interface IterateOptions<M, R extends RelationMap, C extends ContainName<R>>
  extends Omit<FindAllOptions<M, R, C>, "limit" | "page">,
    PagingOptions {}

/** How an iteration walks the pages. */
export interface PagingOptions {
  /** Rows per request. Default 100. */
  pageSize?: number | undefined;
  /** First page. Default 1. */
  startPage?: number | undefined;
  /**
   * Pages fetched in parallel once the page count is known (still within the client's pacing). Default 1; at most
   * 64 (more is a `ValidationError` at the first row).
   */
  concurrency?: number | undefined;
  /** Stops the iteration (and cancels requests in flight). */
  signal?: AbortSignal | undefined;
  /** Time limit for the whole iteration, in ms. */
  deadline?: number | undefined;
  /** Per-request time limit, in ms. */
  timeout?: number | undefined;
  /** Retries per request. */
  maxRetries?: number | undefined;
}

/** Options of `count`. */
export interface CountOptions<M> {
  filters?: Filters<FieldOf<M>> | undefined;
}

/** Options of writes. */
export interface WriteOptions {
  /**
   * `false` asks HasOffers to answer with the id (create) or `true` (update) instead of the record; the method
   * then resolves to `{ id }` only. Default: the API's (the record).
   */
  returnObject?: boolean | undefined;
}

export type { CallOptions };
