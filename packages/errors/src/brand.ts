/**
 * Registry symbols (`Symbol.for`) that mark offerkit errors. Registry symbols are the same in every copy of this
 * package loaded into one realm (an ESM and a CJS copy, two versions pulled in by two SDKs), so brand checks work
 * where prototype checks would not. The key strings are a public contract: never rename them.
 */
export const KINDS: unique symbol = Symbol.for("@offerkit/errors.kinds") as never;
/** The SDK (`trackofferz`, `hasoffers`) that threw the error. */
export const SDK: unique symbol = Symbol.for("@offerkit/errors.sdk") as never;

/** What a branded error carries: its class names, most specific first, and the SDK that threw it. */
export type Branded = Error & { readonly [KINDS]: readonly string[]; readonly [SDK]?: string };

/** Whether `value` is an error built by some copy of this package. */
export function isBranded(value: unknown): value is Branded {
  // Optional chaining reads nothing from null/undefined; a primitive has no such symbol key.
  return Array.isArray((value as { [KINDS]?: unknown } | null | undefined)?.[KINDS]);
}
