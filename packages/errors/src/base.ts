/**
 * The root of the offerkit error hierarchy.
 *
 * `instanceof` is brand-based (a `Symbol.for` registry key on every instance), not prototype-based, so a
 * `RateLimitError` thrown by one installed copy of `@offerkit/errors` is still `instanceof RateLimitError`
 * of another copy (two SDKs that resolved different versions, or an ESM and a CJS copy in one process).
 */
const KINDS = Symbol.for("@offerkit/errors.kinds");
const SDK = Symbol.for("@offerkit/errors.sdk");
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** Options every offerkit error accepts. */
export interface OfferkitErrorOptions {
  /** HTTP status of the answer that caused the error, when there was one. */
  status?: number | undefined;
  /** Machine-readable error code from the API (e.g. `invalid_date`) or from the SDK (e.g. `timeout`). */
  code?: string | undefined;
  /** The server's request id (`X-Request-Id`), when the answer carried one. */
  requestId?: string | undefined;
  /** The underlying error. Sanitised with `redact` before it is attached. */
  cause?: unknown;
  /** Which SDK threw the error (`trackofferz`, `hasoffers`); drives the SDK base classes' `instanceof`. */
  sdk?: string | undefined;
  /**
   * Removes secrets from text. Applied to the message and to the cause's message and stack, so a secret that
   * slipped into a lower layer (a URL with a token in a fetch failure) never reaches a log.
   */
  redact?: ((text: string) => string) | undefined;
}

type Branded = { [KINDS]?: readonly string[]; [SDK]?: string };

function isBranded(value: unknown): value is Branded {
  return (typeof value === "object" || typeof value === "function") && value !== null && KINDS in value;
}

/** Returns a copy of `cause` whose message and stack went through `redact` when that changed anything. */
function sanitizeCause(cause: unknown, redact: ((text: string) => string) | undefined): unknown {
  if (!redact) return cause;
  if (typeof cause === "string") return redact(cause);
  if (!(cause instanceof Error) || isBranded(cause)) return cause;
  const message = redact(cause.message);
  const stack = cause.stack === undefined ? undefined : redact(cause.stack);
  if (message === cause.message && stack === cause.stack && cause.cause === undefined) return cause;
  const copy = new Error(message);
  copy.name = cause.name;
  if (stack !== undefined) copy.stack = stack;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string") Object.defineProperty(copy, "code", { value: code, enumerable: true });
  if (cause.cause !== undefined) {
    Object.defineProperty(copy, "cause", { value: sanitizeCause(cause.cause, redact), enumerable: false });
  }
  return copy;
}

function describeCause(cause: unknown): unknown {
  if (cause === undefined) return undefined;
  if (cause instanceof Error) {
    return isBranded(cause) && typeof (cause as OfferkitError).toJSON === "function"
      ? (cause as OfferkitError).toJSON()
      : { name: cause.name, message: cause.message };
  }
  return typeof cause === "string" ? cause : String(cause);
}

export class OfferkitError extends Error {
  /** The brand name of this class; every subclass sets its own. */
  static readonly kind: string = "OfferkitError";

  /** HTTP status, when the error comes from an HTTP answer. */
  readonly status: number | undefined;
  /** Machine-readable code (from the API, or the SDK's own such as `timeout`). */
  readonly code: string | undefined;
  /** The server's request id, for support tickets. */
  readonly requestId: string | undefined;
  /** Which SDK threw it. */
  readonly sdk: string | undefined;

  constructor(message: string, options: OfferkitErrorOptions = {}) {
    const redact = options.redact;
    const cause = sanitizeCause(options.cause, redact);
    super(redact ? redact(message) : message, cause === undefined ? undefined : { cause });
    const kinds: string[] = [];
    for (let ctor: unknown = new.target; typeof ctor === "function" && ctor !== Error; ) {
      const kind = (ctor as { kind?: unknown }).kind;
      if (typeof kind === "string" && !kinds.includes(kind)) kinds.push(kind);
      ctor = Object.getPrototypeOf(ctor);
    }
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds) });
    if (options.sdk !== undefined) Object.defineProperty(this, SDK, { value: options.sdk });
    Object.defineProperty(this, "name", {
      value: (new.target as { kind?: string }).kind ?? "OfferkitError",
      writable: true,
      configurable: true,
    });
    this.status = options.status;
    this.code = options.code;
    this.requestId = options.requestId;
    this.sdk = options.sdk;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!isBranded(value)) return false;
    return value[KINDS]?.includes(this.kind) ?? false;
  }

  /** A plain, secret-free description: what `JSON.stringify(error)` prints. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined) out[key] = value;
    }
    const cause = describeCause(this.cause);
    if (cause !== undefined) out.cause = cause;
    return out;
  }

  /** What `util.inspect` / `console.log` print: the stack, then the fields, then the cause in one line. */
  [INSPECT](): string {
    const { name: _name, message: _message, cause, ...fields } = this.toJSON();
    const details = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "";
    const causeLine = cause === undefined ? "" : `\n  [cause]: ${JSON.stringify(cause)}`;
    return `${this.stack ?? `${this.name}: ${this.message}`}${details}${causeLine}`;
  }
}

/**
 * Creates the catch-all base class of one SDK (`TrackOfferzError`, `HasOffersError`): `instanceof` is true for
 * every offerkit error that SDK threw, whichever shared subclass it is.
 */
export function defineSdkError(name: string, sdk: string): typeof OfferkitError {
  const SdkError = class extends OfferkitError {
    static override readonly kind: string = name;
    constructor(message: string, options: OfferkitErrorOptions = {}) {
      super(message, { ...options, sdk });
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return isBranded(value) && value[SDK] === sdk;
    }
  };
  Object.defineProperty(SdkError, "name", { value: name });
  return SdkError;
}
