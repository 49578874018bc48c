// Names and values the fake's seeded data draws from. Publisher 17 is "Acme Media", as in the contract's example.

export const CAMPAIGN_NAMES = [
  "Summer Sale",
  "Crypto Wallet Install",
  "Meal Kit Trial",
  "VPN Annual",
  "Fitness App Signup",
  "Credit Card Lead",
  "Sportsbook Deposit",
  "Streaming Subscription",
  "Travel Deals",
  "Home Insurance Quote",
] as const;

export const PUBLISHER_NAMES = [
  "Blue Fin Ads",
  "Cashback Castle",
  "Coupon Crate",
  "Dealhound",
  "Ember Social",
  "Fjord Native",
  "Acme Media",
  "Gravity Push",
  "Harbor Email",
  "Inkwell Reviews",
  "Juniper Search",
  "Kite Influencers",
] as const;

/** [ISO 3166-1 alpha-2, name]; repeated entries make a country more frequent. */
export const COUNTRIES = [
  ["US", "United States"],
  ["US", "United States"],
  ["US", "United States"],
  ["DE", "Germany"],
  ["DE", "Germany"],
  ["GB", "United Kingdom"],
  ["FR", "France"],
  ["BR", "Brazil"],
  ["IN", "India"],
  ["CA", "Canada"],
  ["AU", "Australia"],
  ["JP", "Japan"],
  ["NL", "Netherlands"],
  ["MX", "Mexico"],
] as const;

export const COUNTRY_NAMES: Record<string, string> = { ...Object.fromEntries(COUNTRIES), ZZ: "Unknown" };

export const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
] as const;

export const EVENT_TYPES = [
  "purchase",
  "lead",
  "install",
  "signup",
  "deposit",
  "subscription",
  "refund",
  "custom",
] as const;

export const CONVERSION_STATUSES = ["pending", "approved", "rejected", "reversed"] as const;

/** Picks from weighted entries with a value in [0, 100). */
export function weighted<T>(entries: readonly (readonly [T, number])[], roll: number): T {
  let acc = 0;
  for (const [value, weight] of entries) {
    acc += weight;
    if (roll < acc) return value;
  }
  return entries[entries.length - 1]![0];
}
