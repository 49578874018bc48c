/** A value as the API writes it: mostly strings, some numbers, booleans, lists and `null` (§8.7). */
export type Wire = string | number | boolean | null | readonly Wire[] | { readonly [key: string]: Wire };

/** One stored record, keys in the order the API writes them (`undefined` only from reading a missing key). */
export type Row = Record<string, Wire | undefined>;

/**
 * How a writable field is checked and normalised on create/update: `int` must be a whole number, `bool` becomes
 * `"0"`/`"1"`, `dec5`/`dec2` get 5 or 2 decimals (`1` → `"1.00000"`), `url` gains `http://` when it has no
 * scheme (the recorded `offer_url=test.com` came back as `http://test.com`), `enum` must be an allowed value.
 */
export type FieldType = "string" | "int" | "bool" | "dec5" | "dec2" | "url" | "enum";

/** How a record's timestamps look: a datetime string, or (Offer, Advertiser, Goal) an epoch integer. */
export type StampFormat = "datetime" | "epoch";

/** A fake model: its record template (field order and defaults), field rules and finder behaviour. */
export interface ModelSpec {
  /** The model name, as in `{"Offer": {…}}` and `Target=Offer`. */
  readonly name: string;
  /** The lower-case words of error texts: `Could not update offer file.` */
  readonly label: string;
  /** Every field with its default, in the API's order. `id` is filled on insert. */
  readonly template: Readonly<Row>;
  readonly types: Readonly<Record<string, FieldType>>;
  readonly enums: Readonly<Record<string, readonly string[]>>;
  /** Fields that must be non-blank on create (err_code 1, `Name cannot be blank.`). */
  readonly required: readonly string[];
  /** Fields `data[…]` may not set; sent values are ignored, as the API ignores them. */
  readonly readOnly: readonly string[];
  /** Accepted in `data[…]` but never stored or returned (passwords). */
  readonly writeOnly?: readonly string[];
  /** Set to the current time on create. */
  readonly createdStamps?: Readonly<Record<string, StampFormat>>;
  /** Set to the current time on every update. */
  readonly modifiedStamps?: Readonly<Record<string, StampFormat>>;
  /** `findAll` answers with the paging wrapper even without `limit` (OfferFile, recorded 2018). */
  readonly alwaysPaged?: boolean;
  /** Names `contain[]` accepts (catalog 2015); the fake fills those it models and answers `[]` for the rest. */
  readonly containable: readonly string[];
}

/**
 * Builds a field-type map from a compact spec: `"int: a b; bool: c d"` → `{a:"int", b:"int", c:"bool", d:"bool"}`.
 * Keeps the model files readable next to their 60-field templates.
 */
export function fieldTypes(spec: string): Record<string, FieldType> {
  const out: Record<string, FieldType> = {};
  for (const group of spec.split(";")) {
    const [type, names] = group.split(":");
    if (!type || !names) continue;
    for (const name of names.trim().split(/\s+/)) out[name] = type.trim() as FieldType;
  }
  return out;
}

/** The error-text form of a field name: `account_manager_id` → `Account_manager_id` (as recorded). */
export function fieldLabel(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}
