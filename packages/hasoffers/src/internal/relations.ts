/** How a related object named in `contain` arrives on a record. */
export type RelationKind = "one" | "many" | "value";

declare const MODEL: unique symbol;

/** A relation's kind, carrying the related model's type for the compiler. At run time just the kind. */
export type Relation<K extends RelationKind, T> = K & { readonly [MODEL]?: T };

/** A model's relations by `contain` name. */
export type RelationMap = { readonly [name: string]: Relation<RelationKind, unknown> };

/** A to-one relation: the object, or `null` when there is none. */
export const one = <T>(): Relation<"one", T> => "one" as Relation<"one", T>;
/** A to-many relation: always an array, also with one or no item. */
export const many = <T>(): Relation<"many", T> => "many" as Relation<"many", T>;
/** A plain value (e.g. `CreativeCode`, a string), kept as sent. */
export const value = <T>(): Relation<"value", T> => "value" as Relation<"value", T>;

/** The type a relation has on a record. */
export type RelationValue<R> =
  R extends Relation<"one", infer T>
    ? T | null
    : R extends Relation<"many", infer T>
      ? T[]
      : R extends Relation<"value", infer T>
        ? T
        : unknown;

/** Relation names of a map, plus any other name (an unknown relation is passed through, typed `unknown`). */
export type ContainName<R extends RelationMap> = (keyof R & string) | (string & {});

/** A model with the relations `C` attached (just the model when `contain` names none). */
export type WithRelations<M, R extends RelationMap, C extends string> = [C] extends [never]
  ? M
  : M & { [K in C]: K extends keyof R ? RelationValue<R[K]> : unknown };
