import { isBranded } from "./brand.js";

/** Removes secrets from a text. */
export type Redact = (text: string) => string;

/** What a cause chain deeper than 8 links becomes: a chain that long is a loop or noise, never the explanation. */
const CUT = "[cause chain cut]";

type Fields = Record<string, unknown>;

/** The primitive fields of Node and undici errors that explain a failure and never hold a secret. */
const SAFE_FIELDS = ["code", "errno", "syscall"];

/** Own properties of a foreign error that never hold more than the error's own texts and codes. */
const SAFE = new Set(["stack", "message", "cause", "errors", "name", ...SAFE_FIELDS]);

/**
 * The fields that describe an error besides name and message: an offerkit error's own (those set), or else the
 * primitive fields of Node and undici errors that explain a failure and never hold a secret.
 */
function fieldsOf(error: Error): Fields {
  const all = error as unknown as Fields;
  const out: Fields = {};
  for (const key of isBranded(error) ? Object.keys(error) : SAFE_FIELDS) {
    const value = all[key];
    if (isBranded(error) ? value !== undefined : typeof value === "string" || typeof value === "number")
      out[key] = value;
  }
  return out;
}

/** A writable, configurable data property, as `Error` itself defines `message` and `stack`. */
const field = (value: unknown, enumerable = false): PropertyDescriptor => ({
  value,
  enumerable,
  writable: true,
  configurable: true,
});

/**
 * Returns `cause` with every text in its chain passed through `redact`: messages and stacks of errors (offerkit
 * errors keep their class and fields), members of an `AggregateError`, and strings. Anything else that could carry
 * text (a plain object) becomes its redacted JSON, because a secret inside an object cannot be found reliably
 * otherwise. An error `redact` does not change is returned as it is, unless it is a foreign error with properties
 * beyond its texts and codes: those are dropped from a copy of the same class.
 */
export function sanitizeCause(cause: unknown, redact: Redact | undefined, depth = 0): unknown {
  if (!redact || cause == null) return cause;
  if (typeof cause === "string") return redact(cause);
  if (typeof cause !== "object" && typeof cause !== "function") return cause;
  if (depth > 7) return CUT;
  if (!(cause instanceof Error)) return redact(stringify(cause));
  const next = (value: unknown) => sanitizeCause(value, redact, depth + 1);
  const { message, stack } = cause;
  const texts: Fields = {
    message: redact(message),
    stack: typeof stack === "string" ? redact(stack) : stack,
    ...("cause" in cause && { cause: next(cause.cause) }),
  };
  const members = cause instanceof AggregateError ? cause.errors : [];
  const errors = members.map(next);
  // An offerkit cause keeps its class, brands and fields (their texts redacted too). Any other keeps its class but
  // only its name and safe fields: its other properties (undici's `input`, a client's `config`) may hold a URL with
  // a token whether or not its message does, so one that has any is always rebuilt.
  const branded = isBranded(cause);
  let changed =
    texts.message !== message ||
    texts.stack !== stack ||
    texts.cause !== cause.cause ||
    errors.some((e, i) => e !== members[i]) ||
    (!branded && Object.getOwnPropertyNames(cause).some((key) => !SAFE.has(key)));
  const own: PropertyDescriptorMap = branded
    ? Object.getOwnPropertyDescriptors(cause)
    : { name: field(cause.name), ...(errors.length > 0 && { errors: field(errors) }) };
  if (branded) {
    for (const key of Object.keys(own)) {
      const descriptor = own[key] as PropertyDescriptor;
      const value = typeof descriptor.value === "string" ? redact(descriptor.value) : descriptor.value;
      if (value !== descriptor.value) [own[key], changed] = [{ ...descriptor, value }, true];
    }
  } else for (const [key, value] of Object.entries(fieldsOf(cause))) own[key] = field(value, true);
  if (!changed) return cause;
  for (const key in texts) own[key] = field(texts[key]);
  // A foreign copy starts as a native error (so `util.inspect` prints it as one), then takes the cause's class.
  const copy = branded ? Object.create(Object.getPrototypeOf(cause)) : new Error();
  if (!branded) Object.setPrototypeOf(copy, Object.getPrototypeOf(cause));
  return Object.defineProperties(copy, own);
}

/**
 * A plain, JSON-safe description of an error or cause chain, for `toJSON` and `util.inspect`: name, message, the
 * fields of offerkit errors (the safe fields of others), members of an `AggregateError`, then the cause.
 */
export function describeCause(cause: unknown, depth = 0): unknown {
  if (cause === undefined) return undefined;
  if (depth > 7) return CUT;
  if (!(cause instanceof Error)) return typeof cause === "string" ? cause : stringify(cause);
  const { errors, cause: inner } = cause as { errors?: unknown; cause?: unknown };
  const out: Fields = { name: cause.name, message: cause.message, ...fieldsOf(cause) };
  if (!isBranded(cause) && Array.isArray(errors)) out.errors = errors.map((e) => describeCause(e, depth + 1));
  const described = describeCause(inner, depth + 1);
  if (described !== undefined) out.cause = described;
  return out;
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A cycle or a throwing toJSON; a BigInt keeps its digits.
    return typeof value === "object" ? Object.prototype.toString.call(value) : String(value);
  }
}
