// The bench's summaries: median and 95th percentile of repeated measurements.
import { describe, expect, it } from 'vitest'
import { median, percentile, ratio, summarise } from '../../bench/stats.ts'

describe('summarising measurements', () => {
  it('gives the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('gives a measured value as the 95th percentile (nearest rank)', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(samples, 0.95)).toBe(95)
    expect(percentile([7], 0.95)).toBe(7)
    expect(percentile([1, 2, 3], 0.95)).toBe(3)
  })

  it('summarises runs, and refuses to summarise nothing', () => {
    expect(summarise([10, 30, 20])).toEqual({ runs: 3, median: 20, p95: 30, min: 10, max: 30 })
    expect(() => summarise([])).toThrow(RangeError)
  })
})

describe('dividing one summary by another', () => {
  it('divides statistic by statistic, so the median is the ratio of the medians', () => {
    const divided = ratio(summarise([10, 20, 30]), summarise([2, 5, 10, 20]))
    expect(divided).toEqual({ runs: 3, median: 20 / 7.5, p95: 30 / 20, min: 5, max: 30 / 20 })
  })
})
