import { COUNTRIES } from "../models/countries.js";
import { formatDatetime } from "../write.js";
import { FILE_TYPES, money, type SeedContext, weighted } from "./context.js";

/** Goals, conversions, offer files, affiliate approvals, tags and tag relations, over the seeded offers. */
export function seedActivity(ctx: SeedContext): void {
  const { counts, random, at, insert, store } = ctx;
  const t = store.tables;
  const affiliates = t.Affiliate.all();
  const offers = t.Offer.all();
  if (offers.length > 0) {
    for (let i = 1; i <= (counts.goals ?? 10); i++) {
      const offer = random.pick(offers);
      insert("Goal", {
        offer_id: offer.id,
        name: random.pick(["LEAD", "SALE", "Install", "Deposit", "Registration"]),
        status: random.next() < 0.9 ? "active" : "deleted",
        default_payout: money(random.int(0, 3000) / 100, 5),
        advertiser_id: offer.advertiser_id,
        modified: Math.floor(at(15) / 1000),
      });
    }
    const goals = t.Goal.all();
    for (let i = 1; i <= (counts.conversions ?? 20) && affiliates.length > 0; i++) {
      const offer = random.pick(offers);
      const offerGoals = goals.filter((g) => g.offer_id === offer.id);
      const payout = random.int(50, 5000) / 100;
      const when = at(random.int(0, 60));
      insert("Conversion", {
        ad_id: random.chars(30),
        internal_ad_id: `${random.chars(8)}-${random.chars(4)}-4${random.chars(3)}-a${random.chars(3)}-${random.chars(12)}`,
        affiliate_id: random.pick(affiliates).id,
        advertiser_id: offer.advertiser_id ?? "0",
        offer_id: offer.id,
        goal_id: offerGoals.length > 0 && random.next() < 0.5 ? random.pick(offerGoals).id : "0",
        source: random.next() < 0.5 ? null : random.pick(["NEX", "FP", "THM"]),
        affiliate_info1: random.next() < 0.5 ? null : `sub${random.int(1, 9)}`,
        datetime: formatDatetime(when),
        session_datetime: formatDatetime(when - random.int(10, 3600) * 1000),
        payout: money(payout, 5),
        revenue: money(payout * 1.3, 5),
        ip: `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
        session_ip: "127.0.0.1",
        status: weighted(random, [
          ["approved", 7],
          ["pending", 2],
          ["rejected", 1],
        ]),
        status_code: String(random.int(0, 50)),
        user_agent: "Mozilla/5.0 (X11; Linux x86_64)",
        country_code: random.pick(COUNTRIES).code,
        currency: offer.currency ?? "USD",
      });
    }
    for (let i = 1; i <= (counts.offerFiles ?? 5); i++) {
      const offer = random.pick(offers);
      const type = random.pick(FILE_TYPES);
      const filename = type === "text ad" ? "" : `creative-${i}.jpg`;
      const media = `https://media.go2speed.org/brand/files/seed/${offer.id}`;
      insert("OfferFile", {
        offer_id: offer.id,
        display: `Creative ${i}`,
        filename,
        size: type === "text ad" ? "0" : String(random.int(2000, 90000)),
        type,
        width: type === "text ad" ? null : "300",
        height: type === "text ad" ? null : "250",
        code: type === "text ad" ? `http://www.example.com/ad/${i}` : null,
        flash_vars: type === "text ad" ? "" : null,
        created: formatDatetime(at(100)),
        url: filename ? `${media}/${filename}` : null,
        preview_uri: filename ? `${media}/${filename}` : `http://www.example.com/ad/${i}`,
        thumbnail: filename ? `${media}/thumbnails_100/${filename}` : null,
      });
    }
    const pairs = new Set<string>();
    for (let i = 1; i <= (counts.approvals ?? 5) && affiliates.length > 0; i++) {
      const offer = random.pick(offers);
      const affiliate = random.pick(affiliates);
      const key = `${offer.id}/${affiliate.id}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      insert("AffiliateOffer", {
        affiliate_id: affiliate.id,
        offer_id: offer.id,
        approval_status: weighted(random, [
          ["approved", 3],
          ["pending", 1],
          ["rejected", 1],
        ]),
      });
    }
  }
  for (let i = 1; i <= (counts.tags ?? 5); i++) {
    insert("Tag", {
      name: `tag_${i}`,
      offer_applicable: "1",
      affiliate_applicable: random.next() < 0.5 ? "1" : "0",
      advertiser_applicable: random.next() < 0.5 ? "1" : "0",
    });
  }
  const tags = t.Tag.all();
  if (tags.length > 0 && offers.length > 0) {
    for (let i = 0; i < Math.min(5, offers.length); i++) {
      insert("OffersTags", { tag_id: random.pick(tags).id, offer_id: offers[i]!.id });
    }
  }
  if (tags.length > 0 && affiliates.length > 0)
    insert("AffiliatesTags", { tag_id: tags[0]!.id, affiliate_id: affiliates[0]!.id });
}
