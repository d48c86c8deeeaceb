// A small, fast pseudo-random generator that can be seeded (mulberry32), so demo data and fault
// percentages can be reproduced exactly in tests. Not for anything secret: ids and keys use crypto.

export type RandomSource = () => number

/** A generator of numbers in [0, 1) that always gives the same sequence for the same seed. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number from `min` to `max`, both included. */
export function randomInt(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** One item of a non-empty list, chosen evenly. */
export function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

/** One item chosen in proportion to its weight. */
export function pickWeighted<T>(random: RandomSource, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = random() * total
  for (const [item, weight] of items) {
    roll -= weight
    if (roll < 0) return item
  }
  return items[items.length - 1]![0]
}
