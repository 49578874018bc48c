/** murmur3's 32-bit finaliser: every input bit flips about half the output bits. */
function mix(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A deterministic 32-bit value for (seed, index, salt): the fake derives every field of row `index` from it, so
 * any row can be produced on its own, in O(1), without generating the rows before it.
 */
export function hash(seed: number, index: number, salt: number): number {
  return mix(mix(seed ^ Math.imul(salt + 1, 0x27d4eb2d)) ^ Math.imul(index + 1, 0x9e3779b1));
}

/** A small seeded generator of numbers in [0, 1) (mulberry32), for reproducible random faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
