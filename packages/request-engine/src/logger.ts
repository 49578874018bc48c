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
 * message and string-valued metadata goes through the client's redactor first.
 */
export function createLogger(
  sdk: string,
  target: Logger | undefined,
  level: LogLevel,
  redact: Redactor,
): Logger | undefined {
  if (!target || level === "off") return undefined;
  const min = RANK[level];
  const wrap =
    (lvl: Exclude<LogLevel, "off">) =>
    (message: string, ...meta: unknown[]) => {
      if (RANK[lvl] < min) return;
      const clean = meta.map((m) => (typeof m === "string" ? redact(m) : redactDeep(m, redact)));
      target[lvl](`[offerkit:${sdk}] ${redact(message)}`, ...clean);
    };
  return { debug: wrap("debug"), info: wrap("info"), warn: wrap("warn"), error: wrap("error") };
}

function redactDeep(value: unknown, redact: Redactor): unknown {
  if (value === null || typeof value !== "object") return value;
  try {
    return JSON.parse(redact(JSON.stringify(value)));
  } catch {
    return "[unserialisable]";
  }
}
