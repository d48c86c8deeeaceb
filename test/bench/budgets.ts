// The performance budgets of the design (DESIGN.md, "Performance budgets"), as checks on a figure.
import type { Summary } from './stats.ts'

export interface Budget {
  /** As the design states it, e.g. "median ≤ 600 ms". */
  text: string
  /** Whether the figure is within it. */
  met: (figure: Summary) => boolean
}

const ms = (value: number) => `${value} ms`

export const BUDGETS = {
  coldLoad: { text: `median ≤ ${ms(600)}`, met: (f) => f.median <= 600 },
  warmReload: { text: `median ≤ ${ms(250)}`, met: (f) => f.median <= 250 },
  roundTrip: { text: `p50 ≤ ${ms(5)}, p95 ≤ ${ms(15)}`, met: (f) => f.median <= 5 && f.p95 <= 15 },
  search: { text: `p95 ≤ ${ms(50)}`, met: (f) => f.p95 <= 50 },
  seed: { text: '≤ 15 s for 100,000', met: (f) => f.median <= 15_000 },
  scriptBeforeSimulator: { text: '≤ 150 KB gzipped', met: (f) => f.median <= 150 * 1024 },
} satisfies Record<string, Budget>
