import { isBranded } from "./brand.js";

/** Removes secrets from a text. */
export type Redact = (text: string) => string;

/** Causes deeper than this are cut off: a chain that long is a loop or noise, never the explanation. */
const MAX_DEPTH = 8;

/** Primitive fields of Node and undici errors that explain a failure and never hold a secret. */
const SAFE_FIELDS = ["code", "errno", "syscall"] as const;

/**
 * Returns `cause` with every text in its chain passed through `redact`: messages and stacks of errors (offerkit
 * errors keep their class and fields), members of an `AggregateError`, and strings. Anything else that could carry
 * text (a plain object) becomes its redacted JSON, because a secret inside an object cannot be found reliably
 * otherwise. Values `redact` does not change are returned as they are.
 */
export function sanitizeCause(cause: unknown, redact: Redact | undefined, depth = 0): unknown {
  if (!redact || cause === undefined || cause === null) return cause;
  if (typeof cause === "string") return redact(cause);
  if (typeof cause !== "object" && typeof cause !== "function") return cause;
  if (depth >= MAX_DEPTH) return "[cause chain cut]";
  if (!(cause instanceof Error)) return redact(stringify(cause));
  const message = redact(cause.message);
  const stack = typeof cause.stack === "string" ? redact(cause.stack) : cause.stack;
  const inner = "cause" in cause ? sanitizeCause(cause.cause, redact, depth + 1) : undefined;
  const errors =
    cause instanceof AggregateError ? cause.errors.map((e) => sanitizeCause(e, redact, depth + 1)) : [];
  const unchanged =
    message === cause.message &&
    stack === cause.stack &&
    inner === (cause as { cause?: unknown }).cause &&
    errors.every((e, i) => e === (cause as AggregateError).errors[i]);
  if (unchanged) return cause;
  const copy: Error = isBranded(cause) ? Object.create(Object.getPrototypeOf(cause)) : new Error();
  if (isBranded(cause)) {
    // Keep the class, the brands and the fields; only the texts change.
    for (const key of Reflect.ownKeys(cause)) {
      Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(cause, key) as PropertyDescriptor);
    }
  } else {
    Object.defineProperty(copy, "name", { value: cause.name, writable: true, configurable: true });
    for (const key of SAFE_FIELDS) {
      const value = (cause as unknown as Record<string, unknown>)[key];
      if (typeof value === "string" || typeof value === "number") {
        Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
      }
    }
    if (errors.length > 0)
      Object.defineProperty(copy, "errors", { value: errors, writable: true, configurable: true });
  }
  Object.defineProperty(copy, "message", { value: message, writable: true, configurable: true });
  Object.defineProperty(copy, "stack", { value: stack, writable: true, configurable: true });
  if ("cause" in cause)
    Object.defineProperty(copy, "cause", { value: inner, writable: true, configurable: true });
  return copy;
}

/**
 * A plain, JSON-safe description of an error or cause chain, for `toJSON` and `util.inspect`: name, message, the
 * fields of offerkit errors (the safe fields of others), members of an `AggregateError`, then the cause.
 */
export function describeCause(cause: unknown, depth = 0): unknown {
  if (cause === undefined) return undefined;
  if (depth >= MAX_DEPTH) return "[cause chain cut]";
  if (!(cause instanceof Error)) return typeof cause === "string" ? cause : stringify(cause);
  const out: Record<string, unknown> = { name: cause.name, message: cause.message };
  const fields = cause as unknown as Record<string, unknown>;
  if (isBranded(cause)) {
    for (const key of Object.keys(cause)) if (fields[key] !== undefined) out[key] = fields[key];
  } else {
    for (const key of SAFE_FIELDS) {
      if (typeof fields[key] === "string" || typeof fields[key] === "number") out[key] = fields[key];
    }
  }
  if (Array.isArray(fields.errors) && !isBranded(cause)) {
    out.errors = fields.errors.map((e: unknown) => describeCause(e, depth + 1));
  }
  const inner = describeCause(fields.cause, depth + 1);
  if (inner !== undefined) out.cause = inner;
  return out;
}

function stringify(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
