import type { CallOptions } from "@offerkit/request-engine";
import { many, one, value } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { createModelManager, type ModelManager } from "./model-manager.js";
import type { Advertiser, Goal, GoalData, Offer, WireRecord } from "./models.js";
import type { Id } from "./options.js";

/** Relations of a goal, by `contain` name. */
export const GOAL_RELATIONS = {
  Offer: one<Offer>(),
  Advertiser: one<Advertiser>(),
  AffiliateTierPayout: many<WireRecord>(),
  AffiliateTierRevenue: many<WireRecord>(),
  PayoutGroup: many<WireRecord>(),
  RevenueGroup: many<WireRecord>(),
  Stat: value<unknown>(),
};

/** `ho.goals`: extra conversion points of offers (Target `Goal`). HasOffers has no `findAllIds` for them. */
export interface GoalsManager extends ModelManager<Goal, GoalData, typeof GOAL_RELATIONS> {
  /** Marks a goal deleted (`status: "deleted"`); returns it. */
  delete(id: Id, call?: CallOptions): Promise<Goal>;
}

/** Builds `ho.goals`. */
export const createGoalsManager = (rpc: Rpc): GoalsManager =>
  createModelManager(rpc, "Goal", GOAL_RELATIONS, { status: "deleted" });
