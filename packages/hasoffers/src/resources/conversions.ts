import type { CallOptions } from "@offerkit/request-engine";
import { type ContainName, one, type WithRelations } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { done } from "./decoders.js";
import { createModelManager, type ModelManager } from "./model-manager.js";
import type {
  Advertiser,
  Affiliate,
  Browser,
  Conversion,
  ConversionData,
  Country,
  Employee,
  Goal,
  Offer,
  OfferFile,
  OfferUrl,
  WireRecord,
} from "./models.js";
import type { FindOptions, Id } from "./options.js";

/** Relations of a conversion, by `contain` name (all to-one). */
export const CONVERSION_RELATIONS = {
  Advertiser: one<Advertiser>(),
  AdvertiserManager: one<Employee>(),
  Affiliate: one<Affiliate>(),
  AffiliateManager: one<Employee>(),
  Browser: one<Browser>(),
  ConversionMeta: one<WireRecord>(),
  Country: one<Country>(),
  CustomerList: one<WireRecord>(),
  Offer: one<Offer>(),
  Goal: one<Goal>(),
  OfferFile: one<OfferFile>(),
  OfferUrl: one<OfferUrl>(),
  AdCampaign: one<WireRecord>(),
  AdCampaignCreative: one<WireRecord>(),
  RingRevenue: one<WireRecord>(),
};

/** A conversion's status. */
export type ConversionStatus = "approved" | "pending" | "rejected";

/** `ho.conversions`: conversions (Target `Conversion`). HasOffers has no `findAllIds` for them. */
export interface ConversionsManager
  extends ModelManager<Conversion, ConversionData, typeof CONVERSION_RELATIONS> {
  /** Approves, rejects or pends a conversion (`Conversion::updateStatus`). */
  updateStatus(id: Id, status: ConversionStatus, call?: CallOptions): Promise<boolean>;

  /** One conversion by its transaction id, or `null`. */
  findByTransactionId<C extends ContainName<typeof CONVERSION_RELATIONS> = never>(
    transactionId: string,
    options?: FindOptions<Conversion, typeof CONVERSION_RELATIONS, C>,
    call?: CallOptions,
  ): Promise<WithRelations<Conversion, typeof CONVERSION_RELATIONS, C> | null>;
}

/** Builds `ho.conversions`. */
export const createConversionsManager = (rpc: Rpc): ConversionsManager =>
  createModelManager(rpc, "Conversion", CONVERSION_RELATIONS, undefined, ({ rowOrNull }) => ({
    updateStatus: ["#id status", done],
    findByTransactionId: ["transaction_id ?fields,contain", rowOrNull, "findById"],
  }));
