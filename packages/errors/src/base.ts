import { type Branded, isBranded, KINDS, SDK } from "./brand.js";
import { describeCause, type Redact, sanitizeCause } from "./cause.js";

/** Options every offerkit error accepts. */
export interface OfferkitErrorOptions {
  /** HTTP status of the answer that caused the error, when there was one. */
  status?: number | undefined;
  /** Machine-readable error code from the API (e.g. `invalid_date`) or from the SDK (e.g. `timeout`). */
  code?: string | undefined;
  /** The server's request id (`X-Request-Id`), when the answer carried one. */
  requestId?: string | undefined;
  /**
   * The parameter at fault in wire naming (`transaction_id`), when the API or the SDK named one: not only for a
   * `ValidationError`, since TrackOfferz also names it on 404 `click_not_found` and 409 `conflict`.
   */
  param?: string | undefined;
  /** The underlying error. Sanitised with `redact` before it is attached. */
  cause?: unknown;
  /** Which SDK threw the error (`trackofferz`, `hasoffers`); drives the SDK base classes' `instanceof`. */
  sdk?: string | undefined;
  /**
   * Removes secrets from text. Applied to the message and to every message and stack down the cause chain, so a
   * secret that slipped into a lower layer (a URL with a token in a fetch failure) never reaches a log.
   */
  redact?: Redact | undefined;
}

/**
 * Brand-based `instanceof`: true when `value` was built by a class whose own `kind` is `ctor`'s, in any copy of
 * this package. A subclass that declares no `kind` of its own has no brand, so it gets the ordinary prototype check
 * (otherwise it would claim every instance of its parent).
 */
export function hasKind(ctor: Function & { kind?: string }, value: unknown): boolean {
  return Object.hasOwn(ctor, "kind")
    ? isBranded(value) && value[KINDS].includes(ctor.kind as string)
    : Function.prototype[Symbol.hasInstance].call(ctor, value);
}

/**
 * The root of the offerkit error hierarchy.
 *
 * `instanceof` is brand-based (a `Symbol.for` registry key on every instance), not prototype-based, so a
 * `RateLimitError` thrown by one installed copy of `@offerkit/errors` is still `instanceof RateLimitError`
 * of another copy (two SDKs that resolved different versions, or an ESM and a CJS copy in one process).
 *
 * `JSON.stringify` and `util.inspect` print the name, message, fields and the whole cause chain; with `redact`,
 * none of it can hold a secret.
 */
export class OfferkitError extends Error {
  /** The brand name of this class; every subclass that should be told apart sets its own. */
  static readonly kind: string = "OfferkitError";

  // Declared, not initialised: the constructor sets them, so no class field code is emitted for them.
  /** HTTP status, when the error comes from an HTTP answer. */
  declare readonly status: number | undefined;
  /** Machine-readable code (from the API, or the SDK's own such as `timeout`). */
  declare readonly code: string | undefined;
  /** The server's request id, for support tickets. */
  declare readonly requestId: string | undefined;
  /** The parameter at fault (wire name), when the API or the SDK named one. */
  declare readonly param: string | undefined;
  /** Which SDK threw it. */
  declare readonly sdk: string | undefined;

  constructor(message: string, options: OfferkitErrorOptions = {}) {
    const { redact, sdk } = options;
    const cause = sanitizeCause(options.cause, redact);
    super(redact ? redact(String(message)) : message, cause === undefined ? undefined : { cause });
    // The brands: the own `kind` of each class up the chain, most specific first, each once.
    const kinds: string[] = [];
    for (let ctor: unknown = new.target; ctor && ctor !== Error; ctor = Object.getPrototypeOf(ctor)) {
      const kind = Object.hasOwn(ctor, "kind") && (ctor as { kind?: unknown }).kind;
      if (typeof kind === "string" && !kinds.includes(kind)) kinds.push(kind);
    }
    Object.defineProperties(this, {
      [KINDS]: { value: Object.freeze(kinds) },
      [SDK]: { value: sdk },
      // Never empty: OfferkitError's own kind is always on the chain.
      name: { value: kinds[0], writable: true, configurable: true },
    });
    const self = this as {
      -readonly [K in "status" | "code" | "requestId" | "param" | "sdk"]: OfferkitError[K];
    };
    // Code, request id and param may come from the server's answer, which can echo a secret like any text.
    const text = (value: string | undefined) => (value === undefined || !redact ? value : redact(value));
    self.status = options.status;
    self.code = text(options.code);
    self.requestId = text(options.requestId);
    self.param = text(options.param);
    self.sdk = sdk;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, maybe a subclass.
    return hasKind(this, value);
  }

  /** A plain, secret-free description: what `JSON.stringify(error)` prints. */
  toJSON(): Record<string, unknown> {
    return describeCause(this) as Record<string, unknown>;
  }

  /** What `util.inspect` / `console.log` print: the stack, then the fields, then each cause on its own line. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    const { name: _name, message: _message, cause, ...fields } = this.toJSON();
    let text =
      (this.stack ?? `${this.name}: ${this.message}`) +
      (Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "");
    // describeCause gives each link as an object, or as a string (a non-error cause, the cut marker) that ends it.
    for (let link = cause, indent = "\n  "; link !== undefined; indent += "  ") {
      let rest = link;
      link = undefined;
      if (typeof rest === "object") ({ cause: link, ...rest } = rest as Record<string, unknown>);
      text += `${indent}[cause]: ${JSON.stringify(rest)}`;
    }
    return text;
  }
}

/** The brand of the SDK that threw `value`, when it is an offerkit error. */
export function sdkOf(value: unknown): string | undefined {
  return isBranded(value) ? (value as Branded)[SDK] : undefined;
}
