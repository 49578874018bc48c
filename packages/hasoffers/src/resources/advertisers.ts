import type { CallOptions } from "@offerkit/request-engine";
import { one, value } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { done, idList } from "./decoders.js";
import { createModelManager, type ModelManager } from "./model-manager.js";
import type { Advertiser, AdvertiserData, Employee, WireRecord } from "./models.js";
import type { CountOptions, Id } from "./options.js";

/** Relations of an advertiser, by `contain` name. */
export const ADVERTISER_RELATIONS = {
  AccountManager: one<Employee>(),
  AccountBalance: one<WireRecord>(),
  AdvertiserMeta: one<WireRecord>(),
  CreatorUser: one<WireRecord>(),
  Stat: value<unknown>(),
};

/** `ho.advertisers`: advertiser accounts (Target `Advertiser`). */
export interface AdvertisersManager
  extends ModelManager<Advertiser, AdvertiserData, typeof ADVERTISER_RELATIONS> {
  /** Ids (as strings) of every advertiser matching `filters`. */
  findAllIds(options?: CountOptions<Advertiser>, call?: CallOptions): Promise<string[]>;

  /** Marks an advertiser deleted (`status: "deleted"`); returns it. */
  delete(id: Id, call?: CallOptions): Promise<Advertiser>;

  /** Blocks an advertiser, with an optional reason for its history. */
  block(id: Id, reason?: string, call?: CallOptions): Promise<boolean>;
}

/** Builds `ho.advertisers`. */
export const createAdvertisersManager = (rpc: Rpc): AdvertisersManager =>
  createModelManager(rpc, "Advertiser", ADVERTISER_RELATIONS, { status: "deleted" }, () => ({
    findAllIds: ["?filters", idList],
    block: ["#id reason", done],
  }));
