import type { Redactor } from "./redact.js";

/** Log levels, most verbose first. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** Anything with these methods: `console`, pino, winston, a test spy. */
export interface Logger {
  debug(message: string, ...meta: unknown[]): void;
  info(message: string, ...meta: unknown[]): void;
  warn(message: string, ...meta: unknown[]): void;
  error(message: string, ...meta: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 99 };

/**
 * Wraps a logger so that only messages at `level` or above pass, each prefixed with `[offerkit:<sdk>]`, and every
 * message and piece of metadata goes through the client's redactor first. Metadata reaches the target as redacted
 * plain data (errors as their `toJSON` or name, message and stack), never as the live object, whose fields the
 * redactor could not reach. A target that throws never breaks the call that logged.
 */
export function createLogger(
  sdk: string,
  target: Logger | undefined,
  level: LogLevel,
  redact: Redactor,
): Logger | undefined {
  if (!target || level === "off") return undefined;
  const min = RANK[level] ?? RANK.info;
  const prefix = `[offerkit:${sdk}] `;
  const noop = () => {};
  const wrap = (lvl: Exclude<LogLevel, "off">) => {
    if (RANK[lvl] < min) return noop;
    return (message: string, ...meta: unknown[]) => {
      try {
        const clean = meta.map((m) => (typeof m === "string" ? redact(m) : redactDeep(m, redact)));
        target[lvl](`${prefix}${redact(String(message))}`, ...clean);
      } catch {
        // Logging is best effort: a broken logger must not fail the request it describes.
      }
    };
  };
  return { debug: wrap("debug"), info: wrap("info"), warn: wrap("warn"), error: wrap("error") };
}

function redactDeep(value: unknown, redact: Redactor): unknown {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
  try {
    const plain =
      value instanceof Error && typeof (value as { toJSON?: unknown }).toJSON !== "function"
        ? { name: value.name, message: value.message, stack: value.stack }
        : value;
    return JSON.parse(redact(JSON.stringify(plain) ?? "null"));
  } catch {
    return "[unserialisable]";
  }
}
