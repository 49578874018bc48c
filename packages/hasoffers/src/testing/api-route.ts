import { ApiFailure } from "./api-failure.js";
import { echoOf, errorText, networkIdInvalidText, successText } from "./envelope.js";
import type { CallContext, TargetHandlers } from "./handlers/index.js";
import type { Incoming } from "./incoming.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { RawLogStore } from "./raw-log-store.js";
import { apiHeaders, type Reply, textReply } from "./reply.js";
import type { Outcome } from "./request-log.js";
import type { StatFacts } from "./stat-facts.js";
import type { Store } from "./store.js";

/** What the API route needs from the fake. */
export interface ApiRouteDeps {
  networkId: string;
  networkToken: string;
  authFailure: "network-id-not-valid" | "not-authenticated";
  store: Store;
  rawLogs: RawLogStore;
  stats: StatFacts;
  targets: Record<string, TargetHandlers>;
  limiter: RateLimiter | undefined;
  now(): number;
  signDownload(origin: string, logType: string, filename: string): string;
  downloadOrigin(url: URL): string;
}

/** The answer of one API call and how it went. */
export interface ApiAnswer {
  reply: Reply;
  outcome: Outcome;
  applied: boolean;
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** `<id>.api.hasoffers.com` carries the network id since 2017 (§8.1). */
function networkIdOf(incoming: Incoming): string | undefined {
  const sent = text(incoming.params.NetworkId);
  if (sent !== undefined) return sent;
  const m = /^([^.]+)\.api\.hasoffers\.com$/i.exec(incoming.url.hostname);
  return m?.[1];
}

/**
 * Answers one API call: checks the network id and token, the rate limit, routes `Target`/`Method` to its
 * handler and wraps the result (or the refusal) in the real envelope, HTTP 200 either way.
 */
export function answerApi(deps: ApiRouteDeps, incoming: Incoming, requestId: string): ApiAnswer {
  const headers = apiHeaders(requestId);
  const params = incoming.params;
  const echo = echoOf(params);
  const refuse = (errors: ApiFailure["errors"], outcome: Outcome): ApiAnswer => ({
    reply: textReply(200, headers, errorText(echo, errors)),
    outcome,
    applied: false,
  });

  if (networkIdOf(incoming) !== deps.networkId) {
    return { reply: textReply(200, headers, networkIdInvalidText()), outcome: "auth-failed", applied: false };
  }
  const token = text(params.NetworkToken) ?? "";
  if (token !== deps.networkToken) {
    if (deps.authFailure === "network-id-not-valid") {
      return {
        reply: textReply(200, headers, networkIdInvalidText()),
        outcome: "auth-failed",
        applied: false,
      };
    }
    return refuse([{ publicMessage: `NetworkToken ${token} is not authenticated` }], "auth-failed");
  }
  const refusal = deps.limiter?.admit(deps.now());
  if (refusal !== undefined) return refuse([{ publicMessage: refusal }], "rate-limited");

  const target = text(params.Target) ?? "";
  const method = text(params.Method) ?? "";
  const handler = deps.targets[target]?.[method];
  if (!handler) {
    const message = deps.targets[target]
      ? `Method ${target}::${method} does not exist`
      : `Target ${target} does not exist`;
    return refuse([{ publicMessage: message }], "api-error");
  }
  let applied = false;
  const ctx: CallContext = {
    store: deps.store,
    rawLogs: deps.rawLogs,
    stats: deps.stats,
    target,
    method,
    params,
    uploads: incoming.uploads,
    networkId: deps.networkId,
    now: deps.now,
    echo,
    markApplied: () => {
      applied = true;
    },
    signDownload: (logType, filename) =>
      deps.signDownload(deps.downloadOrigin(incoming.url), logType, filename),
  };
  try {
    const data = handler(ctx);
    return { reply: textReply(200, headers, successText(echo, data)), outcome: "ok", applied };
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return { ...refuse(error.errors, "api-error"), applied };
  }
}
