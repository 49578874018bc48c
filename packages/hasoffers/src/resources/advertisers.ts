import type { CallOptions } from "@offerkit/request-engine";
import { one, value } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { checkId, done, ModelManager } from "./model-manager.js";
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
export class AdvertisersManager extends ModelManager<
  Advertiser,
  AdvertiserData,
  typeof ADVERTISER_RELATIONS
> {
  constructor(rpc: Rpc) {
    super(rpc, "Advertiser", ADVERTISER_RELATIONS);
  }

  /** Ids (as strings) of every advertiser matching `filters`. */
  async findAllIds(options: CountOptions<Advertiser> = {}, call?: CallOptions): Promise<string[]> {
    return this.findIds(options.filters, call);
  }

  /** Marks an advertiser deleted (`status: "deleted"`); returns it. */
  async delete(id: Id, call?: CallOptions): Promise<Advertiser> {
    return this.update(id, { status: "deleted" }, {}, call);
  }

  /** Blocks an advertiser, with an optional reason for its history. */
  async block(id: Id, reason?: string, call?: CallOptions): Promise<boolean> {
    return this.rpc.call(this.target, "block", { id: checkId(id), reason }, { ...call, decode: done });
  }
}
