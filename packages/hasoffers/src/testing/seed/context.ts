import type { ModelName } from "../models/index.js";
import type { Row } from "../models/spec.js";
import type { Random } from "../random.js";
import type { Store } from "../store.js";
import type { SeedCounts } from "./counts.js";

/** What every seeding step shares: the counts, the seeded random source and the store. */
export interface SeedContext {
  readonly counts: SeedCounts;
  readonly random: Random;
  readonly store: Store;
  /** The anchor time (ms) of the seeded data. */
  readonly base: number;
  /** A time `daysAgo` days before the anchor, at a random second of that day. */
  at(daysAgo: number): number;
  /** Stores the model's template overlaid with `values`. */
  insert(model: ModelName, values: Row): Row;
}

export const ADJECTIVES = [
  "Perfect",
  "Smart",
  "Rapid",
  "Golden",
  "Bright",
  "Prime",
  "Urban",
  "Lucky",
  "Fresh",
  "Bold",
];
export const NOUNS = [
  "Loans",
  "Dating",
  "Casino",
  "Fitness",
  "Travel",
  "Insurance",
  "Games",
  "Energy",
  "Finance",
  "Shop",
];
export const FIRST = ["Anna", "Petr", "Lucia", "John", "Maria", "Jan", "Eva", "Tomas", "Sofia", "Karel"];
export const LAST = [
  "Novak",
  "Garcia",
  "Smith",
  "Svoboda",
  "Lopez",
  "Dvorak",
  "Brown",
  "Cerny",
  "Perez",
  "Kral",
];
export const CATEGORIES = [
  "Payday Loan",
  "Dating",
  "Gambling",
  "Health",
  "Travel",
  "Finance",
  "Mobile",
  "External",
];
export const FILE_TYPES = ["offer thumbnail", "image banner", "text ad"];
export const DAY = 86_400_000;

/** Picks a value with probability proportional to its weight. */
export function weighted<T>(random: Random, choices: readonly [T, number][]): T {
  let r = random.next() * choices.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of choices) {
    r -= weight;
    if (r < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

/** A money value with `digits` decimals, as the API writes it. */
export const money = (n: number, digits: number) => n.toFixed(digits);
