import type { CallOptions } from "@offerkit/request-engine";
import type { Page } from "../internal/page.js";
import { type ContainName, many, one, value, type WithRelations } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import type { AffiliateUsersManager } from "./affiliate-users.js";
import { findFilesWithCreativeCode, type OfferFileWithCode } from "./creative-codes.js";
import { checkId, done, ModelManager } from "./model-manager.js";
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
export class AffiliatesManager extends ModelManager<Affiliate, AffiliateData, typeof AFFILIATE_RELATIONS> {
  readonly #users: AffiliateUsersManager;
  readonly #files: OfferFilesManager;

  constructor(rpc: Rpc, users: AffiliateUsersManager, files: OfferFilesManager) {
    super(rpc, "Affiliate", AFFILIATE_RELATIONS);
    this.#users = users;
    this.#files = files;
  }

  /** Ids (as strings) of every affiliate matching `filters`. */
  async findAllIds(options: CountOptions<Affiliate> = {}, call?: CallOptions): Promise<string[]> {
    return this.findIds(options.filters, call);
  }

  /**
   * Creates an affiliate, then its first user (`affiliate_id` filled in). Two calls, like pyoffers: when the
   * user is refused (say, a duplicate e-mail) the affiliate already exists and the user's error is thrown.
   */
  async createWithUser(
    data: AffiliateData,
    user: AffiliateUserData,
    call?: CallOptions,
  ): Promise<AffiliateWithUser> {
    const affiliate = await this.create(data, {}, call);
    const created = await this.#users.create({ ...user, affiliate_id: affiliate.id ?? null }, {}, call);
    return { affiliate, user: created };
  }

  /** Marks an affiliate deleted (`status: "deleted"`); returns it. */
  async delete(id: Id, call?: CallOptions): Promise<Affiliate> {
    return this.update(id, { status: "deleted" }, {}, call);
  }

  /** Blocks an affiliate, with an optional reason for its history. */
  async block(id: Id, reason?: string, call?: CallOptions): Promise<boolean> {
    return this.rpc.call(this.target, "block", { id: checkId(id), reason }, { ...call, decode: done });
  }

  /** The affiliate's first user, or `null` (pyoffers' `affiliate.user`). */
  async findUser(id: Id, call?: CallOptions): Promise<AffiliateUser | null> {
    const page = await this.#users.findAll({ filters: { affiliate_id: checkId(id) }, limit: 1 }, call);
    return page.items[0] ?? null;
  }

  /** The creatives the affiliate uploaded (`account_id`; pyoffers' `affiliate.files`). */
  async findFiles<C extends ContainName<typeof OFFER_FILE_RELATIONS> = never>(
    id: Id,
    options: FindAllOptions<OfferFile, typeof OFFER_FILE_RELATIONS, C> = {},
    call?: CallOptions,
  ): Promise<Page<WithRelations<OfferFile, typeof OFFER_FILE_RELATIONS, C>>> {
    return this.#files.findAll(
      { ...options, filters: { ...options.filters, account_id: checkId(id) } },
      call,
    );
  }

  /** The offer's creatives with their code for this affiliate. */
  async getOfferFilesWithCreativeCode(id: Id, offerId: Id, call?: CallOptions): Promise<OfferFileWithCode[]> {
    return findFilesWithCreativeCode(this.rpc, offerId, id, call);
  }
}
