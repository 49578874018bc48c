import { fail } from "../api-failure.js";
import type { PhpValue } from "../php-params.js";
import type { RawLogStore } from "../raw-log-store.js";
import type { StatFacts } from "../stat-facts.js";
import type { Store } from "../store.js";

/** One uploaded file of a multipart body. */
export interface Upload {
  /** The form-field name (pyoffers sends the file name here). */
  field: string;
  filename: string;
  size: number;
  contentType: string;
  bytes: Uint8Array;
}

/** Everything one API call's handler may read or change. */
export interface CallContext {
  readonly store: Store;
  readonly rawLogs: RawLogStore;
  readonly stats: StatFacts;
  readonly target: string;
  readonly method: string;
  /** The decoded parameters (query and body merged), auth and routing keys included. */
  readonly params: Record<string, PhpValue>;
  readonly uploads: readonly Upload[];
  readonly networkId: string;
  /** The fake clock, in ms. */
  now(): number;
  /** The echoed `request` block; handlers may adjust it (an update echoes the whole merged record). */
  readonly echo: Record<string, unknown>;
  /** Records that this call changed the network's state (counted in the fake's `applied` counters). */
  markApplied(): void;
  /** The presigned download link for a raw-log file. */
  signDownload(logType: string, filename: string): string;
}

/** Answers one `Target`/`Method`: returns the envelope's `data`, or throws `ApiFailure`. */
export type Handler = (ctx: CallContext) => unknown;

/** The handlers of one Target, by Method. */
export type TargetHandlers = Record<string, Handler>;

/** `return_object` (create/update/updateField): true unless sent as 0/false. */
export function wantsObject(params: Record<string, PhpValue>): boolean {
  const value = params.return_object;
  return !(typeof value === "string" && ["0", "false"].includes(value.toLowerCase()));
}

/** A required scalar parameter, refused with the API's "missing argument" text when absent. */
export function requireParam(params: Record<string, PhpValue>, key: string): string {
  const value = params[key];
  if (typeof value !== "string" || value === "") fail(`Missing required argument: ${key}`);
  return value;
}
