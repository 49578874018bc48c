import type { CallOptions } from "@offerkit/request-engine";
import type { Page } from "../internal/page.js";
import { type ContainName, many, one, value, type WithRelations } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import type { AffiliateUsersManager } from "./affiliate-users.js";
import type { OfferFileWithCode } from "./creative-codes.js";
import { done, idList } from "./decoders.js";
import { checkId } from "./method-table.js";
import { createModelManager, type ModelManager, scopedFinder } from "./model-manager.js";
import type {
  Affiliate,
  AffiliateData,
  AffiliateUser,
  AffiliateUserData,
  Employee,
  OfferFile,
  WireRecord,
} from "./models.js";
import type { OFFER_FILE_RELATIONS, OfferFilesManager } from "./offer-files.js";
import type { OffersManager } from "./offers.js";
import type { CountOptions, FindAllOptions, Id } from "./options.js";

/** Relations of an affiliate, by `contain` name. */
export const AFFILIATE_RELATIONS = {
  AccountManager: one<Employee>(),
  AffiliateUser: many<AffiliateUser>(),
  CreatorUser: one<AffiliateUser>(),
  AffiliateReferral: one<Affiliate>(),
  AffiliateMeta: one<WireRecord>(),
  PaymentMethod: one<WireRecord>(),
  AccountBalance: one<WireRecord>(),
  Currency: many<WireRecord>(),
  Stat: value<unknown>(),
};

/** An affiliate created together with its first login. */
export interface AffiliateWithUser {
  affiliate: Affiliate;
  user: AffiliateUser;
}

/** `ho.affiliates`: affiliate (publisher) accounts (Target `Affiliate`). */
export interface AffiliatesManager
  extends ModelManager<Affiliate, AffiliateData, typeof AFFILIATE_RELATIONS> {
  /** Ids (as strings) of every affiliate matching `filters`. */
  findAllIds(options?: CountOptions<Affiliate>, call?: CallOptions): Promise<string[]>;

  /**
   * Creates an affiliate, then its first user (`affiliate_id` filled in). Two calls, like pyoffers: when the
   * user is refused (say, a duplicate e-mail) the affiliate already exists and the user's error is thrown.
   */
  createWithUser(
    data: AffiliateData,
    user: AffiliateUserData,
    call?: CallOptions,
  ): Promise<AffiliateWithUser>;

  /** Marks an affiliate deleted (`status: "deleted"`); returns it. */
  delete(id: Id, call?: CallOptions): Promise<Affiliate>;

  /** Blocks an affiliate, with an optional reason for its history. */
  block(id: Id, reason?: string, call?: CallOptions): Promise<boolean>;

  /** The affiliate's first user, or `null` (pyoffers' `affiliate.user`). */
  findUser(id: Id, call?: CallOptions): Promise<AffiliateUser | null>;

  /** The creatives the affiliate uploaded (`account_id`; pyoffers' `affiliate.files`). */
  findFiles<C extends ContainName<typeof OFFER_FILE_RELATIONS> = never>(
    id: Id,
    options?: FindAllOptions<OfferFile, typeof OFFER_FILE_RELATIONS, C>,
    call?: CallOptions,
  ): Promise<Page<WithRelations<OfferFile, typeof OFFER_FILE_RELATIONS, C>>>;

  /** The offer's creatives with their code for this affiliate. */
  getOfferFilesWithCreativeCode(id: Id, offerId: Id, call?: CallOptions): Promise<OfferFileWithCode[]>;
}

/** Builds `ho.affiliates`. */
export function createAffiliatesManager(
  rpc: Rpc,
  users: AffiliateUsersManager,
  files: OfferFilesManager,
  offers: OffersManager,
): AffiliatesManager {
  const affiliates: AffiliatesManager = createModelManager(
    rpc,
    "Affiliate",
    AFFILIATE_RELATIONS,
    { status: "deleted" },
    () => ({
      findAllIds: ["?filters", idList],
      block: ["#id reason", done],
      createWithUser: async (
        data: AffiliateData,
        user: AffiliateUserData,
        call?: CallOptions,
      ): Promise<AffiliateWithUser> => {
        const affiliate = await affiliates.create(data, {}, call);
        const created = await users.create({ ...user, affiliate_id: affiliate.id ?? null }, {}, call);
        return { affiliate, user: created };
      },
      findUser: async (id: Id, call?: CallOptions) =>
        (await users.findAll({ filters: { affiliate_id: checkId(id) }, limit: 1 }, call)).items[0] ?? null,
      findFiles: scopedFinder(files, "account_id"),
      getOfferFilesWithCreativeCode: (id: Id, offerId: Id, call?: CallOptions) =>
        offers.getOfferFilesWithCreativeCode(offerId, id, call),
    }),
  );
  return affiliates;
}
