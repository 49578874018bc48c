import { noop } from "./clock.js";
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

const LEVELS = ["debug", "info", "warn", "error"] as const;

/**
 * Wraps a logger so that only messages at `level` or above pass (an unknown level counts as `info`), each prefixed
 * with `[offerkit:<sdk>]`, and every message and piece of metadata goes through the client's redactor first.
 * Metadata reaches the target as redacted plain data (errors as their `toJSON` or name, message and stack), never as
 * the live object, whose fields the redactor could not reach. A target that throws never breaks the call that logged.
 */
export function createLogger(
  sdk: string,
  target: Logger | undefined,
  level: LogLevel,
  redact: Redactor,
): Logger | undefined {
  if (!target || level === "off") return undefined;
  const min = LEVELS.indexOf(level) + 1 || 2;
  const logger = {} as Logger;
  LEVELS.forEach((name, rank) => {
    logger[name] =
      rank + 1 < min
        ? noop
        : (message, ...meta) => {
            try {
              target[name](
                `[offerkit:${sdk}] ${redact(String(message))}`,
                ...meta.map((m) => redactDeep(m, redact)),
              );
            } catch {
              // Logging is best effort: a broken logger must not fail the request it describes.
            }
          };
  });
  return logger;
}

function redactDeep(value: unknown, redact: Redactor): unknown {
  if (typeof value === "string") return redact(value);
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
