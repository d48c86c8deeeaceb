import { describe, expect, it } from 'vitest'
import { pick, pickWeighted, randomInt, seededRandom } from '../../../../src/simulator/services/seeded-random.ts'

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const c = seededRandom(43)
    const first = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(first)
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first)
    for (const value of first) expect(value >= 0 && value < 1).toBe(true)
  })

  it('picks whole numbers in range, items from a list, and weighted items in proportion', () => {
    const random = seededRandom(7)
    const ints = Array.from({ length: 1000 }, () => randomInt(random, 3, 5))
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]))
    expect(pick(random, ['only'])).toBe('only')
    const picks = Array.from({ length: 2000 }, () => pickWeighted(random, [['rare', 1], ['common', 9]] as const))
    const rare = picks.filter((item) => item === 'rare').length
    expect(rare).toBeGreaterThan(100)
    expect(rare).toBeLessThan(300)
  })
})
