import { SALT_ALPHABET } from "../models/affiliate-user.js";
import { COUNTRIES } from "../models/countries.js";
import { formatDatetime } from "../write.js";
import { ADJECTIVES, FIRST, LAST, NOUNS, type SeedContext, weighted } from "./context.js";

/** Advertisers, affiliates and their users. */
export function seedAccounts(ctx: SeedContext): void {
  const { counts, random, at, insert } = ctx;
  const t = ctx.store.tables;
  for (let i = 1; i <= (counts.advertisers ?? 5); i++) {
    insert("Advertiser", {
      date_added: formatDatetime(at(400 - i)),
      status: weighted(random, [
        ["active", 8],
        ["pending", 1],
        ["blocked", 1],
      ]),
      company: `${random.pick(NOUNS)} Media ${i}`,
      country: random.pick(COUNTRIES).code,
      zipcode: String(random.int(10000, 99999)),
      modified: Math.floor(at(30) / 1000),
    });
  }
  for (let i = 1; i <= (counts.affiliates ?? 5); i++) {
    insert("Affiliate", {
      company: `${random.pick(ADJECTIVES)} Traffic ${i}`,
      country: random.pick(COUNTRIES).code3c,
      zipcode: String(random.int(10000, 99999)),
      date_added: formatDatetime(at(380 - i)),
      status: weighted(random, [
        ["active", 8],
        ["pending", 1],
        ["blocked", 1],
      ]),
      modified: formatDatetime(at(20)),
    });
  }
  const affiliates = t.Affiliate.all();
  const users = counts.affiliateUsers ?? affiliates.length;
  for (let i = 1; i <= users && affiliates.length > 0; i++) {
    const affiliate = affiliates[(i - 1) % affiliates.length]!;
    const joined = formatDatetime(at(300));
    insert("AffiliateUser", {
      join_date: joined,
      affiliate_id: affiliate.id,
      modified: joined,
      email: `user${i}@affiliate${affiliate.id}.example`,
      first_name: random.pick(FIRST),
      last_name: random.pick(LAST),
      phone: `+420${random.int(600000000, 799999999)}`,
      salt: random.chars(64, SALT_ALPHABET),
      is_creator: i <= affiliates.length,
    });
  }
}
