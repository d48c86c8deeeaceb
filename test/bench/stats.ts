// Summaries of repeated measurements.

export interface Summary {
  runs: number
  median: number
  p95: number
  min: number
  max: number
}

/** The value below which `fraction` of the samples lie (nearest rank, so always a measured value). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new RangeError('No samples to summarise')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil(fraction * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('No samples to summarise')
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function summarise(samples: readonly number[]): Summary {
  return {
    runs: samples.length,
    median: median(samples),
    p95: percentile(samples, 0.95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  }
}

/** One summary divided by another, statistic by statistic: the median is the ratio of the medians. */
export function ratio(a: Summary, b: Summary): Summary {
  return { runs: Math.min(a.runs, b.runs), median: a.median / b.median, p95: a.p95 / b.p95, min: a.min / b.min, max: a.max / b.max }
}
